/**
 * Sources and the citations that quote them: the directory of sources, the list of citations,
 * what quotes a source (to re-anchor it when its text changes), and the questions the citation
 * rules ask (is this citation a duplicate, does anything still cite this source).
 */
import type { SourceKind, TargetType } from "@casefile/schema/enums";
import type { AnnotationRow, CitationRow, SourceRow } from "../tables/index.js";
import type { Page } from "./loader-kit.js";
import { inList, type SqlSession } from "./session.js";

/** Which citations `pageOfCitations` lists (conditions combine with AND). */
export interface CitationListFilter {
  sourceId?: string;
  targetId?: string;
  isOrphaned?: boolean;
}

/** What makes two citations the same: record, field, source, and the quoted passage or the locator. */
export interface CitationIdentity {
  sourceId: string;
  targetType: TargetType;
  targetId: string;
  field: string | null;
  /** The quoted text; null for a citation by locator. */
  exact: string | null;
  startOffset: number | null;
  locator: string | null;
}

/** Everything anchored in a source's text. */
export interface SourceQuotes {
  citations: CitationRow[];
  annotations: AnnotationRow[];
}

export class SourceStore {
  constructor(private readonly session: SqlSession) {}

  /** Sources by title (optionally of some kinds), `size` of them from `offset`, and how many match. */
  async pageOfSources(kinds: readonly SourceKind[], size: number, offset: number): Promise<Page<SourceRow>> {
    const list = inList(kinds);
    const where = kinds.length ? `WHERE kind IN (${list.sql})` : "";
    const total = (await this.session.value<number>(`SELECT count(*) FROM sources ${where}`, list.params)) ?? 0;
    const rows = await this.session.all<SourceRow>(`SELECT * FROM sources ${where} ORDER BY title, id LIMIT ? OFFSET ?`, [
      ...list.params,
      size,
      offset,
    ]);
    return { rows, total };
  }

  /** Citations in the order they were made, `size` of them from `offset`, and how many match. */
  async pageOfCitations(filter: CitationListFilter, size: number, offset: number): Promise<Page<CitationRow>> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.sourceId !== undefined) {
      where.push("source_id = ?");
      params.push(filter.sourceId);
    }
    if (filter.targetId !== undefined) {
      where.push("target_id = ?");
      params.push(filter.targetId);
    }
    if (filter.isOrphaned !== undefined) {
      where.push("is_orphaned = ?");
      params.push(this.session.dialect.boolean(filter.isOrphaned));
    }
    const whereSql = where.length ? `WHERE ${where.join(" AND ")}` : "";
    const total = (await this.session.value<number>(`SELECT count(*) FROM citations ${whereSql}`, params)) ?? 0;
    const rows = await this.session.all<CitationRow>(
      `SELECT * FROM citations ${whereSql} ORDER BY created_at, id LIMIT ? OFFSET ?`,
      [...params, size, offset],
    );
    return { rows, total };
  }

  /** The citations and the annotations that quote a passage of the source, each by id. */
  async quotesOf(sourceId: string): Promise<SourceQuotes> {
    const citations = await this.session.all<CitationRow>(
      "SELECT * FROM citations WHERE source_id = ? AND exact IS NOT NULL ORDER BY id",
      [sourceId],
    );
    const annotations = await this.session.all<AnnotationRow>(
      "SELECT * FROM annotations WHERE target_type = 'SOURCE' AND target_id = ? AND exact IS NOT NULL ORDER BY id",
      [sourceId],
    );
    return { citations, annotations };
  }

  /** Number of citations of the source. */
  async countCitations(sourceId: string): Promise<number> {
    return (await this.session.value<number>("SELECT count(*) FROM citations WHERE source_id = ?", [sourceId])) ?? 0;
  }

  /**
   * A citation with the same identity: same record, field and source, and the same quoted passage
   * (text and position) or, without a quote, the same locator. Undefined when there is none.
   */
  async findSameCitation(c: CitationIdentity): Promise<CitationRow | undefined> {
    const { isNotDistinct } = this.session.dialect;
    const same = `source_id = ? AND target_type = ? AND target_id = ? AND ${isNotDistinct("field", "?")}`;
    const params = [c.sourceId, c.targetType, c.targetId, c.field];
    return c.exact !== null
      ? this.session.get<CitationRow>(
          `SELECT * FROM citations WHERE ${same} AND exact = ? AND ${isNotDistinct("start_offset", "?")} LIMIT 1`,
          [...params, c.exact, c.startOffset],
        )
      : this.session.get<CitationRow>(
          `SELECT * FROM citations WHERE ${same} AND exact IS NULL AND ${isNotDistinct("locator", "?")} LIMIT 1`,
          [...params, c.locator],
        );
  }
}
