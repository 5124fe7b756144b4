/**
 * A whole case (or the whole database) exported as an import bundle and imported into an empty
 * database answers the questions an analyst asks exactly as the original does.
 */
import type { SqliteStore as Store } from "@casefile/db";
import { exportBundle, loadBundle } from "@casefile/db/seed";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { csvRecordTypes, exportCsv } from "./csv.js";
import { exportCaseFtm, toFtmJsonLines } from "./ftm/index.js";
import { type TempStores, tempStores } from "./test/support.js";
import { exportWebAnnotations } from "./web-annotation.js";

let stores: TempStores;
beforeEach(() => {
  stores = tempStores();
});
afterEach(() => stores.cleanup());

/** Representative read queries about the case: what the dashboard and the API answer. */
const caseQueries: Record<string, string> = {
  case: "SELECT slug, caption, docket_number, court, status, filed_date, filed_date_precision, summary FROM cases WHERE slug = 'us-v-netyksho'",
  entitiesOfCaseByKind: `SELECT e.kind, count(DISTINCT e.id) FROM entities e JOIN case_roles r ON r.entity_id = e.id
                         WHERE r.case_id = 'us-v-netyksho' GROUP BY e.kind ORDER BY e.kind`,
  defendantsInOrder: `SELECT e.name, r.position, r.status FROM case_roles r JOIN entities e ON e.id = r.entity_id
                      WHERE r.case_id = 'us-v-netyksho' AND r.role = 'DEFENDANT' ORDER BY r.position`,
  defendantsByCount: `SELECT c.count_number, c.title, group_concat(d.entity_id, ',') FROM charges c
                      JOIN charge_defendants d ON d.charge_id = c.id WHERE c.case_id = 'us-v-netyksho'
                      GROUP BY c.id ORDER BY c.count_number`,
  netykshoRelationships: `SELECT predicate, object_id, status, confidence FROM relationships WHERE subject_id = 'person-netyksho'
                          UNION ALL SELECT predicate, subject_id, status, confidence FROM relationships WHERE object_id = 'person-netyksho'
                          ORDER BY 1, 2`,
  unit26165Network: `SELECT subject_id, predicate, object_id, start_date FROM relationships
                     WHERE subject_id = 'org-unit-26165' OR object_id = 'org-unit-26165' ORDER BY 1, 2, 3`,
  timeline:
    "SELECT date, date_precision, kind, title, place_id FROM events WHERE case_id = 'us-v-netyksho' ORDER BY range_start, id",
  eventParticipants: `SELECT p.event_id, p.entity_id, p.role FROM event_participants p JOIN events e ON e.id = p.event_id
                      WHERE e.case_id = 'us-v-netyksho' ORDER BY 1, 2, 3`,
  citationsOfNetyksho: `SELECT source_id, field, exact, prefix, suffix, start_offset, end_offset, locator, note FROM citations
                        WHERE target_type = 'ENTITY' AND target_id = 'person-netyksho' ORDER BY source_id, start_offset, locator`,
  citationsOfCount1: `SELECT c.source_id, c.exact, c.locator FROM citations c JOIN charges ch ON ch.id = c.target_id
                      WHERE c.target_type = 'CHARGE' AND ch.case_id = 'us-v-netyksho' AND ch.count_number = 1 ORDER BY 1, 2, 3`,
  articleText: "SELECT length(text), text_version FROM sources WHERE id = 'src-article'",
  openQuestionsOnEntities: `SELECT a.target_id, a.body, a.tags FROM annotations a WHERE a.status = 'OPEN' AND a.target_type = 'ENTITY'
                            AND a.target_id IN (SELECT entity_id FROM case_roles WHERE case_id = 'us-v-netyksho') ORDER BY 1, 2`,
  searchGuccifer: `SELECT e.id FROM entity_names_fts f JOIN entities e ON e.rowid = f.rowid
                   WHERE entity_names_fts MATCH '"guccifer"*' ORDER BY e.id`,
  searchFancyBear: `SELECT e.id FROM entity_names_fts f JOIN entities e ON e.rowid = f.rowid
                    WHERE entity_names_fts MATCH '"fancy" "bear"' ORDER BY e.id`,
  searchArticle: `SELECT s.id FROM sources_fts JOIN sources s ON s.rowid = sources_fts.rowid WHERE sources_fts MATCH '"spearphishing"'`,
};

/** Questions about the whole database (only the whole-database export must answer them alike). */
const databaseQueries: Record<string, string> = {
  entitiesByKind: "SELECT kind, count(*) FROM entities WHERE merged_into_id IS NULL GROUP BY kind ORDER BY kind",
  cases: "SELECT slug, caption, status FROM cases ORDER BY slug",
  quotesInArticle:
    "SELECT target_type, target_id, start_offset, end_offset FROM citations WHERE source_id = 'src-article' ORDER BY 3, 2, 1",
  allOpenQuestions: "SELECT target_type, target_id, body FROM annotations WHERE status = 'OPEN' ORDER BY 2, 3",
  unverifiedFacts: `SELECT 'entity', id FROM entities WHERE status = 'UNVERIFIED' UNION ALL
                    SELECT 'relationship', id FROM relationships WHERE status = 'UNVERIFIED' ORDER BY 1, 2`,
};

function answers(store: Store, queries: Record<string, string>) {
  return Object.fromEntries(Object.entries(queries).map(([name, sql]) => [name, store.sqlite.prepare(sql).raw().all()]));
}

/** Drops the record timestamps a re-import legitimately renews. */
function withoutTimestamps(csv: string): string {
  return csv.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, "<time>");
}

describe("export as a bundle, import into an empty database", () => {
  for (const scope of ["the whole database", "one case"] as const) {
    it(`gives identical answers (${scope})`, async () => {
      const original = stores.seeded("original");
      const bundle = JSON.parse(JSON.stringify(exportBundle(original, scope === "one case" ? "us-v-netyksho" : undefined)));
      const copy = stores.open("copy");
      loadBundle(copy, bundle);

      const queries = scope === "one case" ? caseQueries : { ...caseQueries, ...databaseQueries };
      const expected = answers(original, queries);
      expect(expected.defendantsInOrder).toHaveLength(12);
      expect(expected.searchGuccifer?.length).toBeGreaterThan(0);
      expect(expected.citationsOfNetyksho?.length).toBeGreaterThan(3);
      expect(answers(copy, queries)).toEqual(expected);

      // And this package's exports of the case are the same from either database.
      for (const type of csvRecordTypes) {
        expect(withoutTimestamps(await exportCsv(copy, type, { caseSlug: "us-v-netyksho" })), type).toBe(
          withoutTimestamps(await exportCsv(original, type, { caseSlug: "us-v-netyksho" })),
        );
      }
      expect(toFtmJsonLines((await exportCaseFtm(copy, "us-v-netyksho")).entities)).toBe(
        toFtmJsonLines((await exportCaseFtm(original, "us-v-netyksho")).entities),
      );
      const annotations = async (s: Store) =>
        withoutTimestamps(JSON.stringify(await exportWebAnnotations(s, { caseSlug: "us-v-netyksho" })));
      expect(await annotations(copy)).toBe(await annotations(original));
    });
  }
});
