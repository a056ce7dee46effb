/** End-to-end tests that need LibreOffice and poppler (CI installs them): `npm run test:e2e`. */
const base = require("./jest.config.js");

/** @type {import('jest').Config} */
module.exports = { ...base, roots: ["<rootDir>/test/e2e"], testPathIgnorePatterns: [], testTimeout: 180000 };
