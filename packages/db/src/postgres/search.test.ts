/**
 * PostgreSQL's search index beyond the shared conformance suite: what its triggers keep current
 * (updates, deletes, bulk inserts, the name vocabulary), how text is split into words whatever
 * the punctuation, rankings past RANK_LIMIT, and the migration indexing the records already there.
 */
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { RANK_LIMIT, SEARCH_WINDOW, searchTerms } from "../store/search.js";
import { startThrowawayCluster, type ThrowawayCluster } from "./cluster.js";
import { migratePostgres, openPostgresStore, type PostgresStore, postgresMigrations } from "./store.js";

let cluster: ThrowawayCluster;
let count = 0;

beforeAll(async () => {
  cluster = await startThrowawayCluster();
}, 60_000);
afterAll(() => cluster?.stop());

const everywhere = { caseId: null, deadline: { check() {} } };

describe("PostgreSQL search index", () => {
  let store: PostgresStore;
  let name: string;

  beforeEach(async () => {
    name = `search_${++count}`;
    const url = cluster.createDatabase(name);
    await migratePostgres(url);
    store = openPostgresStore(url, { poolSize: 2 });
    return async () => {
      await store.close();
      cluster.dropDatabase(name);
    };
  });

  const byName = async (text: string) => {
    const matches = await store.search.rankNames("entities", searchTerms(text), everywhere);
    return [
      ...(
        await store.search.names(
          "entities",
          matches.map((m) => m.key),
        )
      ).values(),
    ];
  };
  const byWords = async (text: string) => {
    const matches = await store.search.rankWords("entities", searchTerms(text), everywhere);
    return [
      ...(
        await store.search.names(
          "entities",
          matches.map((m) => m.key),
        )
      ).values(),
    ];
  };

  it("splits text into runs of letters and digits, folded, whatever the punctuation", async () => {
    await store.write(async (tx) => {
      await tx.records.insert("entities", {
        id: "ent_punct",
        kind: "PERSON",
        name: "Jean-Pierre Müller",
        aliases: ["fancybear.net", "jp@example.org"],
        description: "Signed as “Orlov”—twice… and (once) as ‘Orlova’; see «Dossier»/2016.",
      });
    });
    for (const text of ["Jean", "Pierre", "muller", "Müller", "fancybear", "net", "example org"]) {
      expect(await byName(text), text).toEqual(["Jean-Pierre Müller"]);
    }
    for (const text of ["Orlov", "twice", "once Orlova", "dossier 2016", '"as Orlova"']) {
      expect(await byWords(text), text).toEqual(["Jean-Pierre Müller"]);
    }
    expect(await store.search.isNameWord("muller")).toBe(true);
    expect(await store.search.isNameWord("fancybear")).toBe(true);
    expect(await store.search.isNameWord("jean-pierre")).toBe(false);
    expect(await store.search.isNameWord("fancybear.net")).toBe(false);
    // The interop name lookup (dialect.entityNameMatch) reads the same index: whole words, folded.
    expect((await store.interop.entitiesNamed("muller jean")).map((e) => e.id)).toEqual(["ent_punct"]);
    expect(await store.interop.entitiesNamed("mull")).toEqual([]);
  });

  it("follows updates and deletes, in rankings and in the name vocabulary", async () => {
    await store.write(async (tx) => {
      await tx.records.insert("entities", { id: "ent_a", kind: "PERSON", name: "Quentin Arbogast", description: "courier" });
      await tx.records.insert("entities", { id: "ent_b", kind: "PERSON", name: "Quentin Belyaev" });
    });
    expect(await store.search.nameWordsStartingWith("quentin", 10)).toEqual([{ word: "quentin", records: 2 }]);

    await store.write(async (tx) => {
      await tx.records.update("entities", { id: "ent_a", version: 1 }, { name: "Rufus Arbogast", description: "smuggler" });
    });
    expect(await byName("Quentin")).toEqual(["Quentin Belyaev"]);
    expect(await byName("Rufus")).toEqual(["Rufus Arbogast"]);
    expect(await byWords("smugglers")).toEqual(["Rufus Arbogast"]);
    expect(await byWords("courier")).toEqual([]);
    expect(await store.search.nameWordsStartingWith("quentin", 10)).toEqual([{ word: "quentin", records: 1 }]);
    expect(await store.search.isNameWord("rufus")).toBe(true);
    expect(await store.search.directoryFilter("smuggler")?.count()).toBe(1);

    await store.write(async (tx) => {
      await tx.records.delete("entities", "ent_b");
    });
    expect(await byName("Quentin")).toEqual([]);
    expect(await store.search.isNameWord("quentin")).toBe(false);
    expect(await store.search.isNameWord("belyaev")).toBe(false);
    expect(await store.search.nameWordsStartingWith("arbogast", 10)).toEqual([{ word: "arbogast", records: 1 }]);
  });

  it("indexes a source text of more distinct words than one tsvector holds, as far as it fits", async () => {
    // 120,000 distinct 40-character words (about 5 MB of lexemes) after a known first word.
    const text = `quillwort ${Array.from({ length: 120_000 }, (_, i) => `h${i.toString(16).padStart(39, "0")}`).join(" ")}`;
    await store.write(async (tx) => {
      await tx.records.insert("sources", { id: "src_hashes", kind: "REPORT", title: "Appendix of hashes", text });
    });
    const [match] = await store.search.rankWords("sources", searchTerms("quillwort"), everywhere);
    expect((await store.search.records("sources", [match?.key ?? -1])).get(match?.key ?? -1)?.row.id).toBe("src_hashes");
  }, 60_000);

  it("ranks past RANK_LIMIT matches among the most recently added, and answers words too long to index with nothing", async () => {
    await store.write(async (tx) => {
      // One statement inserting many rows: the insert trigger indexes them as a set.
      await tx.session.run(
        `INSERT INTO entities (id, kind, name, description)
         SELECT 'ent_bulk_' || lpad(g::text, 6, '0'), 'PERSON', 'Common Person ' || g, 'a common description'
         FROM generate_series(1, ${RANK_LIMIT + 10}) AS g`,
      );
    });
    let checks = 0;
    const counting = { caseId: null, deadline: { check: () => void checks++ } };
    const matches = await store.search.rankNames("entities", searchTerms("common"), counting);
    expect(matches).toHaveLength(SEARCH_WINDOW);
    expect(checks).toBeGreaterThan(RANK_LIMIT / 500);
    const ids = [
      ...(
        await store.search.records(
          "entities",
          matches.map((m) => m.key),
        )
      ).values(),
    ].map((r) => r.row.id);
    // The 10 oldest are past the RANK_LIMIT most recent.
    expect(ids).not.toContain("ent_bulk_000001");
    expect(await store.search.nameWordsStartingWith("common", 5)).toEqual([{ word: "common", records: RANK_LIMIT + 10 }]);
    expect(await store.search.directoryFilter("common")?.count()).toBe(RANK_LIMIT + 10);

    const long = "common ".concat("x".repeat(3000));
    expect(await store.search.rankWords("entities", searchTerms(long), everywhere)).toEqual([]);
    expect(await store.search.directoryFilter(long)?.count()).toBe(0);
  }, 60_000);
});

describe("PostgreSQL search migration", () => {
  it("indexes the records already there, oldest first", async () => {
    const url = cluster.createDatabase("search_backfill");
    try {
      const [init, ...rest] = postgresMigrations();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(
          "CREATE TABLE casefile_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
        );
        await client.query(init?.sql ?? "");
        await client.query("INSERT INTO casefile_migrations (name) VALUES ($1)", [init?.name]);
        await client.query(`INSERT INTO entities (id, kind, name, aliases, description, created_at) VALUES
          ('ent_old', 'PERSON', 'Ilya Older', '["Ily"]', 'Recruited voters', '2020-01-01T00:00:00.000Z'),
          ('ent_new', 'PERSON', 'Ilya Newer', '[]', NULL, '2021-01-01T00:00:00.000Z')`);
      } finally {
        await client.end();
      }
      expect(await migratePostgres(url)).toEqual(rest.map((m) => m.name));
      const store = openPostgresStore(url, { poolSize: 2 });
      try {
        const matches = await store.search.rankNames("entities", searchTerms("ily"), everywhere);
        const records = await store.search.records(
          "entities",
          matches.map((m) => m.key),
        );
        const byId = new Map([...records].map(([key, r]) => [r.row.id, key]));
        expect([...byId.keys()].sort()).toEqual(["ent_new", "ent_old"]);
        expect(byId.get("ent_old")).toBeLessThan(byId.get("ent_new") ?? 0);
        expect((await store.search.rankWords("entities", searchTerms("voter recruit"), everywhere)).map((m) => m.key)).toEqual([
          byId.get("ent_old"),
        ]);
        expect(await store.search.nameWordsStartingWith("ily", 10)).toEqual([
          { word: "ily", records: 1 },
          { word: "ilya", records: 2 },
        ]);
      } finally {
        await store.close();
      }
    } finally {
      cluster.dropDatabase("search_backfill");
    }
  });
});
