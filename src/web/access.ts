// Who may use the web host: holders of the per-run secret, from the host's own origin, addressing the
// host by its loopback name. Another local user or a web page elsewhere has none of these.
import { randomBytes, timingSafeEqual } from 'node:crypto';

export function createSecret(): string {
  return randomBytes(24).toString('base64url');
}

export interface AccessPolicy {
  keyMatches(provided: string | null): boolean;
  /** A WebSocket Origin must be exactly the page's own origin. */
  originAllowed(origin: string | undefined): boolean;
  /** The Host header must name the loopback host, which defeats DNS rebinding. */
  hostAllowed(host: string | undefined): boolean;
}

export function createAccessPolicy(secret: string, port: number): AccessPolicy {
  const expected = Buffer.from(secret);
  const origins = new Set([`http://127.0.0.1:${port}`]);
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  return {
    keyMatches(provided) {
      if (provided === null) return false;
      const given = Buffer.from(provided);
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
    originAllowed: (origin) => origin !== undefined && origins.has(origin),
    hostAllowed: (host) => host !== undefined && hosts.has(host.toLowerCase()),
  };
}
