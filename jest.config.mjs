import nextJest from "next/jest.js";

// One command runs the three kinds of tests (README): unit (pure rules and components),
// db (use cases against PostgreSQL when TEST_DATABASE_URL is set, otherwise PGlite in memory)
// and e2e (real Chromium against a production build of the app).
const createJestConfig = nextJest({ dir: "./" });

const common = {
  moduleNameMapper: {
    "^@/(.*)$": "<rootDir>/$1",
    "^server-only$": "<rootDir>/__tests__/support/empty-module.ts",
    // The app imports one zod locale as ES module; jest loads its CommonJS twin.
    "^zod/v4/locales/(.*)\\.js$": "<rootDir>/node_modules/zod/v4/locales/$1.cjs",
  },
  testEnvironment: "node",
};

// The email templates translate with next-intl's createTranslator outside React (emails/components/i18n.ts):
// next-intl and use-intl ship ES modules only, so jest compiles them like the app's own code.
const ES_MODULE_PACKAGES = "next-intl|use-intl|@formatjs|intl-messageformat";

const project = async (name, extra) => {
  const config = await createJestConfig({ ...common, ...extra })();
  return {
    ...config,
    transformIgnorePatterns: config.transformIgnorePatterns.map((pattern) =>
      pattern.startsWith("/node_modules/")
        ? pattern.replace("/node_modules/", `/node_modules/(?!(${ES_MODULE_PACKAGES})/)`)
        : pattern,
    ),
    displayName: name,
  };
};

export default async function config() {
  return {
    testSequencer: "<rootDir>/__tests__/support/sequencer.cjs",
    projects: [
      await project("unit", {
        testMatch: ["<rootDir>/__tests__/unit/**/*.test.{ts,tsx}"],
        setupFilesAfterEnv: ["<rootDir>/__tests__/support/unit-setup.ts"],
      }),
      await project("db", {
        testMatch: ["<rootDir>/__tests__/db/**/*.test.ts"],
        globalSetup: "<rootDir>/__tests__/support/db-global-setup.ts",
        globalTeardown: "<rootDir>/__tests__/support/db-global-teardown.ts",
        setupFiles: ["<rootDir>/__tests__/support/db-env.ts"],
        setupFilesAfterEnv: ["<rootDir>/__tests__/support/db-setup.ts"],
      }),
      await project("e2e", {
        testMatch: ["<rootDir>/__tests__/e2e/**/*.test.ts"],
        globalSetup: "<rootDir>/__tests__/support/e2e-global-setup.ts",
        globalTeardown: "<rootDir>/__tests__/support/e2e-global-teardown.ts",
        setupFilesAfterEnv: ["<rootDir>/__tests__/support/e2e-setup.ts"],
      }),
    ],
  };
}
