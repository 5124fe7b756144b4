/**
 * Identity and access: sign-in sessions (cookie secret, SHA-256 in the database), API tokens
 * (shown once, stored hashed), and account administration. The only code that writes users,
 * sessions and tokens.
 */
import type { IncomingMessage } from "node:http";
import { now, type Store, type Tx } from "@casefile/db";
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
import { createRecord, updateRecord } from "../../lib/write.js";
import { decoyHash, hashPassword, needsRehash, newSecret, sha256, verifyPassword } from "./passwords.js";
import { beginSignIn, checkTokenAddress, countTokenFailure } from "./throttle.js";

export const SESSION_COOKIE = "casefile_session";
export { DEMO_PASSWORD };

const TOKEN_PREFIX = "cf_";

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
export async function authenticateRequest(
  request: IncomingMessage,
  store: Store,
  clientAddress = request.socket.remoteAddress ?? "unknown",
): Promise<Viewer | null> {
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    await checkTokenAddress(store, clientAddress);
    const refuse = async (message: string): Promise<never> => {
      await countTokenFailure(store, clientAddress);
      throw new AppError("UNAUTHENTICATED", message);
    };
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match?.[1]) return refuse("the Authorization header must be `Bearer <API token>`");
    const row = await store.auth.tokenByHash(sha256(match[1]));
    // Only unknown tokens count as guesses: a revoked one is a real secret a program still holds.
    if (!row) return refuse("this API token is unknown or revoked: create a new one");
    if (row.revokedAt !== null || row.userIsDisabled) {
      throw new AppError("UNAUTHENTICATED", "this API token is unknown or revoked: create a new one");
    }
    // Recorded to the minute: enough to spot unused tokens without a write per request.
    const time = now();
    if (!row.lastUsedAt || Date.parse(time) - Date.parse(row.lastUsedAt) > 60_000) {
      await store.write((tx) => tx.auth.markTokenUsed(row.id, time));
    }
    return { userId: row.userId, name: row.userName, role: lowerRole(row.role, row.userRole), tokenId: row.id, sessionId: null };
  }
  const secret = cookieValue(request.headers.cookie, SESSION_COOKIE);
  if (!secret) return null;
  const sessionId = sha256(secret);
  const user = await store.auth.userOfSession(sessionId, now());
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
 * accounts get the same answer, so it never confirms a password that cannot be used. Hashing
 * (scrypt) happens between the write transactions, never inside one.
 */
export async function login(ctx: Context, input: unknown): Promise<UserRow> {
  const { email, password } = parseInput(loginInput, input);
  const attempt = await beginSignIn(ctx.store, email, ctx.clientAddress);
  if (ctx.settings.isProduction && isDemoPassword(password)) {
    throw new AppError(
      "UNAUTHENTICATED",
      `the demo password "${DEMO_PASSWORD}" is refused in production: ask an admin for a real one`,
    );
  }
  const user = await ctx.store.users.byEmail(email);
  // Hash even for unknown accounts: the answer takes as long either way.
  const isMatch = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
  if (!user?.passwordHash || !isMatch || user.isDisabled) {
    throw new AppError("UNAUTHENTICATED", "the email or password is wrong (or the account is disabled)");
  }
  await attempt.succeeded(user.id);
  // Hashes made at an older cost are replaced now that the password is known.
  const previousHash = user.passwordHash;
  if (needsRehash(previousHash)) {
    const rehashed = await hashPassword(password);
    await ctx.store.write((tx) => tx.users.replacePasswordHash(user.id, previousHash, rehashed));
  }
  const secret = newSecret();
  const created = new Date();
  const expires = new Date(created.getTime() + ctx.settings.sessionDays * 86_400_000);
  await ctx.store.write(async (tx) => {
    await tx.auth.deleteExpiredSessionsOf(user.id, created.toISOString());
    await tx.auth.insertSession({
      id: sha256(secret),
      userId: user.id,
      createdAt: created.toISOString(),
      expiresAt: expires.toISOString(),
    });
  });
  ctx.setCookie(sessionCookie(ctx, secret, ctx.settings.sessionDays * 86_400));
  return user;
}

export async function logout(ctx: Context): Promise<{ isSignedOut: boolean }> {
  let isSignedOut = false;
  const sessionId = ctx.viewer?.sessionId;
  if (sessionId) isSignedOut = await ctx.store.write((tx) => tx.auth.deleteSession(sessionId));
  ctx.setCookie(sessionCookie(ctx, "", 0));
  return { isSignedOut };
}

export async function getMe(ctx: Context): Promise<UserRow | null> {
  if (!ctx.viewer) return null;
  return (await ctx.store.records.read("users", ctx.viewer.userId)) ?? null;
}

// API tokens ----------------------------------------------------------------------------------

/** Token management needs a signed-in person: a token cannot mint or revoke tokens. */
function requireSessionViewer(ctx: Context): Viewer {
  const viewer = requireViewer(ctx);
  if (viewer.tokenId) throw new AppError("FORBIDDEN", "API tokens are managed when signed in, not with another token");
  return viewer;
}

export async function createApiToken(ctx: Context, input: unknown): Promise<{ token: ApiTokenRow; secret: string }> {
  const viewer = requireSessionViewer(ctx);
  const { name, role } = parseInput(createApiTokenInput, input);
  if (!isRoleAtLeast(viewer.role, role)) {
    throw new AppError(
      "FORBIDDEN",
      `a token cannot have more rights than its owner: you are ${viewer.role}, the token asks for ${role}`,
    );
  }
  const secret = newSecret(TOKEN_PREFIX);
  const token = await ctx.store.write((tx) =>
    tx.auth.insertToken({
      id: newLocalId("tok"),
      userId: viewer.userId,
      name,
      tokenHash: sha256(secret),
      role,
      createdAt: now(),
    }),
  );
  return { token, secret };
}

export async function revokeApiToken(ctx: Context, input: unknown): Promise<ApiTokenRow> {
  const viewer = requireSessionViewer(ctx);
  const parsed = parseInput(revokeApiTokenInput, input);
  const { id } = decodeId(parsed.id, ["ApiToken"], "id");
  return ctx.store.write(async (tx) => {
    const token = await tx.auth.token(id);
    if (!token || (token.userId !== viewer.userId && viewer.role !== "ADMIN")) throw AppError.notFound("the API token");
    if (token.revokedAt === null) await tx.auth.revokeToken(id, now());
    return (await tx.auth.token(id)) as ApiTokenRow;
  });
}

export async function findApiTokens(ctx: Context): Promise<ApiTokenRow[]> {
  const viewer = requireViewer(ctx);
  if (viewer.role === "ADMIN" && !viewer.tokenId) return ctx.store.auth.allTokens();
  return ctx.store.auth.tokensOf(viewer.userId);
}

// Accounts ------------------------------------------------------------------------------------

export async function findUsers(ctx: Context, offset: number, size: number): Promise<{ rows: UserRow[]; total: number }> {
  requireAdmin(ctx);
  const total = await ctx.store.users.count();
  const rows = await ctx.store.users.page(offset, size);
  return { rows, total };
}

export async function createUser(ctx: Context, input: unknown): Promise<UserRow> {
  requireAdmin(ctx);
  const parsed = parseInput(createUserInput, input);
  const passwordHash = await hashPassword(parsed.password);
  return ctx.store.write(async (tx) => {
    if (await tx.users.hasEmail(parsed.email)) {
      throw fieldError("email", "there is already an account with this email");
    }
    const { row } = await createRecord(ctx, tx, "users", {
      id: newLocalId("user"),
      email: parsed.email,
      name: parsed.name,
      role: parsed.role,
      passwordHash,
      isDisabled: false,
    });
    return row;
  });
}

/** Refuses a change that would leave no enabled admin (nobody could manage accounts then). */
async function guardLastAdmin(tx: Tx, user: UserRow, isStillAdmin: boolean): Promise<void> {
  if (user.role !== "ADMIN" || user.isDisabled || isStillAdmin) return;
  const others = await tx.users.countOtherActiveAdmins(user.id);
  if (others === 0) throw fieldError("id", "this is the last active admin: make another user admin first");
}

async function userForChange(tx: Tx, globalId: string): Promise<UserRow> {
  const { id } = decodeId(globalId, ["User"], "id");
  const user = await tx.records.read("users", id);
  if (!user) throw AppError.notFound("the user");
  return user;
}

export async function updateUserRole(ctx: Context, input: unknown): Promise<UserRow> {
  requireAdmin(ctx);
  const parsed = parseInput(updateUserRoleInput, input);
  return ctx.store.write(async (tx) => {
    const user = await userForChange(tx, parsed.id);
    if (user.role === parsed.role) return user;
    await guardLastAdmin(tx, user, parsed.role === "ADMIN");
    return (await updateRecord(ctx, tx, "users", user, { role: parsed.role })).row;
  });
}

export async function setUserDisabled(ctx: Context, input: unknown): Promise<UserRow> {
  requireAdmin(ctx);
  const parsed = parseInput(setUserDisabledInput, input);
  return ctx.store.write(async (tx) => {
    const user = await userForChange(tx, parsed.id);
    if (user.isDisabled === parsed.isDisabled) return user;
    if (parsed.isDisabled) {
      await guardLastAdmin(tx, user, false);
      // Disabling ends every way in: sessions go, and tokens are revoked for good (enabling the
      // account again does not bring them back).
      await tx.auth.deleteSessionsOf(user.id);
      await tx.auth.revokeTokensOf(user.id, now());
    }
    return (await updateRecord(ctx, tx, "users", user, { isDisabled: parsed.isDisabled })).row;
  });
}

// Start-up ------------------------------------------------------------------------------------

/**
 * Creates the first admin from CASEFILE_ADMIN_EMAIL / CASEFILE_ADMIN_PASSWORD (which must follow
 * the password policy) if no account has that email, and in production refuses to start while an
 * enabled demo account (`@casefile.local`) has the demo password.
 */
export async function prepareAccounts(store: Store, config: Config): Promise<void> {
  if (config.CASEFILE_ADMIN_EMAIL && config.CASEFILE_ADMIN_PASSWORD) {
    const email = config.CASEFILE_ADMIN_EMAIL.trim().toLowerCase();
    if (!(await store.users.hasEmail(email))) {
      const problem = passwordProblem(config.CASEFILE_ADMIN_PASSWORD, email);
      if (problem) throw new Error(`CASEFILE_ADMIN_PASSWORD is refused: ${problem.replace(/^password /, "it ")}`);
      const passwordHash = await hashPassword(config.CASEFILE_ADMIN_PASSWORD);
      await store.write((tx) => insertUserWithRevision(tx, { email, name: "Administrator", role: "ADMIN", passwordHash }));
    }
  }
  if (config.NODE_ENV === "production") {
    // The demo accounts' domain only: at scrypt's cost (0.35 s a hash) checking every account would
    // slow start-up by that much per account, and the demo password cannot sign in in production
    // anyway (login) nor be set as a password (the policy).
    const users = await store.users.enabledWithPasswordAt("casefile.local");
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

/** Writes made outside a request (start-up, seeding): no actor. */
const noActor = { viewer: null };

/** Inserts a user and its CREATE revision, in `tx` (used outside a request: start-up and seeding). */
export async function insertUserWithRevision(
  tx: Tx,
  user: { id?: string; email: string; name: string; role: UserRole; passwordHash: string },
): Promise<void> {
  await createRecord(noActor, tx, "users", { id: user.id ?? newLocalId("user"), ...user, isDisabled: false });
}
