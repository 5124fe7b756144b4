/**
 * All data access of Casefile. The engine-neutral contract is in ./store/ (the Store, its
 * domain stores, the batch loaders, the conformance suite); each engine implements it in its
 * own folder (SQLite: ./sqlite/). Nothing outside this package writes SQL or imports a driver.
 */
export {
  type BulkBatch,
  BulkImportError,
  type BulkOptions,
  type BulkResult,
  type BulkSessionOptions,
  type BulkSessionSummary,
  type BulkTable,
  beginBulkSession,
  bulkImport,
  bulkTables,
} from "./bulk.js";
export { BulkFileError, type BulkFileOptions, type BulkFileResult, bulkImportFile } from "./bulk-file.js";
export { type CanonicalDump, canonicalDump, type DumpOptions, derivedTables } from "./dump.js";
export { appendRevision, diffRecords, type FieldChanges, type RevisionInput, sameValue } from "./revisions.js";
export { type SearchTerm, searchTerms, searchWords, termsToFts, toFtsQuery } from "./sqlite/fts.js";
export { placeholders, Queries, toRecord } from "./sqlite/queries.js";
export {
  backupStore,
  checkIntegrity,
  checkpointWal,
  committedMigrationCount,
  type Db,
  LARGE_IMPORT_ROWS,
  migrateStore,
  migrationsFolder,
  type OpenOptions,
  openMigratedStore,
  openStore,
  rebuildSearchIndex,
  type Schema,
  type Sqlite,
  type SqliteStore,
  type SynchronousMode,
  sqliteSynchronous,
  storeFileProblem,
  synchronousModes,
  WAL_SIZE_LIMIT_BYTES,
  writeTransaction,
} from "./sqlite/store.js";
export type { Dialect } from "./store/dialect.js";
export { createDomains, type Domains } from "./store/domains.js";
export { type CaseRecordIds, InteropStore, type NameRecord, type SourceSummary } from "./store/interop.js";
export type { Page, PageKey } from "./store/loader-kit.js";
export { createLoaders, type EventWithRoles, type Loaders } from "./store/loaders.js";
export {
  type Dependent,
  now,
  RecordStore,
  type RecordTypeName,
  type Row,
  recordTypeOf,
  tableOf,
  targetOfType,
  typeOfTarget,
} from "./store/records.js";
export { inList, type RunResult, type SqlParams, type SqlSession } from "./store/session.js";
export { columnsOf, type TableName, type TableRows } from "./store/table-info.js";
export { NestedWriteError, type Store, type Tx } from "./store/types.js";
