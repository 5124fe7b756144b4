import type { SearchQuery } from "@/gql/graphql";

export type SearchResultNode = SearchQuery["search"]["edges"][number]["node"];

export const entityHref = (id: string) => `/entities/${encodeURIComponent(id)}`;
export const sourceHref = (id: string) => `/sources/${encodeURIComponent(id)}`;
export const caseHref = (slug: string) => `/cases/${encodeURIComponent(slug)}`;

/** Where a citation's passage is shown: the source reader scrolled to it. */
export function citationHref(sourceId: string, citationId: string): string {
  return `${sourceHref(sourceId)}#c-${encodeURIComponent(citationId)}`;
}

/** A record an annotation thread is about, with what is needed to find its page. */
export type ThreadTarget = {
  __typename?: string;
  id: string;
  slug?: string;
  name?: string;
  case?: { slug: string } | null;
  charge?: { id: string };
  defendant?: { id: string };
  entity?: { id: string };
  event?: { id: string };
  subject?: { id: string };
};

/**
 * The page that shows the record a thread is about, scrolled to the thread where the page lists
 * threads: a count, a defendant's link to a count, an entity, an event (and a participation in
 * it), a relationship, a source passage, the case; a role opens its entity's page.
 */
export function threadTargetHref(target: ThreadTarget | null | undefined, threadId: string, caseSlug?: string): string {
  const thread = encodeURIComponent(threadId);
  if (!target) return caseSlug ? `/questions?case=${encodeURIComponent(caseSlug)}` : "/questions";
  switch (target.__typename) {
    case "Source":
      return `${sourceHref(target.id)}#a-${thread}`;
    case "Charge":
      return `/charges/${encodeURIComponent(target.id)}#annotation-${thread}`;
    case "ChargeDefendant":
      if (target.charge && target.defendant)
        return `/charges/${encodeURIComponent(target.charge.id)}/defendants/${encodeURIComponent(target.defendant.id)}#annotation-${thread}`;
      break;
    case "Case":
      if (target.slug) return caseHref(target.slug);
      break;
    case "CaseRole":
      if (target.entity) return `${entityHref(target.entity.id)}#cases`;
      break;
    case "EventParticipant":
      if (target.event) return `/events/${encodeURIComponent(target.event.id)}#annotation-${thread}`;
      if (target.entity) return `${entityHref(target.entity.id)}#events`;
      break;
    case "Relationship":
      return `/relationships/${encodeURIComponent(target.id)}#annotation-${thread}`;
    case "Event":
      return `/events/${encodeURIComponent(target.id)}#annotation-${thread}`;
    default:
      if (target.name !== undefined) return `${entityHref(target.id)}#annotation-${thread}`;
  }
  return caseSlug ? `/questions?case=${encodeURIComponent(caseSlug)}#q-${thread}` : `/questions#q-${thread}`;
}

/** The page a search result opens. */
export function searchResultHref(result: SearchResultNode): string {
  const node = result.node;
  switch (node.__typename) {
    case "Source":
      return sourceHref(node.id);
    case "Event":
      return `/events/${encodeURIComponent(node.id)}`;
    case "Annotation":
      return threadTargetHref(node.target as ThreadTarget | null, node.id);
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
    const on =
      target && "name" in target
        ? target.name
        : target && "title" in target
          ? target.title
          : target && "countNumber" in target
            ? `count ${target.countNumber}`
            : target && "defendant" in target && "charge" in target
              ? `${target.defendant.name} in count ${target.charge.countNumber}`
              : target && "caption" in target
                ? target.caption
                : "a record";
    return `Note on ${on}`;
  }
  if ("name" in node && typeof node.name === "string") return node.name;
  return node.id;
}
