/**
 * Brute-force throttles for sign-in and API tokens, kept in the `auth_throttles` table so every
 * API process sharing the database enforces the same counts.
 *
 * Sign-in: every attempt is counted as a failure *before* the password is checked (so parallel
 * guesses cannot all pass the check) and a success takes it back. Three counters apply:
 * - per account and address: 5 failures, then a delay that doubles from 30 s up to 15 min;
 * - per account (any address): the same, but not for addresses the account signed in from
 *   recently ("trusted"), so an attacker elsewhere delays only sign-ins from new places, and
 *   only by 15 minutes at most: a delay, never a permanent lockout;
 * - per address (any account): 20 failures in 15 minutes, then 15 minutes of refusals.
 * API tokens: 20 failed bearer tokens from one address in 15 minutes, then 15 minutes of 429.
 */
import type { Queries, SqliteStore as Store } from "@casefile/db";
import { writeTransaction } from "@casefile/db";
import type { AuthThrottleRow } from "@casefile/db/tables";
import { AppError } from "../../lib/errors.js";

const MINUTE = 60_000;

interface Rule {
  /** Failures before attempts are refused. */
  limit: number;
  /** How long a block lasts after the failure number `failures` (>= limit). */
  blockMs: (failures: number) => number;
  /** Sliding: failures are forgotten after `windowMs` without one; fixed: `windowMs` after the first. */
  windowMs: number;
  isSliding: boolean;
}

export const accountRule: Rule = {
  limit: 5,
  blockMs: (failures) => Math.min(15 * MINUTE, 30_000 * 2 ** (failures - 5)),
  windowMs: 15 * MINUTE,
  isSliding: true,
};
export const addressRule: Rule = { limit: 20, blockMs: () => 15 * MINUTE, windowMs: 15 * MINUTE, isSliding: false };
export const tokenAddressRule: Rule = addressRule;
/** How long a successful sign-in makes its address trusted for the account. */
const TRUST_MS = 30 * 24 * 60 * MINUTE;

const iso = (ms: number) => new Date(ms).toISOString();

function liveRow(queries: Queries, key: string, nowMs: number): AuthThrottleRow | null {
  const row = queries.get<AuthThrottleRow>("SELECT * FROM auth_throttles WHERE key = ?", [key]);
  return row && Date.parse(row.expiresAt) > nowMs ? row : null;
}

/** Milliseconds until `key` may try again (0: not blocked). */
function blockedFor(queries: Queries, key: string, nowMs: number): number {
  const row = liveRow(queries, key, nowMs);
  const until = row?.blockedUntil ? Date.parse(row.blockedUntil) : 0;
  return Math.max(0, until - nowMs);
}

/** Counts one failure for `key` under `rule`. */
function countFailure(queries: Queries, key: string, rule: Rule, nowMs: number): void {
  const row = liveRow(queries, key, nowMs);
  const failures = (row?.failures ?? 0) + 1;
  const windowStart = row ? Date.parse(row.windowStart) : nowMs;
  const blockedUntil = failures >= rule.limit ? nowMs + rule.blockMs(failures) : null;
  const windowEnd = rule.isSliding ? nowMs + rule.windowMs : windowStart + rule.windowMs;
  const expiresAt = Math.max(windowEnd, blockedUntil ?? 0);
  queries.run(
    `INSERT INTO auth_throttles (key, failures, window_start, blocked_until, expires_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, window_start = excluded.window_start,
       blocked_until = excluded.blocked_until, expires_at = excluded.expires_at`,
    [key, failures, iso(windowStart), blockedUntil === null ? null : iso(blockedUntil), iso(expiresAt)],
  );
}

/** Takes back one counted failure (the attempt succeeded): below the limit, the block goes too. */
function uncountFailure(queries: Queries, key: string, rule: Rule, nowMs: number): void {
  const row = liveRow(queries, key, nowMs);
  if (!row) return;
  const failures = Math.max(0, row.failures - 1);
  if (failures === 0) {
    queries.run("DELETE FROM auth_throttles WHERE key = ?", [key]);
    return;
  }
  const blockedUntil = failures >= rule.limit ? row.blockedUntil : null;
  queries.run("UPDATE auth_throttles SET failures = ?, blocked_until = ? WHERE key = ?", [failures, blockedUntil, key]);
}

const rateLimited = (what: string, ms: number) => {
  const retryAfterSeconds = Math.max(1, Math.ceil(ms / 1000));
  return new AppError("RATE_LIMITED", `${what}: try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
};

const keysOf = (email: string, address: string) => ({
  account: `account:${email}`,
  accountAddress: `account-address:${email}|${address}`,
  address: `address:${address}`,
});

/** A sign-in attempt, counted as failed until `succeeded` says otherwise. */
export interface SignInAttempt {
  /** The password was right and the account may sign in: the attempt no longer counts. */
  succeeded(userId: string): void;
}

/**
 * Refuses the attempt (RATE_LIMITED with `retryAfterSeconds`) while a throttle blocks it, else
 * counts it as a failure and returns the handle to take that back on success.
 */
export function beginSignIn(store: Store, queries: Queries, email: string, address: string, now = Date.now()): SignInAttempt {
  const keys = keysOf(email, address);
  writeTransaction(store, () => {
    queries.run("DELETE FROM auth_throttles WHERE expires_at <= ?", [iso(now)]);
    const byAddress = blockedFor(queries, keys.address, now);
    if (byAddress > 0) throw rateLimited("Too many failed sign-ins from your address", byAddress);
    const userId = queries.value<string>("SELECT id FROM users WHERE email = ?", [email]);
    const isTrusted = userId !== undefined && liveRow(queries, `trusted:${userId}|${address}`, now) !== null;
    const byAccount = Math.max(
      blockedFor(queries, keys.accountAddress, now),
      isTrusted ? 0 : blockedFor(queries, keys.account, now),
    );
    if (byAccount > 0) throw rateLimited("Too many failed sign-ins to this account", byAccount);
    countFailure(queries, keys.account, accountRule, now);
    countFailure(queries, keys.accountAddress, accountRule, now);
    countFailure(queries, keys.address, addressRule, now);
  });
  return {
    succeeded(userId) {
      const at = Date.now();
      writeTransaction(store, () => {
        queries.run("DELETE FROM auth_throttles WHERE key IN (?, ?)", [keys.account, keys.accountAddress]);
        uncountFailure(queries, keys.address, addressRule, at);
        queries.run(
          `INSERT INTO auth_throttles (key, failures, window_start, blocked_until, expires_at) VALUES (?, 0, ?, NULL, ?)
           ON CONFLICT (key) DO UPDATE SET window_start = excluded.window_start, expires_at = excluded.expires_at`,
          [`trusted:${userId}|${address}`, iso(at), iso(at + TRUST_MS)],
        );
      });
    },
  };
}

/** RATE_LIMITED while `address` is blocked for failed API tokens. */
export function checkTokenAddress(queries: Queries, address: string, now = Date.now()): void {
  const ms = blockedFor(queries, `token-address:${address}`, now);
  if (ms > 0) throw rateLimited("Too many requests with unknown or revoked API tokens from your address", ms);
}

/** Counts a failed API token from `address` (past the limit, `checkTokenAddress` refuses the next ones). */
export function countTokenFailure(store: Store, queries: Queries, address: string, now = Date.now()): void {
  writeTransaction(store, () => {
    queries.run("DELETE FROM auth_throttles WHERE expires_at <= ?", [iso(now)]);
    countFailure(queries, `token-address:${address}`, tokenAddressRule, now);
  });
}
