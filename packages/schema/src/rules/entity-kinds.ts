/**
 * The fields of each kind of entity: which ones a kind has, in the order they are shown and
 * stored. The API refuses a field the kind does not have; the dashboard's forms, entity page,
 * citation picker and merge tool show exactly these.
 */
import type { EntityKind } from "../enums";
import { formatPath } from "../validators/fields";

/** Every field some kinds have and others do not. */
export type KindField =
  | "rank"
  | "position"
  | "nationality"
  | "birthDate"
  | "organizationKind"
  | "country"
  | "parentId"
  | "personaKind"
  | "platform"
  | "url"
  | "placeKind"
  | "artifactKind";

/** The fields only some kinds have, by kind, in display order. */
export const kindFields: Readonly<Record<EntityKind, readonly KindField[]>> = {
  PERSON: ["rank", "position", "nationality", "birthDate"],
  ORGANIZATION: ["organizationKind", "country", "parentId"],
  ONLINE_PERSONA: ["personaKind", "platform", "url"],
  PLACE: ["placeKind", "country"],
  ARTIFACT: ["artifactKind", "url"],
};

/** Every kind-specific field once, in the order of `kindFields`. */
export const allKindFields: readonly KindField[] = [...new Set(Object.values(kindFields).flat())];

/** The entity table's kind-specific columns (a column per kind field; the others of a kind stay null). */
export const kindColumns: readonly KindField[] = allKindFields;

/** Whether `field` is one of the fields of `kind` (common fields such as name are not asked about here). */
export function isFieldOfKind(kind: EntityKind, field: string): field is KindField {
  return (kindFields[kind] as readonly string[]).includes(field);
}

/** A field given to a kind that does not have it, with the message that says who has it. */
export interface ForeignField {
  /** JSON path of the field, e.g. `$.input.rank`. */
  path: string;
  message: string;
}

/**
 * The kind-specific fields set in `input` (not undefined, not null) that `kind` does not have.
 * `at` is where the record sits in the request (`$.input` by default).
 */
export function foreignFieldIssues(
  kind: EntityKind,
  input: Readonly<Record<string, unknown>>,
  at: readonly PropertyKey[] = ["input"],
): ForeignField[] {
  return allKindFields
    .filter((f) => !kindFields[kind].includes(f) && input[f] !== undefined && input[f] !== null)
    .map((f) => {
      const owners = (Object.keys(kindFields) as EntityKind[]).filter((k) => kindFields[k].includes(f));
      return {
        path: formatPath([...at, f]),
        message: `${f} is not a field of a ${kind}: only ${owners.join(" and ")} entities have it`,
      };
    });
}
