/** Annotation threads: the editors' list of open questions. */
import type { AnnotationStatus, TargetType } from "@casefile/schema/enums";
import type { AnnotationRow } from "../tables/index.js";
import type { Page } from "./loader-kit.js";
import { inList, type SqlSession } from "./session.js";

/** Which threads `pageOfThreads` lists (conditions combine with AND). */
export interface ThreadFilter {
  caseId?: string;
  status?: AnnotationStatus;
  tag?: string;
  targetTypes?: readonly TargetType[];
}

export class AnnotationStore {
  constructor(private readonly session: SqlSession) {}

  /** Thread starts (not replies), newest first, `size` of them from `offset`, and how many match. */
  async pageOfThreads(filter: ThreadFilter, size: number, offset: number): Promise<Page<AnnotationRow>> {
    const where = ["parent_id IS NULL"];
    const params: unknown[] = [];
    if (filter.caseId !== undefined) {
      where.push("case_id = ?");
      params.push(filter.caseId);
    }
    if (filter.status !== undefined) {
      where.push("status = ?");
      params.push(filter.status);
    }
    if (filter.tag !== undefined) {
      where.push(this.session.dialect.jsonArrayContains("annotations.tags"));
      params.push(filter.tag);
    }
    if (filter.targetTypes?.length) {
      const list = inList(filter.targetTypes);
      where.push(`target_type IN (${list.sql})`);
      params.push(...list.params);
    }
    const whereSql = `WHERE ${where.join(" AND ")}`;
    const total = (await this.session.value<number>(`SELECT count(*) FROM annotations ${whereSql}`, params)) ?? 0;
    const rows = await this.session.all<AnnotationRow>(
      `SELECT * FROM annotations ${whereSql} ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?`,
      [...params, size, offset],
    );
    return { rows, total };
  }
}
