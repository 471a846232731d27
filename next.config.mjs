import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build directory lets the e2e tests build without touching the developer's.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // PGlite ships its own WebAssembly build of PostgreSQL and data files: load it from
  // node_modules at run time instead of bundling it.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg"],
  poweredByHeader: false,
  // forbidden() answers 403 with app/[locale]/forbidden.tsx (lib/auth/guards.ts).
  // A server action's request may carry a CSV of municipalities (up to 1 MB, plus the form).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "2mb" } },
  // Every response; pages also get their Content-Security-Policy with a nonce, and HSTS over
  // https, from proxy.ts (lib/security/headers.ts). Route handlers (JSON, CSV, .ics) never run
  // scripts: their policy allows nothing.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          {
            key: "Permissions-Policy",
            value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
          },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
