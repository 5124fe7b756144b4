/**
 * Bulk import from a JSON Lines file, for `casefile bulk-import`: one record per line,
 * `{"table": "entities", "row": {...}}` (camelCase columns, as bulkImport takes them). Lines are
 * gathered into batches of `batchRows` and each batch is written by bulkImport in one
 * transaction, so a bad line costs its own batch only: the batches before it stay written, and
 * the error says which line and what to fix.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import {
  type BulkBatch,
  BulkImportError,
  type BulkSessionSummary,
  type BulkTable,
  beginBulkSession,
  bulkImport,
  bulkTables,
} from "./bulk.js";
import type { SqliteStore as Store } from "./store.js";

export interface BulkFileOptions {
  /** Rows per batch (one transaction each). Default 50,000. */
  batchRows?: number;
  /** See BulkSessionOptions.deferIndexes: for loading into an empty or small database. */
  deferIndexes?: boolean;
  /** Called after each batch is committed. */
  onBatch?: (progress: { batches: number; rows: number; line: number }) => void;
  label?: string;
}

export interface BulkFileResult {
  batches: number;
  rows: number;
  /** Rows written per table. */
  inserted: Partial<Record<BulkTable, number>>;
  seconds: number;
  session: BulkSessionSummary;
}

export class BulkFileError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly committedRows: number,
  ) {
    super(
      `line ${line}: ${message}. ${committedRows.toLocaleString("en")} rows of earlier batches were written; ` +
        "this batch was not (fix the line and import the rest from the start of its batch)",
    );
    this.name = "BulkFileError";
  }
}

const tableSet: ReadonlySet<string> = new Set(bulkTables);

export async function bulkImportFile(store: Store, path: string, options: BulkFileOptions = {}): Promise<BulkFileResult> {
  const batchRows = options.batchRows ?? 50_000;
  if (!Number.isInteger(batchRows) || batchRows < 1) throw new Error(`batch size must be a positive integer, got ${batchRows}`);
  const started = performance.now();
  const end = beginBulkSession(store, { deferIndexes: options.deferIndexes ?? false });
  let batch: BulkBatch = {};
  /** The file line of each row of the batch, per table, to name the line of a refused row. */
  let lineOf: Partial<Record<BulkTable, number[]>> = {};
  let batchFirstLine = 1;
  let pending = 0;
  let rows = 0;
  let batches = 0;
  let line = 0;
  const inserted: Partial<Record<BulkTable, number>> = {};
  const flush = () => {
    if (pending === 0) return;
    try {
      const result = bulkImport(store, batch, { label: options.label ?? path });
      for (const [table, n] of Object.entries(result.inserted))
        inserted[table as BulkTable] = (inserted[table as BulkTable] ?? 0) + n;
    } catch (error) {
      const at = error instanceof BulkImportError ? lineOf[error.table]?.[error.index] : undefined;
      throw new BulkFileError(
        `${at ? "" : `in the batch of lines ${batchFirstLine}-${line}: `}${(error as Error).message}`,
        at ?? batchFirstLine,
        rows,
      );
    }
    rows += pending;
    batches++;
    options.onBatch?.({ batches, rows, line });
    batch = {};
    lineOf = {};
    pending = 0;
    batchFirstLine = line + 1;
  };
  const readAll = async () => {
    const lines = createInterface({ input: createReadStream(path, "utf8"), crlfDelay: Number.POSITIVE_INFINITY });
    for await (const text of lines) {
      line++;
      if (text.trim() === "") continue;
      let record: unknown;
      try {
        record = JSON.parse(text);
      } catch {
        throw new BulkFileError("not valid JSON", line, rows);
      }
      const { table, row } = (record ?? {}) as { table?: unknown; row?: unknown };
      if (typeof table !== "string" || !tableSet.has(table)) {
        throw new BulkFileError(`"table" must be one of ${bulkTables.join(", ")}, got ${JSON.stringify(table)}`, line, rows);
      }
      if (typeof row !== "object" || row === null || Array.isArray(row)) {
        throw new BulkFileError(`"row" must be an object of the record's columns`, line, rows);
      }
      const key = table as BulkTable;
      const rowsOfTable = (batch[key] ?? []) as object[];
      const linesOfTable = lineOf[key] ?? [];
      rowsOfTable.push(row);
      linesOfTable.push(line);
      batch[key] = rowsOfTable as BulkBatch[BulkTable];
      lineOf[key] = linesOfTable;
      pending++;
      if (pending >= batchRows) flush();
    }
    flush();
  };
  try {
    await readAll();
  } catch (error) {
    // The session ends after an error too: deferred indexes are built, nothing is left half-done.
    end();
    throw error;
  }
  const session = end();
  return { batches, rows, inserted, seconds: (performance.now() - started) / 1000, session };
}
