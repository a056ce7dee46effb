/** @type {import('jest').Config} */
// The manifest tests validate against Microsoft's XSDs in ../shared/office-manifest-xsd, which a fresh clone
// does not have: they run with `npm run validate` (and in CI, where ../shared is), not with `npm test`.
const base = require("./jest.config.js");

module.exports = {
  ...base,
  testPathIgnorePatterns: ["/node_modules/"],
  roots: ["<rootDir>/test/manifest"],
};
