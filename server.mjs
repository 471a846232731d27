// npm start: Next.js's production server, with one change: X-Forwarded-For is replaced by the
// one client address this server trusts, so the per-client rate limits (lib/auth/client-address.ts)
// can never be lifted by a header the client writes itself. `next start` leaves a client's own
// X-Forwarded-For in place.
//
//   TRUSTED_PROXY_HOPS=0  clients connect directly: the connection's address is the client's
//   TRUSTED_PROXY_HOPS=n  n reverse proxies in front, each appending the address it saw: the
//                         n-th value from the right is the client's
//   PORT (default 3000), LISTEN_ADDRESS (default: every interface)
import { createServer } from "node:http";
import next from "next";
import { trustedClientAddress } from "./lib/auth/forwarded.mjs";

const hops = Number.parseInt(process.env.TRUSTED_PROXY_HOPS ?? "0", 10) || 0;
const port = Number.parseInt(process.env.PORT ?? "3000", 10);
// The address to listen on (all interfaces by default). Next builds its own URLs with "localhost",
// as `next start` does; links in emails and redirects use APP_URL.
const listen = process.env.LISTEN_ADDRESS || undefined;

const app = next({ dev: false, hostname: "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();
createServer((request, response) => {
  const forwarded = request.headers["x-forwarded-for"];
  request.headers["x-forwarded-for"] = trustedClientAddress(
    Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
    request.socket.remoteAddress,
    hops,
  );
  handle(request, response);
}).listen(port, listen, () => {
  console.log(`Mentoria XMESS ready on port ${port}`);
});
