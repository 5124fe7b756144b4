/**
 * FollowTheMoney interoperability: export a case as an FtM entity stream, import one into a
 * case, and the table of FtM schemata both sides are checked against.
 */
export { countryCode, countryName } from "./countries.js";
export {
  bundleToFtm,
  exportCaseFtm,
  type FtmExport,
  type FtmSkipped,
  ftmSchemaOf,
  linkSchema,
  toFtmJsonLines,
} from "./export.js";
export { ftmEntityId, ftmRecordId } from "./ids.js";
export {
  type DuplicateCandidate,
  entityKindOf,
  type FtmImportOptions,
  type FtmImportReport,
  type ImportedRecord,
  importFtm,
  type PossibleDuplicate,
  parseFtmStream,
} from "./import.js";
export { checkFtmEntities, type FtmCheckIssue, type FtmEntity, ftmSchemata, ftmTopics, isA, propertiesOf } from "./schemata.js";
