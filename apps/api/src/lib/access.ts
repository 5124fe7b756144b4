/** Who may do what: the role checks every service makes before it writes. */
import type { UserRole } from "@casefile/schema/enums";
import type { Context, Viewer } from "../context.js";
import { AppError } from "./errors.js";

const rank: Record<UserRole, number> = { VIEWER: 1, EDITOR: 2, ADMIN: 3 };

export const isRoleAtLeast = (role: UserRole, needed: UserRole) => rank[role] >= rank[needed];

/** The viewer, or UNAUTHENTICATED. */
export function requireViewer(ctx: Context): Viewer {
  if (!ctx.viewer) throw new AppError("UNAUTHENTICATED", "sign in (or send an API token) to do this");
  return ctx.viewer;
}

/** The viewer if their role is at least `needed`; else UNAUTHENTICATED or FORBIDDEN. */
export function requireRole(ctx: Context, needed: UserRole): Viewer {
  const viewer = requireViewer(ctx);
  if (!isRoleAtLeast(viewer.role, needed)) {
    throw new AppError(
      "FORBIDDEN",
      `this needs the ${needed} role; ${viewer.tokenId ? "this token has" : "you have"} ${viewer.role}`,
      {
        requiredRole: needed,
      },
    );
  }
  return viewer;
}

export const requireEditor = (ctx: Context) => requireRole(ctx, "EDITOR");
export const requireAdmin = (ctx: Context) => requireRole(ctx, "ADMIN");

// What a viewer may see of a record ----------------------------------------------------------

/**
 * Fields no answer ever shows, whoever asks: hashes of passwords, API tokens and sessions.
 * Revisions are written without them (records.ts `publicFields`).
 */
export const secretFields: ReadonlySet<string> = new Set(["passwordHash", "tokenHash", "sessionId"]);

/**
 * The fields of a record type that only some viewers may see, with who may see them. The one
 * rule: the type's field resolvers and every other path that shows a record's fields (revision
 * snapshots and changes, activity, exports, errors) ask `isFieldVisible`.
 */
const restrictedFields: Record<string, Record<string, (viewer: Viewer | null, recordId: string) => boolean>> = {
  // An email address is seen by its own account and by admins.
  User: { email: (viewer, recordId) => viewer !== null && (viewer.userId === recordId || viewer.role === "ADMIN") },
};

/** May `viewer` see `field` of the record `recordType`/`recordId`? */
export function isFieldVisible(viewer: Viewer | null, recordType: string, recordId: string, field: string): boolean {
  if (secretFields.has(field)) return false;
  const rule = restrictedFields[recordType]?.[field];
  return rule ? rule(viewer, recordId) : true;
}

/** `fields` without the ones `viewer` may not see (a copy; null stays null). */
export function visibleFields<T>(
  viewer: Viewer | null,
  recordType: string,
  recordId: string,
  fields: Record<string, T> | null,
): Record<string, T> | null {
  if (!fields) return fields;
  return Object.fromEntries(Object.entries(fields).filter(([field]) => isFieldVisible(viewer, recordType, recordId, field)));
}
