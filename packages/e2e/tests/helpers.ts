import { type APIRequestContext, expect, type Page } from "@playwright/test";

export const CASE_SLUG = "us-v-netyksho";

type GraphQLBody<T> = { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };

/** Runs a GraphQL operation through the dashboard's same-origin proxy (as the browser does). */
export async function gql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const body = await gqlRaw<T>(request, query, variables);
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
  return body.data as T;
}

/** The whole GraphQL answer, errors included (for checking refusals). */
export async function gqlRaw<T>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLBody<T>> {
  const response = await request.post("/graphql", { data: { query, variables } });
  return (await response.json()) as GraphQLBody<T>;
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

/**
 * The entity named exactly `text`, else the first match. The directory's text filter also matches
 * descriptions (twelve officers' descriptions name Unit 26165), so a whole page is read.
 */
export async function findEntity(request: APIRequestContext, text: string) {
  const data = await gql<{ entities: { edges: Array<{ node: { id: string; name: string; version: number } }> } }>(
    request,
    "query($t: String) { entities(first: 100, filter: { text: $t }) { edges { node { id name version } } } }",
    { t: text },
  );
  const node = data.entities.edges.map((e) => e.node).find((n) => n.name === text) ?? data.entities.edges[0]?.node;
  if (!node) throw new Error(`no entity matches ${text}`);
  return node;
}

/** Creates a person through the API (as the signed-in editor of `request`). */
export async function createPerson(request: APIRequestContext, name: string, extra: Record<string, unknown> = {}) {
  const data = await gql<{ createEntity: { entity: { id: string; version: number } } }>(
    request,
    "mutation($input: CreateEntityInput!) { createEntity(input: $input) { entity { id version } } }",
    { input: { kind: "PERSON", name, ...extra } },
  );
  return data.createEntity.entity;
}

/**
 * Selects `exact` in the source reader's text as a reader would with the mouse: a DOM Range over
 * the text nodes (the text is cut into highlight marks), then the selectionchange the page listens to.
 */
export async function selectPassage(page: Page, exact: string) {
  const root = page.getByTestId("source-text");
  await expect(root).toContainText(exact);
  await root.evaluate((element, quote) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const full = nodes.map((n) => n.data).join("");
    const start = full.indexOf(quote);
    if (start < 0) throw new Error(`"${quote}" is not in the text`);
    const end = start + quote.length;
    const at = (offset: number): [Text, number] => {
      let seen = 0;
      for (const n of nodes) {
        if (offset <= seen + n.data.length) return [n, offset - seen];
        seen += n.data.length;
      }
      const last = nodes[nodes.length - 1] as Text;
      return [last, last.data.length];
    };
    const range = document.createRange();
    range.setStart(...at(start));
    range.setEnd(...at(end));
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    element.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
  }, exact);
  await expect(page.getByTestId("selection-bar")).toContainText(exact.slice(0, 40));
}
