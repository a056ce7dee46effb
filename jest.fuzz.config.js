/** The workbook fuzz test of DESIGN §9 (`npm run test:fuzz`; FUZZ_RUNS and FUZZ_SEED set count and seed). */
const base = require("./jest.config.js");

/** @type {import('jest').Config} */
module.exports = { ...base, roots: ["<rootDir>/test/fuzz"], testPathIgnorePatterns: [], testTimeout: 900000 };
