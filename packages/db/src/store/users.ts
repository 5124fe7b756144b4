/**
 * Accounts and the ways in: users (UserStore), sign-in sessions, API tokens and the sign-in and
 * token throttles (AuthStore). The rules (who may do what, the throttle arithmetic, password
 * hashing) are the API's; these stores answer questions and write rows.
 */
import type { UserRole } from "@casefile/schema/enums";
import type { ApiTokenRow, AuthThrottleRow, SessionRow, UserRow } from "../tables/index.js";
import { inList, type SqlSession } from "./session.js";

export class UserStore {
  constructor(private readonly session: SqlSession) {}

  /** The account with this email address (emails are stored lower-case), or undefined. */
  byEmail(email: string): Promise<UserRow | undefined> {
    return this.session.get<UserRow>("SELECT * FROM users WHERE email = ?", [email]);
  }

  /** The id of the account with this email address, or undefined. */
  idByEmail(email: string): Promise<string | undefined> {
    return this.session.value<string>("SELECT id FROM users WHERE email = ?", [email]);
  }

  /** True when an account has this email address. */
  async hasEmail(email: string): Promise<boolean> {
    return (await this.session.value("SELECT 1 FROM users WHERE email = ?", [email])) !== undefined;
  }

  /** Number of accounts. */
  async count(): Promise<number> {
    return (await this.session.value<number>("SELECT count(*) FROM users")) ?? 0;
  }

  /** One page of accounts, by name then id. */
  page(offset: number, size: number): Promise<UserRow[]> {
    return this.session.all<UserRow>("SELECT * FROM users ORDER BY name, id LIMIT ? OFFSET ?", [size, offset]);
  }

  /** Enabled admins other than `userId`. */
  async countOtherActiveAdmins(userId: string): Promise<number> {
    return (
      (await this.session.value<number>("SELECT count(*) FROM users WHERE role = 'ADMIN' AND is_disabled = ? AND id != ?", [
        this.session.dialect.boolean(false),
        userId,
      ])) ?? 0
    );
  }

  /** Enabled accounts that have a password and an email address at `domain` (e.g. `casefile.local`). */
  enabledWithPasswordAt(domain: string): Promise<UserRow[]> {
    return this.session.all<UserRow>("SELECT * FROM users WHERE password_hash IS NOT NULL AND is_disabled = ? AND email LIKE ?", [
      this.session.dialect.boolean(false),
      `%@${domain}`,
    ]);
  }

  /**
   * Replaces a password hash, if it is still `previousHash` (a concurrent change wins). Not a
   * versioned write: the same password, stored at another cost.
   */
  async replacePasswordHash(userId: string, previousHash: string, passwordHash: string): Promise<void> {
    await this.session.run("UPDATE users SET password_hash = ? WHERE id = ? AND password_hash = ?", [
      passwordHash,
      userId,
      previousHash,
    ]);
  }
}

/** An API token with what its owner's account says about it. */
export type TokenWithOwner = ApiTokenRow & { userName: string; userRole: UserRole; userIsDisabled: boolean };

export class AuthStore {
  constructor(private readonly session: SqlSession) {}

  // Sessions --------------------------------------------------------------------------------

  /** The enabled account a session belongs to, if the session exists and has not expired at `now`. */
  userOfSession(sessionId: string, now: string): Promise<UserRow | undefined> {
    return this.session.get<UserRow>(
      `SELECT u.* FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.id = ? AND s.expires_at > ? AND u.is_disabled = ?`,
      [sessionId, now, this.session.dialect.boolean(false)],
    );
  }

  /** Forgets the sessions of `userId` that expired at `now` or before. */
  async deleteExpiredSessionsOf(userId: string, now: string): Promise<void> {
    await this.session.run("DELETE FROM sessions WHERE user_id = ? AND expires_at <= ?", [userId, now]);
  }

  async insertSession(session: SessionRow): Promise<void> {
    await this.session.run("INSERT INTO sessions (id, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)", [
      session.id,
      session.userId,
      session.createdAt,
      session.expiresAt,
    ]);
  }

  /** Ends one session; false when there was none. */
  async deleteSession(id: string): Promise<boolean> {
    return (await this.session.run("DELETE FROM sessions WHERE id = ?", [id])).changes > 0;
  }

  /** Ends every session of an account. */
  async deleteSessionsOf(userId: string): Promise<void> {
    await this.session.run("DELETE FROM sessions WHERE user_id = ?", [userId]);
  }

  // API tokens ------------------------------------------------------------------------------

  /** The token whose secret hashes to `tokenHash` (revoked ones included), with its owner's name, role and state. */
  async tokenByHash(tokenHash: string): Promise<TokenWithOwner | undefined> {
    const row = await this.session.get<ApiTokenRow & { userName: string; userRole: UserRole; userDisabled: unknown }>(
      `SELECT t.*, u.name AS user_name, u.role AS user_role, u.is_disabled AS user_disabled
       FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = ?`,
      [tokenHash],
    );
    if (!row) return undefined;
    const { userDisabled, ...token } = row;
    return { ...token, userIsDisabled: userDisabled === true || userDisabled === 1 };
  }

  async markTokenUsed(id: string, time: string): Promise<void> {
    await this.session.run("UPDATE api_tokens SET last_used_at = ? WHERE id = ?", [time, id]);
  }

  /** Stores a new token (never used, not revoked) and returns it as stored. */
  async insertToken(token: Omit<ApiTokenRow, "lastUsedAt" | "revokedAt">): Promise<ApiTokenRow> {
    await this.session.run("INSERT INTO api_tokens (id, user_id, name, token_hash, role, created_at) VALUES (?, ?, ?, ?, ?, ?)", [
      token.id,
      token.userId,
      token.name,
      token.tokenHash,
      token.role,
      token.createdAt,
    ]);
    return (await this.token(token.id)) as ApiTokenRow;
  }

  token(id: string): Promise<ApiTokenRow | undefined> {
    return this.session.get<ApiTokenRow>("SELECT * FROM api_tokens WHERE id = ?", [id]);
  }

  async revokeToken(id: string, time: string): Promise<void> {
    await this.session.run("UPDATE api_tokens SET revoked_at = ? WHERE id = ?", [time, id]);
  }

  /** Revokes every token of an account not revoked yet. */
  async revokeTokensOf(userId: string, time: string): Promise<void> {
    await this.session.run("UPDATE api_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL", [time, userId]);
  }

  /** Every token, newest first. */
  allTokens(): Promise<ApiTokenRow[]> {
    return this.session.all<ApiTokenRow>("SELECT * FROM api_tokens ORDER BY created_at DESC, id DESC");
  }

  /** The tokens of one account, newest first. */
  tokensOf(userId: string): Promise<ApiTokenRow[]> {
    return this.session.all<ApiTokenRow>("SELECT * FROM api_tokens WHERE user_id = ? ORDER BY created_at DESC, id DESC", [
      userId,
    ]);
  }

  // Throttles -------------------------------------------------------------------------------

  /** The throttle row of `key` (expired or not), or undefined. */
  throttle(key: string): Promise<AuthThrottleRow | undefined> {
    return this.session.get<AuthThrottleRow>("SELECT * FROM auth_throttles WHERE key = ?", [key]);
  }

  /** Forgets the throttle rows that expired at `now` or before. */
  async deleteExpiredThrottles(now: string): Promise<void> {
    await this.session.run("DELETE FROM auth_throttles WHERE expires_at <= ?", [now]);
  }

  /** Writes a throttle row, replacing the one of the same key. */
  async saveThrottle(row: AuthThrottleRow): Promise<void> {
    await this.session.run(
      `INSERT INTO auth_throttles (key, failures, window_start, blocked_until, expires_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, window_start = excluded.window_start,
       blocked_until = excluded.blocked_until, expires_at = excluded.expires_at`,
      [row.key, row.failures, row.windowStart, row.blockedUntil, row.expiresAt],
    );
  }

  /** Sets the failures and block of an existing throttle row. */
  async setThrottleFailures(key: string, failures: number, blockedUntil: string | null): Promise<void> {
    await this.session.run("UPDATE auth_throttles SET failures = ?, blocked_until = ? WHERE key = ?", [
      failures,
      blockedUntil,
      key,
    ]);
  }

  async deleteThrottle(key: string): Promise<void> {
    await this.session.run("DELETE FROM auth_throttles WHERE key = ?", [key]);
  }

  async deleteThrottles(keys: readonly string[]): Promise<void> {
    const list = inList(keys);
    await this.session.run(`DELETE FROM auth_throttles WHERE key IN (${list.sql})`, list.params);
  }

  /**
   * A row that counts no failure and lasts from `windowStart` to `expiresAt` (the trust of an
   * address for an account); an existing row keeps its counts and gets the new times.
   */
  async saveMarker(key: string, windowStart: string, expiresAt: string): Promise<void> {
    await this.session.run(
      `INSERT INTO auth_throttles (key, failures, window_start, blocked_until, expires_at) VALUES (?, 0, ?, NULL, ?)
           ON CONFLICT (key) DO UPDATE SET window_start = excluded.window_start, expires_at = excluded.expires_at`,
      [key, windowStart, expiresAt],
    );
  }
}
