/** Reading events: the timeline's date-ordered, keyset-paginated list. */
import { placeholders } from "@casefile/db";
import { partialDate } from "@casefile/schema/dates";
import type { EventRow } from "@casefile/schema/tables";
import type { EventFilter } from "@casefile/schema/types";
import type { Context } from "../../context.js";
import { type Connection, decodeCursor, encodeCursor, pageSize } from "../../lib/pagination.js";
import { caseIdForSlug, localIdOf, entityTypes } from "../../lib/resolve.js";

type EventCursor = { k: [string, string] };
const isEventCursor = (v: unknown): v is EventCursor =>
  typeof v === "object" && v !== null && Array.isArray((v as EventCursor).k) && (v as EventCursor).k.length === 2;

export async function findEvents(
  ctx: Context,
  args: { filter?: EventFilter | null; direction?: "ASC" | "DESC" | null; first?: number | null; after?: string | null },
): Promise<Connection<EventRow>> {
  const { size } = pageSize(args);
  const where: string[] = [];
  const params: unknown[] = [];
  const filter = args.filter ?? {};
  if (filter.caseSlug != null) {
    where.push("e.case_id = ?");
    params.push(await caseIdForSlug(ctx, filter.caseSlug, "filter.caseSlug"));
  }
  // Overlap with the requested range: a month-precision event counts if any day of its month does.
  if (filter.from != null) {
    where.push("e.range_end >= ?");
    params.push(partialDate(filter.from).earliest);
  }
  if (filter.to != null) {
    where.push("e.range_start <= ?");
    params.push(partialDate(filter.to).latest);
  }
  if (filter.kinds?.length) {
    where.push(`e.kind IN (${placeholders(filter.kinds.length)})`);
    params.push(...filter.kinds);
  }
  if (filter.participantId != null) {
    where.push("EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id AND p.entity_id = ?)");
    params.push(localIdOf(filter.participantId, entityTypes, "filter.participantId"));
  }
  const whereSql = where.length ? `WHERE ${where.join(" AND ")}` : "";
  const totalCount = ctx.queries.value<number>(`SELECT count(*) FROM events e ${whereSql}`, params) ?? 0;

  const isDescending = args.direction === "DESC";
  const pageWhere = [...where];
  const pageParams = [...params];
  if (args.after) {
    const { k } = decodeCursor(args.after, "after", isEventCursor);
    pageWhere.push(`(e.range_start, e.id) ${isDescending ? "<" : ">"} (?, ?)`);
    pageParams.push(k[0], k[1]);
  }
  const direction = isDescending ? "DESC" : "ASC";
  const rows = ctx.queries.all<EventRow>(
    `SELECT e.* FROM events e ${pageWhere.length ? `WHERE ${pageWhere.join(" AND ")}` : ""}
     ORDER BY e.range_start ${direction}, e.id ${direction} LIMIT ?`,
    [...pageParams, size + 1],
  );
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
