/**
 * Fixed-window rate limiting per API token, per session, or per client address. Counters live in
 * this process: with several API processes each enforces its own share (a shared store would be
 * needed for an exact global limit; see README).
 */
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
