/**
 * The data-access boundary: all SQL and every database driver live in this package. Outside it,
 * product code talks to the Store (./store/types.ts) and nothing else, so a second engine
 * replaces this package's adapter, not the API, interop or the dashboard.
 *
 * Tests outside this package may still look at an SQLite file directly to check what was stored
 * (that a password hash is not in a revision, say): they are tests of the SQLite engine, and are
 * not scanned. The benchmark's raw server is the hand-written comparison point of the benchmark,
 * outside the store by definition; the load test's audit reads the file after the run, as tests do.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));

/** Folders of product code outside packages/db. */
const scanned = [
  "apps/api/src",
  "apps/api/scripts",
  "apps/api/bin",
  "apps/web/src",
  "packages/schema/src",
  "packages/interop/src",
  "packages/interop/scripts",
  "packages/bench/src",
  "packages/e2e/src",
];

/** Files allowed past the boundary, each with its reason. */
const exempt: Record<string, string> = {
  "packages/bench/src/raw-server.ts": "the benchmark's hand-written raw-SQLite comparison server",
  "apps/api/scripts/load-without-loss.ts": "a load test's audit, which reads the SQLite file after the server exits, as tests do",
};

const isSkipped = (path: string) =>
  /(^|\/)(node_modules|generated|gql|\.next|dist)(\/|$)/.test(path) || /\.test\.tsx?$/.test(path) || /\.spec\.ts$/.test(path);

function filesUnder(folder: string): string[] {
  const out: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(join(root, folder));
  } catch {
    return out;
  }
  for (const name of entries) {
    const path = `${folder}/${name}`;
    if (isSkipped(path)) continue;
    if (statSync(join(root, path)).isDirectory()) out.push(...filesUnder(path));
    else if (/\.(ts|tsx|mts|mjs|js)$/.test(name)) out.push(path);
  }
  return out;
}

/** The file without its comments (a comment may well say SELECT). */
function codeOf(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
}

const rules: { name: string; pattern: RegExp; only?: RegExp }[] = [
  { name: "imports a database driver or Drizzle", pattern: /from\s+["'](better-sqlite3|drizzle-orm|pg)(\/[^"']*)?["']/ },
  {
    name: "holds an SQL statement",
    pattern:
      /\b(SELECT\s+[\s\S]{0,200}?\bFROM\s+[a-z_]+|INSERT\s+(OR\s+\w+\s+)?INTO\s+[a-z_]+|UPDATE\s+[a-z_]+\s+SET|DELETE\s+FROM\s+[a-z_]+|CREATE\s+(TABLE|INDEX|TRIGGER|VIRTUAL)|PRAGMA\s+\w+|BEGIN\s+IMMEDIATE)\b/,
  },
  {
    name: "uses FTS5 or SQLite internals",
    pattern: /\b(MATCH\s+\?|bm25\s*\(|snippet\s*\(\s*[a-z_]+_fts|rowid\b|json_each|group_concat|julianday)/,
  },
  {
    name: "reaches around the Store (store.sqlite, Queries, writeTransaction)",
    pattern: /\bstore\.sqlite\b|\bsqlite\.(prepare|exec|pragma|transaction)\(|\bQueries\b|\bwriteTransaction\b|ctx\.queries/,
  },
  { name: "casts with `as never`", pattern: /\bas never\b/, only: /^(apps\/api\/src|packages\/interop\/src)\// },
];

describe("the data-access boundary", () => {
  const files = scanned.flatMap(filesUnder).filter((f) => !(f in exempt));

  it("finds the product code it scans", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain("apps/api/src/server.ts");
  });

  for (const rule of rules) {
    it(`no file outside packages/db ${rule.name}`, () => {
      const found: string[] = [];
      for (const file of files) {
        if (rule.only && !rule.only.test(file)) continue;
        const code = codeOf(readFileSync(join(root, file), "utf8"));
        const match = rule.pattern.exec(code);
        if (match) found.push(`${relative(root, join(root, file))}: ${match[0].slice(0, 80).replace(/\s+/g, " ")}`);
      }
      expect(found, `move these into packages/db (a store module, or the SQLite adapter):\n${found.join("\n")}`).toEqual([]);
    });
  }
});
