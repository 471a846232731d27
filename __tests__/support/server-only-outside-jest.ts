// jest's global setup runs outside its module mapper, where "server-only" (imported by lib's
// server modules) would throw: it gets the package's empty module, as Next's server does.
const resolved = require.resolve("server-only");
require.cache[resolved] = { id: resolved, filename: resolved, loaded: true, exports: {} } as NodeJS.Module;

export {};
