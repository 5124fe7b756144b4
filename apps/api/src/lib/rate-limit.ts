/**
 * Fixed-window rate limiting per API token, per session, or per client address. Counters live in
 * this process: with several API processes each enforces its own share (a shared store would be
 * needed for an exact global limit; see README).
 */
import { isIP } from "node:net";

export interface RateLimitDecision {
  isAllowed: boolean;
  /** Seconds until the window resets (for Retry-After). */
  retryAfterSeconds: number;
  remaining: number;
}

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): RateLimitDecision {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      window = { start: now, count: 0 };
      this.windows.set(key, window);
      if (this.windows.size > 100_000) this.prune(now);
    }
    window.count++;
    const retryAfterSeconds = Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000));
    return { isAllowed: window.count <= this.limit, retryAfterSeconds, remaining: Math.max(0, this.limit - window.count) };
  }

  private prune(now: number) {
    for (const [key, window] of this.windows) if (now - window.start >= this.windowMs) this.windows.delete(key);
  }
}

/** Addresses as net.isIP reads them, with IPv4-mapped IPv6 (`::ffff:1.2.3.4`) as plain IPv4. */
export function normalizeAddress(address: string | undefined): string {
  const trimmed = (address ?? "").trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return (mapped ? mapped[1] : trimmed)?.toLowerCase() ?? "";
}

/**
 * The address a request comes from. The TCP peer, unless the peer is a trusted proxy (the
 * dashboard, a reverse proxy: CASEFILE_TRUSTED_PROXIES): then X-Forwarded-For is read from the
 * right, skipping trusted proxies, and the first other address is the client. Entries a client
 * wrote itself lie to the left of the ones proxies appended, so they are never reached while a
 * trusted proxy appended the address it saw. A malformed entry ends the walk.
 */
export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedProxies: ReadonlySet<string>,
): string {
  let client = normalizeAddress(peer);
  if (!trustedProxies.has(client) || forwardedFor === undefined) return client || "unknown";
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor).split(",").slice(-32);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i]);
    if (isIP(hop) === 0) break;
    client = hop;
    if (!trustedProxies.has(hop)) break;
  }
  return client;
}
