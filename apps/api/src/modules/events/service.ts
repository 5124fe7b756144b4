/** Reading events: the timeline's date-ordered, keyset-paginated list. */
import type { EventRow } from "@casefile/db/tables";
import { partialDate } from "@casefile/schema/dates";
import type { Context } from "../../context.js";
import type { EventFilter } from "../../generated/graphql.js";
import { type Connection, decodeCursor, encodeCursor, pageSize } from "../../lib/pagination.js";
import { caseIdForSlug, entityTypes, localIdOf } from "../../lib/resolve.js";

type EventCursor = { k: [string, string] };
const isEventCursor = (v: unknown): v is EventCursor =>
  typeof v === "object" && v !== null && Array.isArray((v as EventCursor).k) && (v as EventCursor).k.length === 2;

export async function findEvents(
  ctx: Context,
  args: { filter?: EventFilter | null; direction?: "ASC" | "DESC" | null; first?: number | null; after?: string | null },
): Promise<Connection<EventRow>> {
  const { size } = pageSize(args);
  const filter = args.filter ?? {};
  const caseId = filter.caseSlug != null ? await caseIdForSlug(ctx, filter.caseSlug, "filter.caseSlug") : null;
  // Overlap with the requested range: a month-precision event counts if any day of its month does.
  const from = filter.from != null ? partialDate(filter.from).earliest : null;
  const to = filter.to != null ? partialDate(filter.to).latest : null;
  const participantId =
    filter.participantId != null ? localIdOf(filter.participantId, entityTypes, "filter.participantId") : null;
  const cursor = args.after ? decodeCursor(args.after, "after", isEventCursor).k : null;
  const { rows, totalCount } = await ctx.store.events.timelinePage({
    caseId,
    from,
    to,
    kinds: filter.kinds,
    isUncited: filter.isUncited,
    participantId,
    isDescending: args.direction === "DESC",
    after: cursor,
    limit: size + 1,
  });
  const page = rows.slice(0, size);
  const cursorOf = (row: EventRow) => encodeCursor({ k: [row.rangeStart, row.id] });
  return {
    edges: page.map((node) => ({ cursor: cursorOf(node), node })),
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: args.after != null,
      startCursor: page[0] ? cursorOf(page[0]) : null,
      endCursor: page.at(-1) ? cursorOf(page.at(-1) as EventRow) : null,
    },
    totalCount,
  };
}
