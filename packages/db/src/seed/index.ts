/**
 * The import-bundle loader. A bundle is validated whole (schema, references, quotes) before
 * anything is written; then every row is written in one transaction, so an import lands whole
 * or not at all. Loading is an upsert by id that skips unchanged rows: loading the same bundle
 * twice changes nothing (no new versions, no new revisions).
 */
import { readFileSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, resolve, sep } from "node:path";
import { type Bundle, bundleSchema } from "@casefile/schema/bundle";
import { describeIssues } from "@casefile/schema/validators";
import type { Statement } from "better-sqlite3";
import { checkpointWal, LARGE_IMPORT_ROWS, type Store } from "../index.js";
import { appendRevision, diffRecords } from "../revisions.js";
import { type BundleIssue, type ExistingLookup, metaColumns, type PlannedRow, planBundle, type Row } from "./plan.js";

export type { BundleIssue } from "./plan.js";
export { SEED_AUTHOR_ID } from "./plan.js";

export class BundleError extends Error {
  constructor(public readonly issues: BundleIssue[]) {
    super(
      `The bundle was not loaded (nothing was written). Fix these ${issues.length} problem(s):\n${issues
        .slice(0, 50)
        .map((i) => `  ${i.path}: ${i.message}`)
        .join("\n")}${issues.length > 50 ? `\n  ...and ${issues.length - 50} more` : ""}`,
    );
    this.name = "BundleError";
  }
}

export interface LoadResult {
  created: number;
  updated: number;
  unchanged: number;
  byTable: Record<string, { created: number; updated: number; unchanged: number }>;
}

export interface LoadOptions {
  /** Directory that `textFile` paths are relative to (and must stay inside); without it, `textFile` is refused. */
  baseDir?: string;
  /** Who the revisions name as actor (null: the import itself). */
  actorId?: string | null;
  /** Accept accounts' password hashes (the operator's `casefile import` of a full export); refused otherwise. */
  allowAccountSecrets?: boolean;
  onProgress?: (done: number, total: number) => void;
}

const toSnake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const toCamel = (key: string) => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** Columns stored as JSON text, and as 0/1 booleans. */
const jsonColumns = new Set(["aliases", "tags", "fieldStatuses"]);
const booleanColumns = new Set(["isOrphaned", "isDisabled"]);

function toDbValue(key: string, value: unknown): unknown {
  if (value === undefined) return null;
  if (jsonColumns.has(key)) return JSON.stringify(value ?? (key === "fieldStatuses" ? {} : []));
  if (booleanColumns.has(key)) return value ? 1 : 0;
  return value;
}

export function fromDbRow(row: Record<string, unknown>): Row {
  const out: Row = {};
  for (const [column, value] of Object.entries(row)) {
    const key = toCamel(column);
    if (jsonColumns.has(key) && typeof value === "string") out[key] = JSON.parse(value);
    else if (booleanColumns.has(key)) out[key] = value === 1;
    else out[key] = value;
  }
  return out;
}

/**
 * Reads a source's `textFile`. It must name a regular file inside the bundle's folder: a
 * relative path without "..", which still lies inside the folder once every symbolic link is
 * resolved (realpath of both), so that a bundle cannot make the server read any other file.
 */
export function readTextFile(baseDir: string | undefined, textFile: string): { text: string } | { error: string } {
  const inside = `must be a file inside the bundle's folder, given as a relative path without ".." (e.g. "sources/article.txt"), not ${JSON.stringify(textFile)}`;
  if (baseDir === undefined) {
    return {
      error: `textFile can be used only in a bundle file (paths are relative to its folder); give the text inline (text) instead`,
    };
  }
  if (isAbsolute(textFile) || textFile.split(/[\\/]/).includes("..") || textFile.includes("\0")) return { error: inside };
  let folder: string;
  let file: string;
  try {
    folder = realpathSync(baseDir);
  } catch (error) {
    return { error: `cannot read the bundle's folder ${baseDir}: ${(error as Error).message}` };
  }
  try {
    file = realpathSync(resolve(folder, textFile));
  } catch {
    return { error: `no file ${JSON.stringify(textFile)} in the bundle's folder ${folder}` };
  }
  if (!file.startsWith(folder + sep))
    return { error: `${inside} (it leads to a file outside the folder through a symbolic link)` };
  if (!statSync(file).isFile()) return { error: `${JSON.stringify(textFile)} is not a file: textFile ${inside}` };
  try {
    return { text: readFileSync(file, "utf8") };
  } catch (error) {
    return { error: `cannot read ${JSON.stringify(textFile)}: ${(error as Error).message}` };
  }
}

/** Reads and parses a bundle file: JSON errors and schema errors both come back as issues. */
export function readBundleFile(path: string): { bundle: Bundle; baseDir: string } {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch (error) {
    throw new BundleError([{ path: "$", message: `cannot read ${path}: ${(error as Error).message}` }]);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new BundleError([{ path: "$", message: `${path} is not valid JSON: ${(error as Error).message}` }]);
  }
  return { bundle: parseBundle(json), baseDir: dirname(resolve(path)) };
}

export function parseBundle(json: unknown): Bundle {
  const parsed = bundleSchema.safeParse(json);
  if (!parsed.success) throw new BundleError(describeIssues(parsed.error));
  return parsed.data;
}

export function loadBundleFile(store: Store, path: string, options: Omit<LoadOptions, "baseDir"> = {}): LoadResult {
  const { bundle, baseDir } = readBundleFile(path);
  return loadBundle(store, bundle, { ...options, baseDir });
}

/** Validates and writes a bundle (already parsed, or raw JSON) in one transaction. */
export function loadBundle(store: Store, input: Bundle | unknown, options: LoadOptions = {}): LoadResult {
  const bundle = parseBundle(input);
  const { sqlite } = store;

  // Source texts: inline, or from files next to the bundle.
  const issues: BundleIssue[] = [];
  const sourceTexts = new Map<string, string | null>();
  bundle.sources.forEach((s, i) => {
    if (s.text != null && s.textFile) {
      issues.push({ path: `$.sources[${i}]`, message: "give the text either inline (text) or as a file (textFile), not both" });
    }
    if (s.textFile) {
      const read = readTextFile(options.baseDir, s.textFile);
      if ("text" in read) sourceTexts.set(s.id, read.text);
      else issues.push({ path: `$.sources[${i}].textFile`, message: read.error });
    } else {
      sourceTexts.set(s.id, s.text ?? null);
    }
  });

  const has = {
    users: sqlite.prepare("SELECT 1 FROM users WHERE id = ?").pluck(),
    cases: sqlite.prepare("SELECT 1 FROM cases WHERE id = ?").pluck(),
    entities: sqlite.prepare("SELECT 1 FROM entities WHERE id = ?").pluck(),
    sources: sqlite.prepare("SELECT 1 FROM sources WHERE id = ?").pluck(),
  };
  const caseBySlug = sqlite.prepare("SELECT id FROM cases WHERE id = ? OR slug = ?").pluck();
  const textById = sqlite.prepare("SELECT text FROM sources WHERE id = ?");
  const existing: ExistingLookup = {
    hasRecord: (table, id) => has[table].get(id) !== undefined,
    caseIdBySlugOrId: (key) => (caseBySlug.get(key, key) as string | undefined) ?? null,
    sourceText: (id) => {
      const row = textById.get(id) as { text: string | null } | undefined;
      return row === undefined ? undefined : row.text;
    },
  };

  const plan = planBundle(bundle, sourceTexts, existing, { allowAccountSecrets: options.allowAccountSecrets ?? false });
  issues.push(...plan.issues);
  if (issues.length > 0) throw new BundleError(issues);

  const result: LoadResult = { created: 0, updated: 0, unchanged: 0, byTable: {} };
  const selects = new Map<string, Statement<unknown[]>>();
  const select = (table: string) => {
    let statement = selects.get(table);
    if (!statement) {
      statement = sqlite.prepare(`SELECT * FROM ${table} WHERE id = ?`);
      selects.set(table, statement);
    }
    return statement;
  };
  const writes = new Map<string, Statement<unknown[]>>();
  const write = (sql: string) => {
    let statement = writes.get(sql);
    if (!statement) {
      statement = sqlite.prepare(sql);
      writes.set(sql, statement);
    }
    return statement;
  };

  const apply = (planned: PlannedRow, now: string) => {
    const { table, row } = planned;
    result.byTable[table] ??= { created: 0, updated: 0, unchanged: 0 };
    const tally = result.byTable[table];
    const current = select(table).get(row.id as string) as Record<string, unknown> | undefined;
    const keys = Object.keys(row);
    if (!current) {
      const columns = keys.map(toSnake);
      write(`INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`).run(
        ...keys.map((k) => toDbValue(k, row[k])),
      );
      const after = fromDbRow(select(table).get(row.id as string) as Record<string, unknown>);
      appendRevision(sqlite, {
        recordType: planned.recordType,
        recordId: row.id as string,
        caseId: planned.caseId,
        version: after.version as number,
        action: "CREATE",
        actorId: options.actorId ?? null,
        changes: diffRecords(null, publicFields(after)),
        snapshot: publicFields(after),
        createdAt: now,
      });
      tally.created++;
      result.created++;
      return;
    }
    const before = fromDbRow(current);
    // createdAt, updatedAt and version describe the record's own history: an existing record keeps its own.
    const changedKeys = keys.filter(
      (k) => k !== "id" && !metaColumns.has(k) && JSON.stringify(before[k] ?? null) !== JSON.stringify(row[k] ?? null),
    );
    if (changedKeys.length === 0) {
      tally.unchanged++;
      result.unchanged++;
      return;
    }
    write(
      `UPDATE ${table} SET ${changedKeys.map((k) => `${toSnake(k)} = ?`).join(", ")}, version = version + 1, updated_at = ? WHERE id = ?`,
    ).run(...changedKeys.map((k) => toDbValue(k, row[k])), now, row.id);
    const after = fromDbRow(select(table).get(row.id as string) as Record<string, unknown>);
    appendRevision(sqlite, {
      recordType: planned.recordType,
      recordId: row.id as string,
      caseId: planned.caseId,
      version: after.version as number,
      action: "UPDATE",
      actorId: options.actorId ?? null,
      changes: diffRecords(publicFields(before), publicFields(after)),
      snapshot: publicFields(after),
      createdAt: now,
    });
    tally.updated++;
    result.updated++;
  };

  // Rejected mention suggestions: kept as given (they are not versioned records).
  const rejectionOf = sqlite.prepare(
    "SELECT text_version, rejected_by_id, rejected_at FROM mention_rejections WHERE source_id = ? AND key = ?",
  );
  const putRejection = sqlite.prepare(
    `INSERT INTO mention_rejections (source_id, key, text_version, rejected_by_id, rejected_at)
     VALUES (@sourceId, @key, @textVersion, @rejectedById, coalesce(@rejectedAt, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))
     ON CONFLICT (source_id, key) DO UPDATE SET text_version = excluded.text_version,
       rejected_by_id = excluded.rejected_by_id, rejected_at = excluded.rejected_at`,
  );

  const total = plan.rows.length;
  sqlite
    .transaction(() => {
      const now = new Date().toISOString();
      plan.rows.forEach((planned, i) => {
        apply(planned, now);
        if (options.onProgress && (i % 5000 === 0 || i === total - 1)) options.onProgress(i + 1, total);
      });
      for (const rejection of plan.rejections) {
        const current = rejectionOf.get(rejection.sourceId, rejection.key) as
          | { text_version: number; rejected_by_id: string | null; rejected_at: string }
          | undefined;
        const isSame =
          current !== undefined &&
          current.text_version === rejection.textVersion &&
          current.rejected_by_id === rejection.rejectedById &&
          (rejection.rejectedAt === null || current.rejected_at === rejection.rejectedAt);
        if (!isSame) putRejection.run(rejection);
      }
    })
    .immediate();
  // A large import leaves a large WAL: fold it into the database and truncate it now.
  if (total >= LARGE_IMPORT_ROWS && store.path !== ":memory:") checkpointWal(store);
  return result;
}

/** The fields of a row that revisions record (never secrets). */
export function publicFields(row: Row): Row {
  const { passwordHash: _omit, ...rest } = row;
  return rest;
}

export { caseBundleForm, chargeBundleForm, entityBundleForm, eventBundleForm, exportBundle, restoreStore } from "./export.js";
