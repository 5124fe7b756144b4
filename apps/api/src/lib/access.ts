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
