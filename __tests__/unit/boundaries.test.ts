import { spawnSync } from "node:child_process";

// The architecture's boundaries are lint rules (eslint.config.mjs): each wrong direction fails.
// ESLint runs in a child process (its flat config is an ES module, which jest's loader does not run).
jest.setTimeout(60_000);

type Case = { filePath: string; code: string };

const LINT = `
import { ESLint } from "eslint";
const cases = JSON.parse(await new Promise((resolve) => { let s = ""; process.stdin.on("data", (d) => (s += d)); process.stdin.on("end", () => resolve(s)); }));
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const c of cases) {
  const [result] = await eslint.lintText(c.code, { filePath: c.filePath });
  out.push(result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message));
}
process.stdout.write(JSON.stringify(out));
`;

function lint(cases: Case[]): string[][] {
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", LINT], {
    input: JSON.stringify(cases),
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "" },
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

const WRONG: [string, string, string][] = [
  ["lib/ imports app/", "lib/fixture.ts", 'import { x } from "@/app/[locale]/fixture";'],
  ["lib/ imports components/", "lib/fixture.ts", 'import { x } from "@/components/Card";'],
  ["components/ import app/", "components/Fixture.tsx", 'import { x } from "@/app/[locale]/fixture";'],
  ["components/ import the database", "components/Fixture.tsx", 'import { x } from "@/lib/db/client";'],
  ["components/ import the environment", "components/Fixture.tsx", 'import { x } from "@/lib/env";'],
  ["app/ imports the database", "app/[locale]/fixture/page.tsx", 'import { x } from "@/lib/db/client";'],
];
const RIGHT: Case[] = [
  {
    filePath: "app/[locale]/fixture/page.tsx",
    code: 'import { Card } from "@/components/Card";\nimport { listTopics } from "@/lib/topics/manage-topics";\nimport type { Tx } from "@/lib/db/client";\nexport const used = [Card, listTopics, null as unknown as Tx];\n',
  },
  {
    filePath: "components/Fixture.tsx",
    code: 'import { formatDay } from "@/lib/dates";\nexport const used = formatDay;\n',
  },
];
let results: string[][];
beforeAll(() => {
  results = lint([
    ...WRONG.map(([, filePath, code]) => ({ filePath, code: `${code}\nexport const used = x;\n` })),
    ...RIGHT,
  ]);
});

describe("import boundaries", () => {
  it.each(WRONG.map(([name], index) => [name, index] as const))("%s: refused", (_name, index) => {
    expect(results[index]).not.toEqual([]);
  });

  it("the allowed directions pass: app/ → lib/ and components/, components/ → lib/, types of the database", () => {
    expect(results.slice(WRONG.length)).toEqual([[], []]);
  });
});
