import { cookies, headers } from "next/headers";
import { CURRENT_CASE_COOKIE } from "./config";
import { postGraphQL } from "./graphql-server";

/** A case as the switcher and case pickers list it. */
export type CaseChoice = { slug: string; caption: string; shortTitle: string | null };

/** The slug of the last case visited (see CURRENT_CASE_COOKIE), or null. */
export async function rememberedCaseSlug(): Promise<string | null> {
  const value = (await cookies()).get(CURRENT_CASE_COOKIE)?.value;
  if (!value) return null;
  try {
    const slug = decodeURIComponent(value).trim();
    return slug && slug.length <= 200 ? slug : null;
  } catch {
    return null;
  }
}

const CASE_CHOICES = "query CaseChoices { cases(first: 100) { edges { node { slug caption shortTitle } } } }";

/**
 * Every case the viewer can read, for the case switcher in the layout. Unlike serverQuery it never
 * sends a signed-out visitor to sign in (the layout also frames the sign-in page): an API that
 * refuses or cannot be reached leaves the list empty, and the page itself shows the API's error.
 */
export async function readableCases(): Promise<CaseChoice[]> {
  const incoming = await headers();
  const forwarded: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
  const cookie = incoming.get("cookie");
  if (cookie) forwarded.cookie = cookie;
  const authorization = incoming.get("authorization");
  if (authorization) forwarded.authorization = authorization;
  try {
    const data = await postGraphQL<{ cases: { edges: { node: CaseChoice }[] } }>(CASE_CHOICES, {}, forwarded);
    return data.cases.edges.map((e) => e.node);
  } catch {
    return [];
  }
}
