// Runs before any module of a db test file is loaded. The database itself is chosen in
// db-setup.ts (a fresh PostgreSQL copy of the run's template, or an in-memory PGlite).
delete process.env.DATABASE_URL;
process.env.PGLITE_DIR = "memory://";
process.env.DEMO_SEED = "0";
process.env.EMAIL_INPROCESS_WORKER = "0";
process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";
process.env.APP_URL = "http://localhost:3000";
