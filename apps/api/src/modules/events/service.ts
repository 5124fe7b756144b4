/** Reading events: the timeline's date-ordered, keyset-paginated list. */
import { placeholders } from "@casefile/db";
import type { EventRow } from "@casefile/db/tables";
import { partialDate } from "@casefile/schema/dates";
import type { Context } from "../../context.js";
import type { EventFilter } from "../../generated/graphql.js";
import { type Connection, decodeCursor, encodeCursor, pageSize } from "../../lib/pagination.js";
import { caseIdForSlug, entityTypes, localIdOf } from "../../lib/resolve.js";

/** The expression of the span-class indexes (migration 0005); repeated exactly so they are used. */
const SPAN_CLASS =
  "(CASE WHEN julianday(e.range_end) - julianday(e.range_start) <= 31 THEN 0 WHEN julianday(e.range_end) - julianday(e.range_start) <= 366 THEN 1 WHEN julianday(e.range_end) - julianday(e.range_start) <= 1096 THEN 2 ELSE 3 END)";
const spanBranches = [
  { spanClass: 0, lookback: "-31 days" },
  { spanClass: 1, lookback: "-366 days" },
  { spanClass: 2, lookback: "-1096 days" },
  { spanClass: 3, lookback: null },
] as const;

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
  let from: string | null = null;
  if (filter.from != null) from = partialDate(filter.from).earliest;
  if (filter.to != null) {
    where.push("e.range_start <= ?");
    params.push(partialDate(filter.to).latest);
  }
  if (filter.kinds?.length) {
    where.push(`e.kind IN (${placeholders(filter.kinds.length)})`);
    params.push(...filter.kinds);
  }
  if (filter.isUncited != null)
    where.push(
      `${filter.isUncited ? "NOT " : ""}EXISTS (SELECT 1 FROM citations c WHERE c.target_id = e.id AND c.target_type = 'EVENT')`,
    );
  if (filter.participantId != null) {
    where.push("EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id AND p.entity_id = ?)");
    params.push(localIdOf(filter.participantId, entityTypes, "filter.participantId"));
  }

  // With a lower bound, one branch per span class, each bounded below (see migration 0005);
  // without one, a plain scan of the date index from the start.
  const branches: { where: string[]; params: unknown[] }[] = from
    ? spanBranches.map((branch) => ({
        where: [
          ...where,
          "e.range_end >= ?",
          `${SPAN_CLASS} = ${branch.spanClass}`,
          ...(branch.lookback ? ["e.range_start >= date(?, ?)"] : []),
        ],
        params: [...params, from, ...(branch.lookback ? [from, branch.lookback] : [])],
      }))
    : [{ where, params }];
  const whereOf = (w: string[]) => (w.length ? `WHERE ${w.join(" AND ")}` : "");
  const totalCount = branches.reduce(
    (sum, b) => sum + (ctx.queries.value<number>(`SELECT count(*) FROM events e ${whereOf(b.where)}`, b.params) ?? 0),
    0,
  );

  const isDescending = args.direction === "DESC";
  const direction = isDescending ? "DESC" : "ASC";
  const cursor = args.after ? decodeCursor(args.after, "after", isEventCursor).k : null;
  const parts = branches.map((b) => {
    const w = [...b.where];
    const p = [...b.params];
    if (cursor) {
      w.push(`(e.range_start, e.id) ${isDescending ? "<" : ">"} (?, ?)`);
      p.push(cursor[0], cursor[1]);
    }
    return {
      sql: `SELECT * FROM (SELECT e.* FROM events e ${whereOf(w)} ORDER BY e.range_start ${direction}, e.id ${direction} LIMIT ?)`,
      params: [...p, size + 1],
    };
  });
  const rows = ctx.queries.all<EventRow>(
    `SELECT * FROM (${parts.map((p) => p.sql).join(" UNION ALL ")}) ORDER BY range_start ${direction}, id ${direction} LIMIT ?`,
    [...parts.flatMap((p) => p.params), size + 1],
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
