/**
 * The import-bundle loader. A bundle is validated whole (schema, references, quotes, what it may
 * change) before anything is written, and every problem is reported in one pass; then every row
 * is written in one transaction, so an import lands whole or not at all. Loading is an upsert by
 * id that writes only the fields the bundle states and skips unchanged rows: loading the same
 * bundle twice changes nothing (no new versions, no new revisions). See plan.ts for what a
 * bundle may change.
 */
import { readFileSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, resolve, sep } from "node:path";
import { type Bundle, parseBundleJson, parseJsonText } from "@casefile/schema/bundle";
import type { Statement } from "better-sqlite3";
import { appendRevision, diffRecords } from "../revisions.js";
import { checkpointWal, LARGE_IMPORT_ROWS, type SqliteStore as Store } from "../store.js";
import {
  type BundleIssue,
  type ExistingLookup,
  noDatabase,
  type PlannedRejection,
  type PlannedRow,
  planBundle,
  type Row,
  type TableName,
} from "./plan.js";

export type { BundleIssue, FieldChange, PlannedRow } from "./plan.js";
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

export interface Tally {
  created: number;
  updated: number;
  unchanged: number;
}

export interface LoadResult extends Tally {
  byTable: Record<string, Tally>;
  /** Per case (by slug; "(shared records)" for entities, sources...), then per table. */
  byCase: Record<string, Record<string, Tally>>;
  /** Every record created or updated that lies outside the bundle's cases (shared with another). */
  outside: PlannedRow[];
  /** True when nothing was written (options.dryRun). */
  dryRun: boolean;
}

export interface LoadOptions {
  /** Directory that `textFile` paths are relative to (and must stay inside); without it, `textFile` is refused. */
  baseDir?: string;
  /** Who the revisions name as actor (null: the import itself). */
  actorId?: string | null;
  /** Accept accounts' password hashes (the operator's `casefile import` of a full export); refused otherwise. */
  allowAccountSecrets?: boolean;
  onProgress?: (done: number, total: number) => void;
  /** Check and plan everything, report it, write nothing. */
  dryRun?: boolean;
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

/**
 * Reads a bundle file as JSON. A file that cannot be read, or is not JSON (reported with line
 * and column), is a BundleError; the schema and references are checked by loadBundle, so that
 * every problem is reported in one pass.
 */
export function readBundleFile(path: string): { json: unknown; baseDir: string } {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch (error) {
    throw new BundleError([{ path: "$", message: `cannot read ${path}: ${(error as Error).message}` }]);
  }
  const parsed = parseJsonText(raw);
  if ("problem" in parsed) throw new BundleError([{ path: `${path}: ${parsed.problem.path}`, message: parsed.problem.message }]);
  return { json: parsed.json, baseDir: dirname(resolve(path)) };
}

/** Parses a bundle; every schema problem is a BundleError issue. Omitted fields stay omitted. */
export function parseBundle(json: unknown): Bundle {
  const parsed = parseBundleJson(json);
  if (parsed.issues.length > 0) throw new BundleError(parsed.issues);
  return parsed.bundle;
}

export function loadBundleFile(store: Store, path: string, options: Omit<LoadOptions, "baseDir"> = {}): LoadResult {
  const { json, baseDir } = readBundleFile(path);
  return loadBundle(store, json, { ...options, baseDir });
}

/** Everything the plan needs to know about the database, read through prepared statements. */
export function databaseLookup(sqlite: Store["sqlite"]): ExistingLookup {
  const selects = new Map<string, Statement<unknown[]>>();
  const prepared = (sql: string) => {
    let statement = selects.get(sql);
    if (!statement) {
      statement = sqlite.prepare(sql);
      selects.set(sql, statement);
    }
    return statement;
  };
  const current = (table: TableName, id: string): Row | undefined => {
    const row = prepared(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
    return row ? fromDbRow(row) : undefined;
  };
  const entityCases = (id: string): string[] =>
    prepared(
      `SELECT case_id FROM case_roles WHERE entity_id = @id
       UNION SELECT e.case_id FROM event_participants p JOIN events e ON e.id = p.event_id WHERE p.entity_id = @id
       UNION SELECT c.case_id FROM charge_defendants d JOIN charges c ON c.id = d.charge_id WHERE d.entity_id = @id
       UNION SELECT case_id FROM events WHERE place_id = @id`,
    )
      .pluck()
      .all({ id }) as string[];
  const keyColumns = {
    case_roles: ["caseId", "entityId", "role"],
    event_participants: ["eventId", "entityId", "role"],
    charge_defendants: ["chargeId", "entityId"],
    charges: ["caseId", "countNumber"],
  } as const;
  return {
    current,
    caseIdBySlugOrId: (key) =>
      (prepared("SELECT id FROM cases WHERE id = ? OR slug = ?").pluck().get(key, key) as string | undefined) ?? null,
    sourceText: (id) => {
      const row = prepared("SELECT text FROM sources WHERE id = ?").get(id) as { text: string | null } | undefined;
      return row === undefined ? undefined : row.text;
    },
    casesOf: (table, id) => {
      if (table === "entities") return entityCases(id);
      if (table === "relationships") {
        const row = current("relationships", id);
        return row ? [...new Set([...entityCases(row.subjectId as string), ...entityCases(row.objectId as string)])] : [];
      }
      // A source belongs to every case whose records cite it or annotate it.
      const cases = new Set(
        prepared(
          `SELECT CASE c.target_type
             WHEN 'CASE' THEN c.target_id
             WHEN 'CASE_ROLE' THEN (SELECT case_id FROM case_roles WHERE id = c.target_id)
             WHEN 'EVENT' THEN (SELECT case_id FROM events WHERE id = c.target_id)
             WHEN 'CHARGE' THEN (SELECT case_id FROM charges WHERE id = c.target_id)
             WHEN 'EVENT_PARTICIPANT' THEN (SELECT e.case_id FROM event_participants p JOIN events e ON e.id = p.event_id WHERE p.id = c.target_id)
             WHEN 'CHARGE_DEFENDANT' THEN (SELECT ch.case_id FROM charge_defendants d JOIN charges ch ON ch.id = d.charge_id WHERE d.id = c.target_id)
           END FROM citations c WHERE c.source_id = @id
           UNION SELECT case_id FROM annotations WHERE target_type = 'SOURCE' AND target_id = @id`,
        )
          .pluck()
          .all({ id }) as (string | null)[],
      );
      for (const target of prepared("SELECT DISTINCT target_id FROM citations WHERE source_id = ? AND target_type = 'ENTITY'")
        .pluck()
        .all(id) as string[]) {
        for (const c of entityCases(target)) cases.add(c);
      }
      cases.delete(null);
      return [...cases] as string[];
    },
    idByKey: (table, key) => {
      const columns = keyColumns[table];
      return prepared(`SELECT id FROM ${table} WHERE ${columns.map((c) => `${toSnake(c)} = ?`).join(" AND ")}`)
        .pluck()
        .get(...columns.map((c) => key[c])) as string | undefined;
    },
    findCitation: (target, sourceId, exact, locator, field) =>
      prepared(
        "SELECT id FROM citations WHERE target_id = ? AND target_type = ? AND source_id = ? AND exact IS ? AND locator IS ? AND field IS ? ORDER BY rowid LIMIT 1",
      )
        .pluck()
        .get(target.targetId, target.targetType, sourceId, exact, locator, field) as string | undefined,
    findAnnotation: (target, caseId, parentId, body) =>
      prepared(
        "SELECT id FROM annotations WHERE target_id = ? AND target_type = ? AND case_id IS ? AND parent_id IS ? AND body = ? ORDER BY rowid LIMIT 1",
      )
        .pluck()
        .get(target.targetId, target.targetType, caseId, parentId, body) as string | undefined,
  };
}

/**
 * Validates a bundle whole (schema, references, quotes, what it may change) against a database,
 * or against nothing (`store` null: references must resolve inside the bundle), and returns
 * every problem and the plan. Writes nothing.
 */
export function checkBundle(
  store: Store | null,
  input: unknown,
  options: Pick<LoadOptions, "baseDir" | "allowAccountSecrets"> = {},
): {
  issues: BundleIssue[];
  rows: PlannedRow[];
  rejections: PlannedRejection[];
  ownCases: Set<string>;
  bundle: Bundle;
} {
  const parsed = parseBundleJson(input);
  const bundle = parsed.bundle;
  const issues: BundleIssue[] = [...parsed.issues];

  // Source texts: inline, or from files next to the bundle.
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

  const existing = store ? databaseLookup(store.sqlite) : noDatabase;
  const plan = planBundle(bundle, sourceTexts, existing, parsed.refusedIds, {
    allowAccountSecrets: options.allowAccountSecrets ?? false,
  });
  issues.push(...plan.issues);
  return { issues, rows: plan.rows, rejections: plan.rejections, ownCases: plan.ownCases, bundle };
}

/** Validates and writes a bundle (already parsed, or raw JSON) in one transaction. */
export function loadBundle(store: Store, input: unknown, options: LoadOptions = {}): LoadResult {
  const { sqlite } = store;
  const result: LoadResult = {
    created: 0,
    updated: 0,
    unchanged: 0,
    byTable: {},
    byCase: {},
    outside: [],
    dryRun: options.dryRun ?? false,
  };
  const caseSlugs = new Map<string, string>();
  const caseKey = (caseId: string | null, bundleCases: Map<string, string>) => {
    if (!caseId) return "(shared records)";
    let slug = caseSlugs.get(caseId) ?? bundleCases.get(caseId);
    if (!slug) {
      slug = (sqlite.prepare("SELECT slug FROM cases WHERE id = ?").pluck().get(caseId) as string | undefined) ?? caseId;
      caseSlugs.set(caseId, slug);
    }
    return slug;
  };

  const insertOrUpdate = (planned: PlannedRow, now: string) => {
    const { table, row } = planned;
    if (planned.action === "create") {
      const keys = Object.keys(row);
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
      return;
    }
    const before = fromDbRow(select(table).get(row.id as string) as Record<string, unknown>);
    const changedKeys = Object.keys(row).filter((k) => k !== "id");
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
  const writeRejection = (rejection: PlannedRejection) => {
    const current = rejectionOf.get(rejection.sourceId, rejection.key) as
      | { text_version: number; rejected_by_id: string | null; rejected_at: string }
      | undefined;
    const isSame =
      current !== undefined &&
      current.text_version === rejection.textVersion &&
      current.rejected_by_id === rejection.rejectedById &&
      (rejection.rejectedAt === null || current.rejected_at === rejection.rejectedAt);
    if (!isSame) putRejection.run(rejection);
  };

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

  // Planned and written in one transaction, so that nothing changes between the check and the write.
  const run = () => {
    const checked = checkBundle(store, input, options);
    if (checked.issues.length > 0) throw new BundleError(checked.issues);
    const bundleCases = new Map(checked.bundle.cases.map((c) => [c.id, c.slug]));
    const now = new Date().toISOString();
    const total = checked.rows.length;
    checked.rows.forEach((planned, i) => {
      const key = caseKey(planned.caseId, bundleCases);
      const perCase = result.byCase[key] ?? {};
      result.byCase[key] = perCase;
      const column = planned.action === "create" ? "created" : planned.action === "update" ? "updated" : "unchanged";
      for (const tallies of [perCase, result.byTable]) {
        const tally = tallies[planned.table] ?? zero();
        tallies[planned.table] = tally;
        tally[column]++;
      }
      if (planned.action === "create") result.created++;
      else if (planned.action === "update") result.updated++;
      else result.unchanged++;
      if (planned.outside && planned.action !== "unchanged") result.outside.push(planned);
      if (!result.dryRun && planned.action !== "unchanged") insertOrUpdate(planned, now);
      if (options.onProgress && (i % 5000 === 0 || i === total - 1)) options.onProgress(i + 1, total);
    });
    if (!result.dryRun) for (const rejection of checked.rejections) writeRejection(rejection);
    return total;
  };
  if (result.dryRun) {
    sqlite.transaction(run).deferred();
    return result;
  }
  const total = sqlite.transaction(run).immediate();
  // A large import leaves a large WAL: fold it into the database and truncate it now.
  if (total >= LARGE_IMPORT_ROWS && store.path !== ":memory:") checkpointWal(store);
  return result;
}

const zero = () => ({ created: 0, updated: 0, unchanged: 0 });

/** The fields of a row that revisions record (never secrets). */
export function publicFields(row: Row): Row {
  const { passwordHash: _omit, ...rest } = row;
  return rest;
}

export { caseBundleForm, chargeBundleForm, entityBundleForm, eventBundleForm, exportBundle, restoreStore } from "./export.js";
