import type { APIRequestContext } from "@playwright/test";

export const CASE_SLUG = "us-v-netyksho";

/** Runs a GraphQL operation through the dashboard's same-origin proxy (as the browser does). */
export async function gql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await request.post("/graphql", { data: { query, variables } });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
  return body.data as T;
}

export async function articleSource(request: APIRequestContext) {
  const data = await gql<{ sources: { edges: Array<{ node: { id: string; title: string; hasText: boolean } }> } }>(
    request,
    "{ sources(first: 50) { edges { node { id title hasText } } } }",
  );
  const source = data.sources.edges.map((e) => e.node).find((s) => s.hasText);
  if (!source) throw new Error("the seed has no source with text");
  return source;
}
