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
import type { AuthStore, Store } from "@casefile/db";
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

async function liveRow(auth: AuthStore, key: string, nowMs: number): Promise<AuthThrottleRow | null> {
  const row = await auth.throttle(key);
  return row && Date.parse(row.expiresAt) > nowMs ? row : null;
}

/** Milliseconds until `key` may try again (0: not blocked). */
async function blockedFor(auth: AuthStore, key: string, nowMs: number): Promise<number> {
  const row = await liveRow(auth, key, nowMs);
  const until = row?.blockedUntil ? Date.parse(row.blockedUntil) : 0;
  return Math.max(0, until - nowMs);
}

/** Counts one failure for `key` under `rule`. */
async function countFailure(auth: AuthStore, key: string, rule: Rule, nowMs: number): Promise<void> {
  const row = await liveRow(auth, key, nowMs);
  const failures = (row?.failures ?? 0) + 1;
  const windowStart = row ? Date.parse(row.windowStart) : nowMs;
  const blockedUntil = failures >= rule.limit ? nowMs + rule.blockMs(failures) : null;
  const windowEnd = rule.isSliding ? nowMs + rule.windowMs : windowStart + rule.windowMs;
  const expiresAt = Math.max(windowEnd, blockedUntil ?? 0);
  await auth.saveThrottle({
    key,
    failures,
    windowStart: iso(windowStart),
    blockedUntil: blockedUntil === null ? null : iso(blockedUntil),
    expiresAt: iso(expiresAt),
  });
}

/** Takes back one counted failure (the attempt succeeded): below the limit, the block goes too. */
async function uncountFailure(auth: AuthStore, key: string, rule: Rule, nowMs: number): Promise<void> {
  const row = await liveRow(auth, key, nowMs);
  if (!row) return;
  const failures = Math.max(0, row.failures - 1);
  if (failures === 0) {
    await auth.deleteThrottle(key);
    return;
  }
  const blockedUntil = failures >= rule.limit ? row.blockedUntil : null;
  await auth.setThrottleFailures(key, failures, blockedUntil);
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
  succeeded(userId: string): Promise<void>;
}

/**
 * Refuses the attempt (RATE_LIMITED with `retryAfterSeconds`) while a throttle blocks it, else
 * counts it as a failure and returns the handle to take that back on success. Each runs in its
 * own write transaction: call them outside any other.
 */
export async function beginSignIn(store: Store, email: string, address: string, now = Date.now()): Promise<SignInAttempt> {
  const keys = keysOf(email, address);
  await store.write(async (tx) => {
    await tx.auth.deleteExpiredThrottles(iso(now));
    const byAddress = await blockedFor(tx.auth, keys.address, now);
    if (byAddress > 0) throw rateLimited("Too many failed sign-ins from your address", byAddress);
    const userId = await tx.users.idByEmail(email);
    const isTrusted = userId !== undefined && (await liveRow(tx.auth, `trusted:${userId}|${address}`, now)) !== null;
    const byAccount = Math.max(
      await blockedFor(tx.auth, keys.accountAddress, now),
      isTrusted ? 0 : await blockedFor(tx.auth, keys.account, now),
    );
    if (byAccount > 0) throw rateLimited("Too many failed sign-ins to this account", byAccount);
    await countFailure(tx.auth, keys.account, accountRule, now);
    await countFailure(tx.auth, keys.accountAddress, accountRule, now);
    await countFailure(tx.auth, keys.address, addressRule, now);
  });
  return {
    async succeeded(userId) {
      const at = Date.now();
      await store.write(async (tx) => {
        await tx.auth.deleteThrottles([keys.account, keys.accountAddress]);
        await uncountFailure(tx.auth, keys.address, addressRule, at);
        await tx.auth.saveMarker(`trusted:${userId}|${address}`, iso(at), iso(at + TRUST_MS));
      });
    },
  };
}

/** RATE_LIMITED while `address` is blocked for failed API tokens. */
export async function checkTokenAddress(store: Store, address: string, now = Date.now()): Promise<void> {
  const ms = await blockedFor(store.auth, `token-address:${address}`, now);
  if (ms > 0) throw rateLimited("Too many requests with unknown or revoked API tokens from your address", ms);
}

/** Counts a failed API token from `address` (past the limit, `checkTokenAddress` refuses the next ones). */
export async function countTokenFailure(store: Store, address: string, now = Date.now()): Promise<void> {
  await store.write(async (tx) => {
    await tx.auth.deleteExpiredThrottles(iso(now));
    await countFailure(tx.auth, `token-address:${address}`, tokenAddressRule, now);
  });
}
