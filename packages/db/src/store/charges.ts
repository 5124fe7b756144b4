/** Counts of a case and the defendants charged in each. */
import type { ChargeRow } from "../tables/index.js";
import type { Page } from "./loader-kit.js";
import type { SqlSession } from "./session.js";

export class ChargeStore {
  constructor(private readonly session: SqlSession) {}

  /** Counts by case and number (of one case, or of all), `size` of them from `offset`, and how many match. */
  async pageOfCharges(caseId: string | null, size: number, offset: number): Promise<Page<ChargeRow>> {
    const where = caseId ? "WHERE case_id = ?" : "";
    const params = caseId ? [caseId] : [];
    const total = (await this.session.value<number>(`SELECT count(*) FROM charges ${where}`, params)) ?? 0;
    const rows = await this.session.all<ChargeRow>(
      `SELECT * FROM charges ${where} ORDER BY case_id, count_number LIMIT ? OFFSET ?`,
      [...params, size, offset],
    );
    return { rows, total };
  }

  /** The id of the case's count with this number, or undefined. */
  async idOfCount(caseId: string, countNumber: number): Promise<string | undefined> {
    return this.session.value<string>("SELECT id FROM charges WHERE case_id = ? AND count_number = ?", [caseId, countNumber]);
  }

  /** True when the entity is already a defendant in the count. */
  async isCharged(chargeId: string, entityId: string): Promise<boolean> {
    const found = await this.session.value<number>("SELECT 1 FROM charge_defendants WHERE charge_id = ? AND entity_id = ?", [
      chargeId,
      entityId,
    ]);
    return found !== undefined;
  }
}
