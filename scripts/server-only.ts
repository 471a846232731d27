// The scripts (worker, migrations, seeding, benchmarks) run lib/ outside Next.js. lib's server
// modules import "server-only" so that no client component can bundle them; here, through
// scripts/tsconfig.json, that import resolves to this empty module, as Next does on its server.
export {};
