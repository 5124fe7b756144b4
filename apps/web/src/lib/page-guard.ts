import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { PAGE_URL_HEADER } from "./config";
import { canEdit, isAdmin } from "./roles";
import { getViewer, type Viewer } from "./viewer";

/**
 * The viewer of a page that needs a role: a signed-out visitor is sent to sign in (and back);
 * a signed-in one without the role gets `{ viewer, isAllowed: false }` and the page explains.
 */
export async function viewerFor(role: "VIEWER" | "EDITOR" | "ADMIN"): Promise<{ viewer: Viewer; isAllowed: boolean }> {
  const viewer = await getViewer();
  if (!viewer) {
    const page = (await headers()).get(PAGE_URL_HEADER) ?? "/";
    redirect(`/sign-in?next=${encodeURIComponent(page)}`);
  }
  const isAllowed = role === "VIEWER" || (role === "EDITOR" ? canEdit(viewer) : isAdmin(viewer));
  return { viewer, isAllowed };
}
