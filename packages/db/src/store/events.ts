/**
 * Events: the timeline (date-ordered keyset pages over date ranges, with filters) and the
 * participations an event's writes check.
 */
import type { EventKind } from "@casefile/schema/enums";
import type { EventRow } from "../tables/index.js";
import { inList, type SqlSession } from "./session.js";

/** One page of the timeline: what to keep, in which order, from where. */
export interface TimelineQuery {
  caseId?: string | null;
  /** Events whose range ends on or after this day (YYYY-MM-DD). */
  from?: string | null;
  /** Events whose range starts on or before this day (YYYY-MM-DD). */
  to?: string | null;
  kinds?: readonly EventKind[] | null;
  /** True: only events no citation is about; false: only cited ones. */
  isUncited?: boolean | null;
  /** Only events this entity takes part in. */
  participantId?: string | null;
  isDescending: boolean;
  /** The (range start, id) key the page starts after, in the page's order. */
  after?: readonly [string, string] | null;
  /** Rows to read at most. */
  limit: number;
}

export interface TimelinePage {
  /** In the page's order. */
  rows: EventRow[];
  /** Every event the filters keep. */
  totalCount: number;
}

/**
 * The span classes of migration 0005's indexes: events of up to 31, 366 and 1096 days, and longer
 * ones. An event of a class starts at most its span before the day it ends, so a lower bound on
 * the end bounds the start too (the longest class has no such bound).
 */
const spanBranches = [
  { spanClass: 0, lookbackDays: -31 },
  { spanClass: 1, lookbackDays: -366 },
  { spanClass: 2, lookbackDays: -1096 },
  { spanClass: 3, lookbackDays: null },
] as const;

export class EventStore {
  constructor(private readonly session: SqlSession) {}

  /** The expression of the span-class indexes (migration 0005); repeated exactly so they are used. */
  private spanClass(): string {
    const days = `${this.session.dialect.dayNumber("e.range_end")} - ${this.session.dialect.dayNumber("e.range_start")}`;
    return `(CASE WHEN ${days} <= 31 THEN 0 WHEN ${days} <= 366 THEN 1 WHEN ${days} <= 1096 THEN 2 ELSE 3 END)`;
  }

  /**
   * A page of the timeline and the count of all it keeps. An event counts when its date range
   * overlaps the requested one (a month-precision event counts if any day of its month does).
   */
  async timelinePage(query: TimelineQuery): Promise<TimelinePage> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.caseId != null) {
      where.push("e.case_id = ?");
      params.push(query.caseId);
    }
    if (query.to != null) {
      where.push("e.range_start <= ?");
      params.push(query.to);
    }
    if (query.kinds?.length) {
      const list = inList(query.kinds);
      where.push(`e.kind IN (${list.sql})`);
      params.push(...list.params);
    }
    if (query.isUncited != null)
      where.push(
        `${query.isUncited ? "NOT " : ""}EXISTS (SELECT 1 FROM citations c WHERE c.target_id = e.id AND c.target_type = 'EVENT')`,
      );
    if (query.participantId != null) {
      where.push("EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id AND p.entity_id = ?)");
      params.push(query.participantId);
    }

    // With a lower bound, one branch per span class, each bounded below (see migration 0005);
    // without one, a plain scan of the date index from the start.
    const from = query.from ?? null;
    const spanClass = from ? this.spanClass() : "";
    const branches: { where: string[]; params: unknown[] }[] = from
      ? spanBranches.map((branch) => {
          const lookback = branch.lookbackDays === null ? null : this.session.dialect.addDays(from, branch.lookbackDays);
          return {
            where: [
              ...where,
              "e.range_end >= ?",
              `${spanClass} = ${branch.spanClass}`,
              ...(lookback ? [`e.range_start >= ${lookback.sql}`] : []),
            ],
            params: [...params, from, ...(lookback ? lookback.params : [])],
          };
        })
      : [{ where, params }];
    const whereOf = (w: string[]) => (w.length ? `WHERE ${w.join(" AND ")}` : "");
    let totalCount = 0;
    for (const b of branches)
      totalCount += (await this.session.value<number>(`SELECT count(*) FROM events e ${whereOf(b.where)}`, b.params)) ?? 0;

    const direction = query.isDescending ? "DESC" : "ASC";
    const cursor = query.after ?? null;
    const parts = branches.map((b) => {
      const w = [...b.where];
      const p = [...b.params];
      if (cursor) {
        w.push(`(e.range_start, e.id) ${query.isDescending ? "<" : ">"} (?, ?)`);
        p.push(cursor[0], cursor[1]);
      }
      return {
        sql: `SELECT * FROM (SELECT e.* FROM events e ${whereOf(w)} ORDER BY e.range_start ${direction}, e.id ${direction} LIMIT ?) AS span`,
        params: [...p, query.limit],
      };
    });
    const rows = await this.session.all<EventRow>(
      `SELECT * FROM (${parts.map((p) => p.sql).join(" UNION ALL ")}) AS timeline ORDER BY range_start ${direction}, id ${direction} LIMIT ?`,
      [...parts.flatMap((p) => p.params), query.limit],
    );
    return { rows, totalCount };
  }

  /** The participation of an entity in an event in a role, if there is one (its id). */
  participationId(eventId: string, entityId: string, role: string): Promise<string | undefined> {
    return this.session.value<string>("SELECT id FROM event_participants WHERE event_id = ? AND entity_id = ? AND role = ?", [
      eventId,
      entityId,
      role,
    ]);
  }
}
