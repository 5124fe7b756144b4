/**
 * The store conformance suite (../store/conformance) against PostgreSQL: a throwaway server for
 * the file, a fresh database per check. Also checks that the committed PostgreSQL migrations
 * give exactly the columns of the table definitions (besides the search index's own tables).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conformanceSuites, type OpenStore, searchConformanceSuites } from "../store/conformance/index.js";
import { tableColumns } from "../store/table-info.js";
import { startThrowawayCluster, type ThrowawayCluster } from "./cluster.js";
import { migratePostgres, openPostgresStore, type PostgresStore } from "./store.js";

let cluster: ThrowawayCluster;
let count = 0;

beforeAll(async () => {
  cluster = await startThrowawayCluster();
}, 60_000);
afterAll(() => cluster?.stop());

const open: OpenStore<PostgresStore> = async () => {
  const name = `conformance_${++count}`;
  const url = cluster.createDatabase(name);
  await migratePostgres(url);
  const store = openPostgresStore(url, { poolSize: 4 });
  return {
    store,
    close: async () => {
      await store.close();
      cluster.dropDatabase(name);
    },
  };
};

describe("PostgreSQL store conformance", () => {
  for (const suite of Object.values(conformanceSuites)) suite(open);
  for (const suite of Object.values(searchConformanceSuites)) suite(open);

  it("has, after its migrations, exactly the tables and columns of the table definitions", async () => {
    const { store, close } = await open();
    try {
      // The search index's own tables are left out: they are engine-specific (PostgreSQL's
      // SearchIndex, migrations-postgres/0001_search.sql), not records of the table definitions.
      const rows = await store.session.all<{ tableName: string; columnName: string }>(
        `SELECT table_name, column_name FROM information_schema.columns
         WHERE table_schema = 'public' AND table_name <> 'casefile_migrations'
           AND table_name NOT IN ('search_entities', 'search_events', 'search_sources', 'search_annotations', 'search_name_words')
         ORDER BY table_name, column_name`,
      );
      const actual = rows.map((r) => `${r.tableName}.${r.columnName}`);
      const expected = [...tableColumns]
        .flatMap(([table, columns]) => [...columns.values()].map((c) => `${table}.${c.column}`))
        .sort();
      expect(actual).toEqual(expected);
    } finally {
      await close();
    }
  });

  it("applies each migration once", async () => {
    const name = `migrations_${++count}`;
    const url = cluster.createDatabase(name);
    try {
      expect((await migratePostgres(url)).length).toBeGreaterThan(0);
      expect(await migratePostgres(url)).toEqual([]);
    } finally {
      cluster.dropDatabase(name);
    }
  });
});
