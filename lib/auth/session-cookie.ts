/**
 * The cookies that hold an Auth.js database session's token: the `__Secure-` one over HTTPS,
 * the plain one on http://localhost. Shared by the route guard (proxy.ts) and getViewer.
 */
export const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;
