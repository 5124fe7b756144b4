import type { SearchQuery } from "@/gql/graphql";

export type SearchResultNode = SearchQuery["search"]["edges"][number]["node"];

export const entityHref = (id: string) => `/entities/${encodeURIComponent(id)}`;
export const sourceHref = (id: string) => `/sources/${encodeURIComponent(id)}`;
export const caseHref = (slug: string) => `/cases/${encodeURIComponent(slug)}`;

/** Where a citation's passage is shown: the source reader scrolled to it. */
export function citationHref(sourceId: string, citationId: string): string {
  return `${sourceHref(sourceId)}#c-${encodeURIComponent(citationId)}`;
}

/** The page a search result opens. */
export function searchResultHref(result: SearchResultNode): string {
  const node = result.node;
  switch (node.__typename) {
    case "Source":
      return sourceHref(node.id);
    case "Event":
      return `/events/${encodeURIComponent(node.id)}`;
    case "Annotation": {
      const target = node.target;
      if (target?.__typename === "Source") return `${sourceHref(target.id)}#a-${encodeURIComponent(node.id)}`;
      if (target && "name" in target) return `${entityHref(target.id)}#annotation-${encodeURIComponent(node.id)}`;
      return `/search?q=${encodeURIComponent(node.id)}`;
    }
    default:
      return entityHref(node.id);
  }
}

/** The title shown for a search result. */
export function searchResultTitle(result: SearchResultNode): string {
  // The API says what each result is called (for an annotation, what it annotates).
  if (result.label) return result.label;
  const node = result.node;
  if (node.__typename === "Source") return node.title;
  if (node.__typename === "Annotation") {
    const target = node.target;
    const on = target && "name" in target ? target.name : target && "title" in target ? target.title : "a record";
    return `Note on ${on}`;
  }
  if ("name" in node && typeof node.name === "string") return node.name;
  return node.id;
}
