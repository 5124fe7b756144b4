/** Cases and the roles entities have in them. */
import type { CaseRole } from "@casefile/schema/enums";
import type { CaseRow } from "../tables/index.js";
import type { SqlSession } from "./session.js";

export class CaseStore {
  constructor(private readonly session: SqlSession) {}

  /** Number of cases. */
  async count(): Promise<number> {
    return (await this.session.value<number>("SELECT count(*) FROM cases")) ?? 0;
  }

  /** Cases, most recently filed first (undated last), then by caption: `size` of them from `offset`. */
  pageOfCases(size: number, offset: number): Promise<CaseRow[]> {
    return this.session.all<CaseRow>("SELECT * FROM cases ORDER BY filed_date DESC NULLS LAST, caption, id LIMIT ? OFFSET ?", [
      size,
      offset,
    ]);
  }

  /** The id of the case with this slug, or undefined. */
  idOfSlug(slug: string): Promise<string | undefined> {
    return this.session.value<string>("SELECT id FROM cases WHERE slug = ?", [slug]);
  }

  /** The id of the entity's role `role` in the case, or undefined. */
  idOfRole(caseId: string, entityId: string, role: CaseRole): Promise<string | undefined> {
    return this.session.value<string>("SELECT id FROM case_roles WHERE case_id = ? AND entity_id = ? AND role = ?", [
      caseId,
      entityId,
      role,
    ]);
  }

  /** The position after the last of the case's roles of this kind (0 for the first). */
  async nextRolePosition(caseId: string, role: CaseRole): Promise<number> {
    return (
      (await this.session.value<number>("SELECT coalesce(max(position) + 1, 0) FROM case_roles WHERE case_id = ? AND role = ?", [
        caseId,
        role,
      ])) ?? 0
    );
  }
}
