/**
 * Many cases in one database: a second case's bundle cannot harm the first. Uses a real second
 * case (test-fixtures/us-v-andrienko: the October 2020 indictment of six GRU Unit 74455
 * officers, one of them also a defendant of the seeded case) beside the seed.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { derivedTables, openMigratedStore, type SqliteStore as Store } from "../index.js";
import { BundleError, checkBundle, exportBundle, loadBundle, loadBundleFile } from "./seed/index.js";

const seedBundle = fileURLToPath(new URL("../../../../seeds/us-v-netyksho/bundle.json", import.meta.url));
const secondCase = fileURLToPath(new URL("../../test-fixtures/us-v-andrienko/bundle.json", import.meta.url));
const readSecondCase = () => JSON.parse(readFileSync(secondCase, "utf8"));

let dir: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "casefile-bundles-"));
  store = openMigratedStore(join(dir, "test.db"));
  loadBundleFile(store, seedBundle);
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every row of every table (revisions aside), keyed by table and id. */
function rowsById(s: Store): Map<string, unknown> {
  const tables = s.sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' AND name NOT LIKE '__drizzle%' AND name <> 'revisions'",
    )
    .pluck()
    .all() as string[];
  // Search indexes and their vocabularies are derived from the tables compared here.
  const derived = derivedTables(s);
  const out = new Map<string, unknown>();
  for (const t of tables.filter((name) => !derived.has(name))) {
    for (const row of s.sqlite.prepare(`SELECT rowid AS _rowid, * FROM ${t}`).all() as Record<string, unknown>[]) {
      out.set(`${t}:${row.id ?? row._rowid}`, row);
    }
  }
  return out;
}

function bundleError(run: () => unknown): BundleError {
  try {
    run();
  } catch (error) {
    if (error instanceof BundleError) return error;
    throw error;
  }
  throw new Error("expected a BundleError");
}

const entity = (id: string) => store.sqlite.prepare("SELECT * FROM entities WHERE id = ?").get(id) as Record<string, unknown>;

describe("a second case beside the first", () => {
  it("loads without changing a single record of the first case", () => {
    const before = rowsById(store);
    const result = loadBundleFile(store, secondCase);
    expect(result.updated).toBe(0);
    const after = rowsById(store);
    for (const [key, row] of before) expect(after.get(key), key).toEqual(row);

    // The shared GRU is untouched; Kovalev is a defendant of both cases; the first case keeps its counts.
    expect(entity("org-gru")).toMatchObject({
      status: "CONFIRMED",
      confidence: 95,
      country: "Russia",
      parent_id: "org-general-staff",
    });
    const kovalevCases = store.sqlite
      .prepare("SELECT case_id FROM case_roles WHERE entity_id = 'person-kovalev' AND role = 'DEFENDANT' ORDER BY case_id")
      .pluck()
      .all();
    expect(kovalevCases).toEqual(["us-v-andrienko", "us-v-netyksho"]);
    const counts = store.sqlite
      .prepare("SELECT count_number FROM charges WHERE case_id = 'us-v-netyksho' ORDER BY 1")
      .pluck()
      .all();
    expect(counts).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    // A reference's citation is added beside the entity's citations, never in place of one.
    const unitCitations = store.sqlite
      .prepare("SELECT source_id FROM citations WHERE target_type = 'ENTITY' AND target_id = 'org-unit-74455'")
      .pluck()
      .all();
    expect(unitCitations.filter((s) => s === "src-doj-andrienko")).toHaveLength(1);
    expect(unitCitations.length).toBeGreaterThan(1);

    // Loading it again changes nothing.
    const again = loadBundleFile(store, secondCase);
    expect(again).toMatchObject({ created: 0, updated: 0 });
  });

  it("refuses an id that belongs to another case's record, naming the record, the case and a fix", () => {
    const bundle = readSecondCase();
    bundle.charges[0].id = "charge-count-1";
    const before = rowsById(store);
    const error = bundleError(() => loadBundle(store, bundle));
    expect(error.issues).toContainEqual({
      path: "$.charges[0].id",
      message: expect.stringMatching(
        /"charge-count-1" already belongs to count 1 .* of case "us-v-netyksho".*"us-v-andrienko-charge-count-1"/,
      ),
    });
    // The refused charge's nested records are not reported again.
    expect(error.issues.filter((i) => i.path.startsWith("$.charges[0].defendants"))).toHaveLength(0);
    expect(rowsById(store)).toEqual(before);
  });

  it("refuses a reference to an entity that does not exist, and an entity restated with another kind", () => {
    const bundle = readSecondCase();
    bundle.entities.push({ ref: "org-nowhere", roles: [] });
    bundle.entities.push({ id: "org-gru", kind: "PERSON", name: "GRU" });
    const error = bundleError(() => loadBundle(store, bundle));
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: "$.entities[4].ref", message: expect.stringContaining('no entity "org-nowhere"') },
        { path: "$.entities[5].kind", message: expect.stringContaining("is a ORGANIZATION in the database") },
      ]),
    );
  });

  it("explains the reference form when an existing entity is named without its kind", () => {
    const error = bundleError(() =>
      loadBundle(store, { format: "casefile-bundle", version: 1, entities: [{ id: "org-gru", roles: [] }] }),
    );
    expect(error.issues).toEqual([{ path: "$.entities[0]", message: expect.stringContaining('{ "ref": "org-gru"') }]);
  });
});

describe("updates say what they change", () => {
  const gru = { id: "org-gru", kind: "ORGANIZATION", name: "GRU", organizationKind: "INTELLIGENCE_AGENCY" };

  it("leaves the fields a restatement omits alone (status and confidence included)", () => {
    const before = entity("org-gru");
    const result = loadBundle(store, { format: "casefile-bundle", version: 1, entities: [gru] });
    expect(result).toMatchObject({ created: 0, updated: 0 });
    expect(entity("org-gru")).toEqual(before);
    expect(JSON.parse(before.aliases as string)).toEqual(["Main Intelligence Directorate of the General Staff"]);
  });

  it("refuses to change an entity another case uses unless the bundle says updateShared", () => {
    const before = rowsById(store);
    const cleared = { ...gru, description: null };
    const error = bundleError(() => loadBundle(store, { format: "casefile-bundle", version: 1, cases: [], entities: [cleared] }));
    expect(error.issues).toEqual([
      {
        path: "$.entities[0]",
        message: expect.stringMatching(
          /shared organization "org-gru" \(also used by case "us-v-netyksho"\): description: ".*" → \(none\).*"ref": "org-gru"/,
        ),
      },
    ]);
    expect(rowsById(store)).toEqual(before);

    // An explicit null clears, and only that field.
    const result = loadBundle(store, { format: "casefile-bundle", version: 1, entities: [{ ...cleared, updateShared: true }] });
    expect(result.updated).toBe(1);
    expect(result.outside).toEqual([
      expect.objectContaining({
        table: "entities",
        action: "update",
        changes: [expect.objectContaining({ field: "description", after: null })],
      }),
    ]);
    expect(entity("org-gru")).toMatchObject({ description: null, status: "CONFIRMED", confidence: 95, country: "Russia" });
  });

  it("matches citations by what they say: restating one with a new note updates it, a new one is added", () => {
    const own = {
      id: "us-v-netyksho",
      slug: "us-v-netyksho",
      caption: "United States v. Viktor Borisovich Netyksho et al.",
      status: "INDICTED",
    };
    const caseRow = store.sqlite.prepare("SELECT caption, status FROM cases WHERE id = 'us-v-netyksho'").get() as {
      caption: string;
      status: string;
    };
    const citationsBefore = store.sqlite
      .prepare("SELECT * FROM citations WHERE target_id = 'us-v-netyksho' ORDER BY rowid")
      .all();
    loadBundle(store, {
      format: "casefile-bundle",
      version: 1,
      cases: [
        {
          ...own,
          caption: caseRow.caption,
          status: caseRow.status,
          citations: [{ source: "src-media", locator: "Press coverage" }],
        },
      ],
    });
    const citationsAfter = store.sqlite.prepare("SELECT * FROM citations WHERE target_id = 'us-v-netyksho' ORDER BY rowid").all();
    expect(citationsAfter.slice(0, citationsBefore.length)).toEqual(citationsBefore);
    expect(citationsAfter).toHaveLength(citationsBefore.length + 1);
  });
});

describe("problems", () => {
  it("are all reported in one pass: schema, references, quotes and collisions", () => {
    const bundle = readSecondCase();
    bundle.entities[0].name = ""; // schema
    bundle.relationships[0].object = "org-missing"; // reference
    bundle.entities[0].citations = [{ source: "src-article", quote: { exact: "not in the article" } }]; // quote
    bundle.charges[0].id = "charge-count-1"; // collision
    const error = bundleError(() => loadBundle(store, bundle));
    expect(error.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(["$.entities[0].name", "$.relationships[0].object", "$.charges[0].id"]),
    );
    // The entity the schema refused is not reported again as missing where it is referenced.
    expect(error.issues.filter((i) => i.message.includes("us-v-andrienko-person-andrienko"))).toEqual([]);

    const fixed = readSecondCase();
    fixed.relationships[0].object = "org-missing";
    fixed.entities[0].citations = [{ source: "src-article", quote: { exact: "not in the article" } }];
    fixed.charges[0].id = "charge-count-1";
    fixed.cases[0].status = "SOMEWHERE";
    const four = bundleError(() => loadBundle(store, fixed));
    expect(four.issues.map((i) => i.path).sort()).toEqual(
      ["$.cases[0].status", "$.charges[0].id", "$.entities[0].citations[0].quote.exact", "$.relationships[0].object"].sort(),
    );
  });

  it("give line and column (and the line) for a JSON syntax error", () => {
    const file = join(dir, "broken.json");
    writeFileSync(file, '{\n  "format": "casefile-bundle",\n  "version": 1\n  "cases": []\n}\n');
    const error = bundleError(() => loadBundleFile(store, file));
    expect(error.issues).toEqual([
      {
        path: `${file}: line 4, column 3`,
        message: expect.stringContaining('expected a comma (,) or a closing }\n      "cases": []\n      ^'),
      },
    ]);
  });
});

describe("a dry run", () => {
  it("plans per case and table, lists what it would add to shared records, and writes nothing", () => {
    const before = rowsById(store);
    const revisions = store.sqlite.prepare("SELECT count(*) FROM revisions").pluck().get();
    const result = loadBundle(store, readSecondCase(), { dryRun: true });
    expect(result.dryRun).toBe(true);
    expect(rowsById(store)).toEqual(before);
    expect(store.sqlite.prepare("SELECT count(*) FROM revisions").pluck().get()).toBe(revisions);
    expect(result.byCase["us-v-andrienko"]).toMatchObject({
      cases: { created: 1, updated: 0, unchanged: 0 },
      charges: { created: 1, updated: 0, unchanged: 0 },
      case_roles: { created: 4, updated: 0, unchanged: 0 },
    });
    // Citations added to entities of the first case are listed as outside the bundle's case.
    expect(result.outside.map((r) => `${r.action} ${r.table} ${r.row.targetId}`)).toEqual(
      expect.arrayContaining(["create citations person-kovalev", "create citations org-unit-74455"]),
    );
  });
});

describe("check without a database", () => {
  it("resolves references inside the bundle only, and with a database against it", () => {
    const bundle = readSecondCase();
    const alone = checkBundle(null, bundle);
    expect(alone.issues.map((i) => i.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('no entity "person-kovalev"'),
        expect.stringContaining('no entity "org-gru"'),
      ]),
    );
    expect(checkBundle(store, bundle).issues).toEqual([]);
  });
});

describe("the seeded case", () => {
  it("holds its twelve defendants in indictment order and counts 1 to 11", () => {
    const positions = store.sqlite
      .prepare("SELECT position FROM case_roles WHERE case_id = 'us-v-netyksho' AND role = 'DEFENDANT' ORDER BY position")
      .pluck()
      .all();
    expect(positions).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    const counts = store.sqlite
      .prepare("SELECT count_number FROM charges WHERE case_id = 'us-v-netyksho' ORDER BY 1")
      .pluck()
      .all();
    expect(counts).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
  });
});

describe("a full export under the bundle rules", () => {
  it("loads into an empty database without updateShared, and loading it again plans and changes nothing", () => {
    // Two cases sharing entities (the GRU, Kovalev), every account with its password hash.
    loadBundleFile(store, secondCase);
    const everything = JSON.parse(JSON.stringify(exportBundle(store, undefined, { includeAccounts: true })));
    expect(everything.cases.map((c: { slug: string }) => c.slug)).toEqual(
      expect.arrayContaining(["us-v-andrienko", "us-v-netyksho"]),
    );

    const empty = openMigratedStore(join(dir, "empty.db"));
    try {
      const loaded = loadBundle(empty, everything, { allowAccountSecrets: true });
      expect(loaded).toMatchObject({ updated: 0, unchanged: 0 });
      expect(loaded.created).toBeGreaterThan(100);
      const before = rowsById(empty);
      const dry = loadBundle(empty, everything, { allowAccountSecrets: true, dryRun: true });
      expect(dry).toMatchObject({ created: 0, updated: 0, outside: [] });
      const again = loadBundle(empty, everything, { allowAccountSecrets: true });
      expect(again).toMatchObject({ created: 0, updated: 0, unchanged: loaded.created });
      expect(rowsById(empty)).toEqual(before);
    } finally {
      empty.close();
    }
    // And into the database it came from: nothing to change, nothing refused.
    expect(loadBundle(store, everything, { allowAccountSecrets: true })).toMatchObject({ created: 0, updated: 0 });
  });

  it("writes createdAt, updatedAt and version only when it creates a record: never a change to an existing one", () => {
    const exported = {
      format: "casefile-bundle",
      version: 1,
      cases: [
        {
          id: "us-v-example",
          slug: "us-v-example",
          caption: "United States v. Example",
          status: "INVESTIGATION",
          createdAt: "2020-01-02T03:04:05.000Z",
          updatedAt: "2020-02-03T04:05:06.000Z",
          version: 4,
        },
      ],
    };
    loadBundle(store, exported);
    const row = () =>
      store.sqlite.prepare("SELECT caption, created_at, updated_at, version FROM cases WHERE id = 'us-v-example'").get();
    expect(row()).toEqual({
      caption: "United States v. Example",
      created_at: "2020-01-02T03:04:05.000Z",
      updated_at: "2020-02-03T04:05:06.000Z",
      version: 4,
    });
    // Other history in the bundle is not a change; a changed caption is, and only it.
    const later = structuredClone(exported);
    Object.assign(later.cases[0] as object, { createdAt: "2021-01-01T00:00:00.000Z", version: 9 });
    expect(loadBundle(store, later)).toMatchObject({ created: 0, updated: 0 });
    (later.cases[0] as { caption: string }).caption = "United States v. Example et al.";
    const dry = loadBundle(store, later, { dryRun: true });
    expect(dry.updated).toBe(1);
    loadBundle(store, later);
    expect(row()).toMatchObject({
      caption: "United States v. Example et al.",
      created_at: "2020-01-02T03:04:05.000Z",
      version: 5,
    });
  });
});
