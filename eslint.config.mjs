import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import i18next from "eslint-plugin-i18next";

// The architecture's boundaries (CONVENTIONS.md), enforced: lib/ holds the rules and imports
// neither app/ nor components/; components/ import neither app/ nor the database or the
// environment; app/ reaches the database only through lib/ (types excepted).
const APP = {
  group: ["@/app/*", "@/app/**"],
  message: "Only app/ itself imports from app/: move the shared piece to lib/ or components/.",
};
const DATABASE = {
  group: ["@/lib/db/client", "@/lib/generated/prisma/client"],
  allowTypeImports: true,
  message: "Read and write through lib/ (loaders and use cases), which check who is asking.",
};
const boundaries = {
  lib: [
    APP,
    {
      group: ["@/components/*", "@/components/**"],
      message: "lib/ holds the rules: UI lives in components/ and app/.",
    },
  ],
  components: [
    APP,
    DATABASE,
    { group: ["@/lib/env", "@/lib/db/*"], message: "Components get their data from pages and lib/ loaders." },
  ],
  app: [DATABASE],
};
// The two files whose words stay in the code, both outside the app's pages: the local mailbox of
// development (never served in production), and the page shown when the root layout itself
// fails, which cannot depend on the messages that layout loads (errors inside the layout are
// shown by app/[locale]/error.tsx, in the page's language). No other file may join this list.
const OUTSIDE_THE_MESSAGES = ["app/dev/mailbox/page.tsx", "app/global-error.tsx"];

const restrict = (patterns) => ({ "no-restricted-imports": ["error", { patterns }] });

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  { files: ["lib/**/*.{ts,tsx,mjs}"], rules: restrict(boundaries.lib) },
  { files: ["components/**/*.{ts,tsx}"], rules: restrict(boundaries.components) },
  { files: ["app/**/*.{ts,tsx}"], rules: restrict(boundaries.app) },
  // Functions stay short in the UI: a page or component over 120 lines is split by section.
  {
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    rules: {
      "max-lines-per-function": ["error", { max: 120, skipBlankLines: true, skipComments: true }],
      // Every form works before JavaScript: it names its server action (action={action}) or is
      // a GET filter, on the element itself rather than hidden in spread props.
      "no-restricted-syntax": [
        "error",
        {
          selector:
            'JSXOpeningElement[name.name="form"]:not(:has(JSXAttribute[name.name="action"])):not(:has(JSXAttribute[name.name="method"]))',
          message: 'A <form> names its server action (action={action}) or method="get".',
        },
      ],
    },
  },
  // Every word people read comes from the message files (messages/ca.json, messages/es.json):
  // text in JSX and the props that reach people are never literals. Characters that are not words
  // (punctuation, symbols, numbers) may be.
  {
    files: ["app/**/*.tsx", "components/**/*.tsx", "emails/**/*.tsx"],
    ignores: OUTSIDE_THE_MESSAGES,
    plugins: { i18next },
    rules: {
      "i18next/no-literal-string": [
        "error",
        {
          mode: "jsx-only",
          "jsx-attributes": { include: ["^(label|placeholder|title|alt|aria-label|help|lead|pendingLabel|success)$"] },
          words: { exclude: ["^[^A-Za-zÀ-ÖØ-öø-ÿ]*$", "^(/|https?://)\\S*$"] },
          // Strings passed to translators, to the form's field() and to lookups are keys and names.
          callees: {
            exclude: [
              "t|t[A-Z]\\w*|say|i18n|field|replace|get|has|includes|startsWith|endsWith|toLocaleString|require",
            ],
          },
        },
      ],
    },
  },
  globalIgnores([".next*/**", ".data/**", "lib/generated/**", "next-env.d.ts", "coverage/**"]),
]);
