import { defineConfig } from "prisma/config";

// The Prisma CLI is used only to generate the client (offline); migrations are written and
// applied by scripts/db/*.ts (see README), which keep Prisma's _prisma_migrations table.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
