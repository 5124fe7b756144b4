/**
 * What a merge does to the survivor's own record: the names it gains as aliases and the field
 * values it takes from the duplicate. The API stores exactly this and the dashboard's merge tool
 * previews exactly this, so the preview cannot promise what the merge will not do.
 */
import type { EntityKind } from "../enums";
import { kindFields } from "./entity-kinds";

/** An entity as either side holds it (the API's row, the dashboard's query result): only the columns read here matter. */
export type MergeRecord = { readonly [column: string]: unknown };

/**
 * The fields a survivor may take from its duplicate, by kind (what `mergeEntities` accepts in
 * `takeFromDuplicate`): the description and every kind field except the parent organization,
 * whose change is a move in the hierarchy, not a correction.
 */
export const choosableFields: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  (Object.keys(kindFields) as EntityKind[]).map((kind) => [
    kind,
    ["description", ...kindFields[kind].filter((field) => field !== "parentId")],
  ]),
);

/** The columns a field covers: a date of birth is stored with its precision. */
export const mergeColumnsOf = (field: string): string[] =>
  field === "birthDate" ? ["birthDate", "birthDatePrecision"] : [field];

/** A field the survivor takes from the duplicate: its value (and field status) before and after. */
export interface TakenField {
  field: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  statusBefore: unknown;
  statusAfter: unknown;
}

export interface MergePlan {
  /** The duplicate's name and aliases the survivor does not have yet, in their order. */
  addedAliases: string[];
  /** The survivor's aliases after the merge: its own, then the added ones. */
  aliases: string[];
  /** Each field taken from the duplicate, with both values (what an unmerge puts back). */
  taken: TakenField[];
  /** The columns the survivor takes from the duplicate, with the duplicate's values. */
  values: Record<string, unknown>;
  /** The survivor's field statuses after the merge (a taken field brings its status along, or loses the survivor's). */
  fieldStatuses: Record<string, unknown>;
}

const namesOf = (record: MergeRecord): string[] => {
  const aliases = Array.isArray(record.aliases) ? record.aliases.map(String) : [];
  return [String(record.name ?? ""), ...aliases];
};

const statusesOf = (record: MergeRecord): Record<string, unknown> => {
  const statuses = record.fieldStatuses;
  return statuses !== null && typeof statuses === "object" ? { ...statuses } : {};
};

const pick = (record: MergeRecord, columns: readonly string[]): Record<string, unknown> =>
  Object.fromEntries(columns.map((c) => [c, record[c] ?? null]));

/**
 * The duplicate's names (its name, then its aliases) that the survivor gains as aliases. A name
 * is known when it equals one of the survivor's names, or one added before it, ignoring case
 * only: names are compared as stored, spaces included, and kept as the duplicate spells them.
 */
export function aliasesGained(survivor: MergeRecord, duplicate: MergeRecord): string[] {
  const known = new Set(namesOf(survivor).map((name) => name.toLowerCase()));
  const added: string[] = [];
  for (const name of namesOf(duplicate)) {
    const key = name.toLowerCase();
    if (known.has(key)) continue;
    known.add(key);
    added.push(name);
  }
  return added;
}

/**
 * The survivor's record after merging `duplicate` into it, taking the fields listed in
 * `takeFromDuplicate` (checked against `choosableFields` by the caller; listed twice counts once).
 */
export function planMerge(survivor: MergeRecord, duplicate: MergeRecord, takeFromDuplicate: readonly string[] = []): MergePlan {
  const addedAliases = aliasesGained(survivor, duplicate);
  const ownAliases = namesOf(survivor).slice(1);
  const statusesBefore = statusesOf(survivor);
  const duplicateStatuses = statusesOf(duplicate);
  const fieldStatuses = { ...statusesBefore };
  const taken: TakenField[] = [];
  const values: Record<string, unknown> = {};
  for (const field of new Set(takeFromDuplicate)) {
    const columns = mergeColumnsOf(field);
    const before = pick(survivor, columns);
    const after = pick(duplicate, columns);
    if (duplicateStatuses[field] === undefined) delete fieldStatuses[field];
    else fieldStatuses[field] = duplicateStatuses[field];
    taken.push({ field, before, after, statusBefore: statusesBefore[field] ?? null, statusAfter: fieldStatuses[field] ?? null });
    Object.assign(values, after);
  }
  return { addedAliases, aliases: [...ownAliases, ...addedAliases], taken, values, fieldStatuses };
}
