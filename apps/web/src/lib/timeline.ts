import type { EventKind, TimelineEventsQuery } from "@/gql/graphql";
import { EVENT_KINDS } from "./enums";
import { listParam, param } from "./search-params";

export type TimelineEvent = TimelineEventsQuery["events"]["edges"][number]["node"];
export type TimelineView = { kinds: EventKind[]; participantId?: string; eventId?: string };

export function readTimelineView(params: Record<string, string | string[] | undefined>): TimelineView {
  return {
    kinds: listParam(params, "kind", EVENT_KINDS),
    participantId: param(params, "participant"),
    eventId: param(params, "event"),
  };
}

export function timelineFilter(slug: string, view: TimelineView) {
  return { caseSlug: slug, kinds: view.kinds.length > 0 ? view.kinds : undefined, participantId: view.participantId };
}

/** Date order: by the first day an event may cover, then by precision (a day before its month). */
export function sortByDate(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort(
    (a, b) =>
      a.range.start.localeCompare(b.range.start) || a.range.end.localeCompare(b.range.end) || a.title.localeCompare(b.title),
  );
}
