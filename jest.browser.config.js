/** The production build in Chromium (test/browser): `npm run test:browser` builds the pages and the Office stub first. */
const base = require("./jest.config.js");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ["<rootDir>/test/browser"],
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/"],
  testTimeout: 60000,
};
