import type { UserRole } from "@/gql/graphql";

type MaybeViewer = { role: UserRole } | null | undefined;

/**
 * What the interface offers follows the viewer's role. This only hides controls: the API checks
 * the role of every mutation again, so a forged request from a viewer is still refused.
 */
export function canEdit(viewer: MaybeViewer): boolean {
  return viewer?.role === "EDITOR" || viewer?.role === "ADMIN";
}

export function isAdmin(viewer: MaybeViewer): boolean {
  return viewer?.role === "ADMIN";
}
