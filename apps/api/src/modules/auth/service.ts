/**
 * Identity and access: sign-in sessions (cookie secret, SHA-256 in the database), API tokens
 * (shown once, stored hashed), and account administration. The only code that writes users,
 * sessions and tokens.
 */
import type { IncomingMessage } from "node:http";
import { Queries, type SqliteStore as Store, writeTransaction } from "@casefile/db";
import type { ApiTokenRow, UserRow } from "@casefile/db/tables";
import type { UserRole } from "@casefile/schema/enums";
import { newLocalId } from "@casefile/schema/ids";
import {
  createApiTokenInput,
  createUserInput,
  DEMO_PASSWORD,
  isDemoPassword,
  loginInput,
  passwordProblem,
  revokeApiTokenInput,
  setUserDisabledInput,
  updateUserRoleInput,
} from "@casefile/schema/validators";
import { parse as parseCookie } from "cookie";
import type { Config } from "../../config.js";
import type { Context, Viewer } from "../../context.js";
import { isRoleAtLeast, requireAdmin, requireViewer } from "../../lib/access.js";
import { AppError } from "../../lib/errors.js";
import { decodeId, fieldError, parseInput } from "../../lib/input.js";
import { insertRow, now, type Row, readRow, recordRevision, updateRow } from "../../lib/records.js";
import { decoyHash, hashPassword, needsRehash, newSecret, sha256, verifyPassword } from "./passwords.js";
import { beginSignIn, checkTokenAddress, countTokenFailure } from "./throttle.js";

export const SESSION_COOKIE = "casefile_session";
export { DEMO_PASSWORD };

const TOKEN_PREFIX = "cf_";

const queriesByStore = new WeakMap<Store, Queries>();
function queriesOf(store: Store): Queries {
  let queries = queriesByStore.get(store);
  if (!queries) {
    queries = new Queries(store.sqlite);
    queriesByStore.set(store, queries);
  }
  return queries;
}

const lowerRole = (a: UserRole, b: UserRole): UserRole => (isRoleAtLeast(a, b) ? b : a);

function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  // Strict decoding: a value that is not valid percent-encoding throws URIError, which the
  // server answers with 400 and a message saying to clear the cookie (never a 500).
  return parseCookie(header, { decode: decodeURIComponent })[name] ?? null;
}

/**
 * Resolves the viewer of a request: an `Authorization: Bearer` API token, else the session
 * cookie. A token that is malformed, unknown or revoked is refused (UNAUTHENTICATED) rather than
 * treated as anonymous, so a program with a dead token finds out at once. Unknown tokens are
 * counted per client address: past the limit, every token from that address is refused with
 * RATE_LIMITED for a while. An expired or unknown session cookie just means "signed out".
 */
export function authenticateRequest(
  request: IncomingMessage,
  store: Store,
  clientAddress = request.socket.remoteAddress ?? "unknown",
): Viewer | null {
  const queries = queriesOf(store);
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    checkTokenAddress(queries, clientAddress);
    const refuse = (message: string): never => {
      countTokenFailure(store, queries, clientAddress);
      throw new AppError("UNAUTHENTICATED", message);
    };
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match?.[1]) return refuse("the Authorization header must be `Bearer <API token>`");
    const row = queries.get<ApiTokenRow & { userName: string; userRole: UserRole; userDisabled: number }>(
      `SELECT t.*, u.name AS user_name, u.role AS user_role, u.is_disabled AS user_disabled
       FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = ?`,
      [sha256(match[1])],
    );
    // Only unknown tokens count as guesses: a revoked one is a real secret a program still holds.
    if (!row) return refuse("this API token is unknown or revoked: create a new one");
    if (row.revokedAt !== null || row.userDisabled) {
      throw new AppError("UNAUTHENTICATED", "this API token is unknown or revoked: create a new one");
    }
    // Recorded to the minute: enough to spot unused tokens without a write per request.
    const time = now();
    if (!row.lastUsedAt || Date.parse(time) - Date.parse(row.lastUsedAt) > 60_000) {
      queries.run("UPDATE api_tokens SET last_used_at = ? WHERE id = ?", [time, row.id]);
    }
    return { userId: row.userId, name: row.userName, role: lowerRole(row.role, row.userRole), tokenId: row.id, sessionId: null };
  }
  const secret = cookieValue(request.headers.cookie, SESSION_COOKIE);
  if (!secret) return null;
  const sessionId = sha256(secret);
  const user = queries.get<UserRow>(
    `SELECT u.* FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.id = ? AND s.expires_at > ? AND u.is_disabled = 0`,
    [sessionId, now()],
  );
  return user ? { userId: user.id, name: user.name, role: user.role, tokenId: null, sessionId } : null;
}

function sessionCookie(ctx: Context, secret: string, maxAgeSeconds: number): string {
  const parts = [`${SESSION_COOKIE}=${secret}`, "Path=/", "HttpOnly", "SameSite=Lax", `Max-Age=${maxAgeSeconds}`];
  if (ctx.settings.isProduction) parts.push("Secure");
  return parts.join("; ");
}

/**
 * Signs in. Throttled (see throttle.ts): past the limits the answer is RATE_LIMITED with
 * `retryAfterSeconds`, whatever the password. Unknown accounts, wrong passwords and disabled
 * accounts get the same answer, so it never confirms a password that cannot be used.
 */
export async function login(ctx: Context, input: unknown): Promise<UserRow> {
  const { email, password } = parseInput(loginInput, input);
  const attempt = beginSignIn(ctx.store, ctx.queries, email, ctx.clientAddress);
  if (ctx.settings.isProduction && isDemoPassword(password)) {
    throw new AppError(
      "UNAUTHENTICATED",
      `the demo password "${DEMO_PASSWORD}" is refused in production: ask an admin for a real one`,
    );
  }
  const user = ctx.queries.get<UserRow>("SELECT * FROM users WHERE email = ?", [email]);
  // Hash even for unknown accounts: the answer takes as long either way.
  const isMatch = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
  if (!user?.passwordHash || !isMatch || user.isDisabled) {
    throw new AppError("UNAUTHENTICATED", "the email or password is wrong (or the account is disabled)");
  }
  attempt.succeeded(user.id);
  // Hashes made at an older cost are replaced now that the password is known.
  if (needsRehash(user.passwordHash)) {
    const rehashed = await hashPassword(password);
    writeTransaction(ctx.store, () =>
      ctx.queries.run("UPDATE users SET password_hash = ? WHERE id = ? AND password_hash = ?", [
        rehashed,
        user.id,
        user.passwordHash,
      ]),
    );
  }
  const secret = newSecret();
  const created = new Date();
  const expires = new Date(created.getTime() + ctx.settings.sessionDays * 86_400_000);
  writeTransaction(ctx.store, () => {
    ctx.queries.run("DELETE FROM sessions WHERE user_id = ? AND expires_at <= ?", [user.id, created.toISOString()]);
    ctx.queries.run("INSERT INTO sessions (id, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)", [
      sha256(secret),
      user.id,
      created.toISOString(),
      expires.toISOString(),
    ]);
  });
  ctx.setCookie(sessionCookie(ctx, secret, ctx.settings.sessionDays * 86_400));
  return user;
}

export function logout(ctx: Context): { isSignedOut: boolean } {
  let isSignedOut = false;
  const sessionId = ctx.viewer?.sessionId;
  if (sessionId) {
    isSignedOut = writeTransaction(
      ctx.store,
      () => ctx.queries.run("DELETE FROM sessions WHERE id = ?", [sessionId]).changes > 0,
    );
  }
  ctx.setCookie(sessionCookie(ctx, "", 0));
  return { isSignedOut };
}

export function getMe(ctx: Context): UserRow | null {
  if (!ctx.viewer) return null;
  return ctx.queries.get<UserRow>("SELECT * FROM users WHERE id = ?", [ctx.viewer.userId]) ?? null;
}

// API tokens ----------------------------------------------------------------------------------

/** Token management needs a signed-in person: a token cannot mint or revoke tokens. */
function requireSessionViewer(ctx: Context): Viewer {
  const viewer = requireViewer(ctx);
  if (viewer.tokenId) throw new AppError("FORBIDDEN", "API tokens are managed when signed in, not with another token");
  return viewer;
}

export function createApiToken(ctx: Context, input: unknown): { token: ApiTokenRow; secret: string } {
  const viewer = requireSessionViewer(ctx);
  const { name, role } = parseInput(createApiTokenInput, input);
  if (!isRoleAtLeast(viewer.role, role)) {
    throw new AppError(
      "FORBIDDEN",
      `a token cannot have more rights than its owner: you are ${viewer.role}, the token asks for ${role}`,
    );
  }
  const secret = newSecret(TOKEN_PREFIX);
  const id = newLocalId("tok");
  writeTransaction(ctx.store, () =>
    ctx.queries.run("INSERT INTO api_tokens (id, user_id, name, token_hash, role, created_at) VALUES (?, ?, ?, ?, ?, ?)", [
      id,
      viewer.userId,
      name,
      sha256(secret),
      role,
      now(),
    ]),
  );
  return { token: ctx.queries.get<ApiTokenRow>("SELECT * FROM api_tokens WHERE id = ?", [id]) as ApiTokenRow, secret };
}

export function revokeApiToken(ctx: Context, input: unknown): ApiTokenRow {
  const viewer = requireSessionViewer(ctx);
  const parsed = parseInput(revokeApiTokenInput, input);
  const { id } = decodeId(parsed.id, ["ApiToken"], "id");
  return writeTransaction(ctx.store, () => {
    const token = ctx.queries.get<ApiTokenRow>("SELECT * FROM api_tokens WHERE id = ?", [id]);
    if (!token || (token.userId !== viewer.userId && viewer.role !== "ADMIN")) throw AppError.notFound("the API token");
    if (token.revokedAt === null) ctx.queries.run("UPDATE api_tokens SET revoked_at = ? WHERE id = ?", [now(), id]);
    return ctx.queries.get<ApiTokenRow>("SELECT * FROM api_tokens WHERE id = ?", [id]) as ApiTokenRow;
  });
}

export function findApiTokens(ctx: Context): ApiTokenRow[] {
  const viewer = requireViewer(ctx);
  if (viewer.role === "ADMIN" && !viewer.tokenId)
    return ctx.queries.all<ApiTokenRow>("SELECT * FROM api_tokens ORDER BY created_at DESC, id DESC");
  return ctx.queries.all<ApiTokenRow>("SELECT * FROM api_tokens WHERE user_id = ? ORDER BY created_at DESC, id DESC", [
    viewer.userId,
  ]);
}

// Accounts ------------------------------------------------------------------------------------

export function findUsers(ctx: Context, offset: number, size: number): { rows: UserRow[]; total: number } {
  requireAdmin(ctx);
  const total = ctx.queries.value<number>("SELECT count(*) FROM users") ?? 0;
  const rows = ctx.queries.all<UserRow>("SELECT * FROM users ORDER BY name, id LIMIT ? OFFSET ?", [size, offset]);
  return { rows, total };
}

export async function createUser(ctx: Context, input: unknown): Promise<UserRow> {
  requireAdmin(ctx);
  const parsed = parseInput(createUserInput, input);
  const passwordHash = await hashPassword(parsed.password);
  return writeTransaction(ctx.store, () => {
    if (ctx.queries.value("SELECT 1 FROM users WHERE email = ?", [parsed.email])) {
      throw fieldError("email", "there is already an account with this email");
    }
    const row = insertRow(ctx, "users", {
      id: newLocalId("user"),
      email: parsed.email,
      name: parsed.name,
      role: parsed.role,
      passwordHash,
      isDisabled: false,
    });
    recordRevision(ctx, { typeName: "User", action: "CREATE", before: null, after: row, caseId: null });
    return row as unknown as UserRow;
  });
}

/** Refuses a change that would leave no enabled admin (nobody could manage accounts then). */
function guardLastAdmin(ctx: Context, user: UserRow, isStillAdmin: boolean) {
  if (user.role !== "ADMIN" || user.isDisabled || isStillAdmin) return;
  const others =
    ctx.queries.value<number>("SELECT count(*) FROM users WHERE role = 'ADMIN' AND is_disabled = 0 AND id != ?", [user.id]) ?? 0;
  if (others === 0) throw fieldError("id", "this is the last active admin: make another user admin first");
}

function userForChange(ctx: Context, globalId: string): UserRow {
  const { id } = decodeId(globalId, ["User"], "id");
  const user = ctx.queries.get<UserRow>("SELECT * FROM users WHERE id = ?", [id]);
  if (!user) throw AppError.notFound("the user");
  return user;
}

export function updateUserRole(ctx: Context, input: unknown): UserRow {
  requireAdmin(ctx);
  const parsed = parseInput(updateUserRoleInput, input);
  return writeTransaction(ctx.store, () => {
    const user = userForChange(ctx, parsed.id);
    if (user.role === parsed.role) return user;
    guardLastAdmin(ctx, user, parsed.role === "ADMIN");
    const after = updateRow(ctx, "users", user as unknown as Row, { role: parsed.role });
    recordRevision(ctx, { typeName: "User", action: "UPDATE", before: user as unknown as Row, after, caseId: null });
    return after as unknown as UserRow;
  });
}

export function setUserDisabled(ctx: Context, input: unknown): UserRow {
  requireAdmin(ctx);
  const parsed = parseInput(setUserDisabledInput, input);
  return writeTransaction(ctx.store, () => {
    const user = userForChange(ctx, parsed.id);
    if (user.isDisabled === parsed.isDisabled) return user;
    if (parsed.isDisabled) {
      guardLastAdmin(ctx, user, false);
      // Disabling ends every way in: sessions go, and tokens are revoked for good (enabling the
      // account again does not bring them back).
      ctx.queries.run("DELETE FROM sessions WHERE user_id = ?", [user.id]);
      ctx.queries.run("UPDATE api_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL", [now(), user.id]);
    }
    const after = updateRow(ctx, "users", user as unknown as Row, { isDisabled: parsed.isDisabled });
    recordRevision(ctx, { typeName: "User", action: "UPDATE", before: user as unknown as Row, after, caseId: null });
    return after as unknown as UserRow;
  });
}

// Start-up ------------------------------------------------------------------------------------

/**
 * Creates the first admin from CASEFILE_ADMIN_EMAIL / CASEFILE_ADMIN_PASSWORD (which must follow
 * the password policy) if no account has that email, and in production refuses to start while an
 * enabled demo account (`@casefile.local`) has the demo password.
 */
export async function prepareAccounts(store: Store, config: Config): Promise<void> {
  const queries = queriesOf(store);
  if (config.CASEFILE_ADMIN_EMAIL && config.CASEFILE_ADMIN_PASSWORD) {
    const email = config.CASEFILE_ADMIN_EMAIL.trim().toLowerCase();
    if (!queries.value("SELECT 1 FROM users WHERE email = ?", [email])) {
      const problem = passwordProblem(config.CASEFILE_ADMIN_PASSWORD, email);
      if (problem) throw new Error(`CASEFILE_ADMIN_PASSWORD is refused: ${problem.replace(/^password /, "it ")}`);
      const passwordHash = await hashPassword(config.CASEFILE_ADMIN_PASSWORD);
      writeTransaction(store, () => insertUserWithRevision(store, { email, name: "Administrator", role: "ADMIN", passwordHash }));
    }
  }
  if (config.NODE_ENV === "production") {
    // The demo accounts' domain only: at scrypt's cost (0.35 s a hash) checking every account would
    // slow start-up by that much per account, and the demo password cannot sign in in production
    // anyway (login) nor be set as a password (the policy).
    const users = queries.all<UserRow>(
      "SELECT * FROM users WHERE password_hash IS NOT NULL AND is_disabled = 0 AND email LIKE '%@casefile.local'",
    );
    const demo: string[] = [];
    for (const user of users) if (await verifyPassword(DEMO_PASSWORD, user.passwordHash)) demo.push(user.email);
    if (demo.length > 0) {
      throw new Error(
        `Refusing to start in production: ${demo.join(", ")} still ${demo.length === 1 ? "has" : "have"} the demo password "${DEMO_PASSWORD}". ` +
          "Create a real admin (CASEFILE_ADMIN_EMAIL and CASEFILE_ADMIN_PASSWORD), sign in as it and disable those accounts with setUserDisabled (in development), or use a database seeded without them.",
      );
    }
  }
}

/** Inserts a user and its CREATE revision (used outside a request: start-up and seeding). */
export function insertUserWithRevision(
  store: Store,
  user: { id?: string; email: string; name: string; role: UserRole; passwordHash: string },
): void {
  const queries = queriesOf(store);
  const ctx = { store, queries, viewer: null } as unknown as Context;
  const row = insertRow(ctx, "users", { id: user.id ?? newLocalId("user"), ...user, isDisabled: false });
  recordRevision(ctx, { typeName: "User", action: "CREATE", before: null, after: row, caseId: null });
}

export const readUser = (ctx: Context, id: string) => readRow(ctx, "users", id) as unknown as UserRow | undefined;
