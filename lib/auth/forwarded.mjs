// Plain JavaScript: used by server.mjs, which runs before any TypeScript is built.

/**
 * The client's address: the connection's own, or, behind `trustedHops` reverse proxies that each
 * append the address they saw to X-Forwarded-For, the value the nearest of them wrote. Values
 * further left were written by someone we do not trust (possibly the client) and are never taken.
 *
 * @param {string | undefined} forwardedFor
 * @param {string | undefined} socketAddress
 * @param {number} trustedHops
 * @returns {string}
 */
export function trustedClientAddress(forwardedFor, socketAddress, trustedHops) {
  const chain = [
    ...(forwardedFor ?? "")
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean),
    socketAddress ?? "",
  ];
  return chain[Math.max(0, chain.length - 1 - trustedHops)] || socketAddress || "";
}
