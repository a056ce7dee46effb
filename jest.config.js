/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // LibreOffice end-to-end tests run with `npm run test:e2e` (jest.e2e.config.js), the production build in
  // Chromium with `npm run test:browser` (jest.browser.config.js), the manifest's XSD validation (which needs
  // ../shared beside the checkout) with `npm run validate` (jest.manifest.config.js); CI runs all four.
  testPathIgnorePatterns: [
    "/node_modules/",
    "<rootDir>/test/e2e/",
    "<rootDir>/test/browser/",
    "<rootDir>/test/manifest/",
    "<rootDir>/test/fuzz/",
  ],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: { module: "CommonJS", moduleResolution: "Node10", jsx: "react-jsx", isolatedModules: true },
      },
    ],
  },
  // Two cores, often shared: a whole-workbook round trip through ExcelJS can pass 5 s under load, and a
  // timeout says nothing about the code. A test that hangs still fails, at 30 s.
  testTimeout: 30_000,
  collectCoverageFrom: ["src/**/*.{ts,tsx}"],
};
