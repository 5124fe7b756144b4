/**
 * All data access of Casefile. The engine-neutral contract is in ./store/ (the Store, its
 * domain stores, the batch loaders, the conformance suite); each engine implements it in its
 * own folder (SQLite: ./sqlite/). Nothing outside this package writes SQL or imports a driver.
 */

export {
  type ConfiguredStoreOptions,
  type EngineStatus,
  engineStatus,
  isPostgresUrl,
  openConfiguredStore,
  setLockWait,
  unstorableTextProblem,
} from "./open.js";
export {
  PostgresUnavailableError,
  postgresBinaries,
  startThrowawayCluster,
  type ThrowawayCluster,
} from "./postgres/cluster.js";
export {
  migratePostgres,
  openPostgresStore,
  type PostgresOptions,
  type PostgresStore,
  postgresMigrations,
  redactUrl,
} from "./postgres/store.js";
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
} from "./sqlite/bulk.js";
export { BulkFileError, type BulkFileOptions, type BulkFileResult, bulkImportFile } from "./sqlite/bulk-file.js";
export { type CanonicalDump, canonicalDump, type DumpOptions, derivedTables } from "./sqlite/dump.js";
export { placeholders, Queries, toRecord } from "./sqlite/queries.js";
export { appendRevision, diffRecords, type FieldChanges, type RevisionInput, sameValue } from "./sqlite/revisions.js";
export { NOT_MERGED, SqliteSearchIndex, toFtsQuery } from "./sqlite/search.js";
export {
  backupStore,
  checkIntegrity,
  checkpointWal,
  committedMigrationCount,
  type Db,
  EngineFeatureError,
  LARGE_IMPORT_ROWS,
  migrateStore,
  migrationsFolder,
  type OpenOptions,
  openMigratedStore,
  openStore,
  pendingMigrationCount,
  rebuildSearchIndex,
  type Schema,
  type Sqlite,
  type SqliteStore,
  type SynchronousMode,
  sqliteEngineOf,
  sqliteSynchronous,
  sqliteVersion,
  storeFileProblem,
  synchronousModes,
  WAL_SIZE_LIMIT_BYTES,
  writeTransaction,
} from "./sqlite/store.js";
export { AnnotationStore, type ThreadFilter } from "./store/annotations.js";
export { CaseStore } from "./store/cases.js";
export { ChargeStore } from "./store/charges.js";
export {
  type CopyOptions,
  type CopyProgress,
  copyOrder,
  copyStore,
  type StoreDump,
  storeDigest,
  storeDump,
} from "./store/copy.js";
export type { Dialect } from "./store/dialect.js";
export { createDomains, type Domains } from "./store/domains.js";
export * from "./store/entities.js";
export * from "./store/events.js";
export { HistoryStore, type RevisionFilter, type RevisionPage, revisionFields } from "./store/history.js";
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
export {
  type AnnotatedRecord,
  type DirectoryFilter,
  type FoundRecord,
  type Highlighter,
  type MatchedBy,
  type NamedKind,
  type NameWord,
  RANK_LIMIT,
  type RankedMatch,
  type RankOptions,
  SEARCH_WINDOW,
  type SearchDeadline,
  type SearchFacts,
  type SearchIndex,
  type SearchKind,
  type SearchRows,
  type SearchTerm,
  type Snippet,
  type SqlCondition,
  searchTerms,
  searchText,
  searchWords,
} from "./store/search.js";
export { inList, type RunResult, type SqlParams, type SqlSession } from "./store/session.js";
export {
  bestSnippet,
  foldToken,
  makeSnippet,
  roughStem,
  SNIPPET_BUDGET_CHARS,
  SNIPPET_CLOSE,
  SNIPPET_OPEN,
  SNIPPET_SCAN_CHARS,
  SnippetBudget,
  type SnippetTerms,
  snippetTerms,
} from "./store/snippets.js";
export { type CitationIdentity, type CitationListFilter, type SourceQuotes, SourceStore } from "./store/sources.js";
export {
  type CaseProvenanceFigures,
  type DefendantUnitLink,
  type GraphEntity,
  type GraphRelationship,
  StatsStore,
} from "./store/stats.js";
export { columnsOf, type TableName, type TableRows } from "./store/table-info.js";
export { NestedWriteError, type Store, type StoreCore, type Tx } from "./store/types.js";
export { AuthStore, type TokenWithOwner, UserStore } from "./store/users.js";
