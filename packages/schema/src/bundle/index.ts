/**
 * The import-bundle format: a whole case (or several) as one JSON document, with every fact's
 * citations and annotations nested under the fact they are about. Documented in
 * docs/bundle-format.md; `seeds/<case-slug>/bundle.json` is written in it.
 */
import { z } from "zod";
import { targetTypes, userRoles } from "../enums";
import {
  annotationBody,
  caseFields,
  caseRoleFields,
  chargeFields,
  entityFields,
  eventFields,
  factFields,
  formatPath,
  participantFields,
  quoteSelector,
  relationshipFields,
  requiredText,
  sourceFields,
  tagsSchema,
} from "../validators/index";

export const BUNDLE_FORMAT = "casefile-bundle";
export const BUNDLE_VERSION = 1;

/** Bundle keys: stable ids, kept as the records' ids (and so their global IDs). */
export const bundleKey = z
  .string({ error: "id is required" })
  .regex(
    /^[a-z0-9][a-z0-9._:/-]{0,199}$/,
    "ids are lowercase letters, digits and . _ : / -, up to 200 characters, e.g. person-netyksho",
  );

/**
 * When and how often a record was written, as a full export gives it, so that re-importing it
 * loses nothing. Used only when the loader creates the record (an existing record keeps its own).
 */
const recordMeta = {
  createdAt: z.iso.datetime().optional(),
  updatedAt: z.iso.datetime().optional(),
  version: z.number().int().min(1).optional(),
};

/**
 * A quote whose passage an edit of the source text removed, as the export writes it: kept as
 * it was (not located again), with the position it had, for an editor to re-anchor or delete.
 */
const orphanFields = {
  isOrphaned: z.boolean().optional(),
  position: z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).optional(),
};
const orphanNeedsQuote = (c: { isOrphaned?: boolean | undefined; position?: unknown; quote?: unknown }) =>
  (c.isOrphaned !== true || c.quote !== undefined) && (c.position === undefined || c.isOrphaned === true);
const orphanMessage = {
  message: "isOrphaned needs the quote, and position is given only with isOrphaned (the loader locates other quotes itself)",
};

/**
 * A citation: a quote from a source that holds text (located by the loader, which records its
 * position), or a locator ("¶35", "p. 41") for a source without text. Exactly one of the two.
 */
export const bundleCitation = z
  .object({
    id: bundleKey.optional(),
    source: bundleKey,
    field: z.string().max(100).optional(),
    quote: quoteSelector.optional(),
    locator: z.string().trim().min(1).max(200).optional(),
    note: z.string().max(5000).optional(),
    /** The account that created the citation. */
    createdBy: bundleKey.optional(),
    ...orphanFields,
    ...recordMeta,
  })
  .refine((c) => (c.quote === undefined) !== (c.locator === undefined), {
    message: "a citation needs exactly one of quote (for a source with text) or locator (for one without)",
  })
  .refine(orphanNeedsQuote, orphanMessage);

const bundleReply = z.object({
  id: bundleKey.optional(),
  author: bundleKey.optional(),
  body: annotationBody,
  ...recordMeta,
});

export const bundleAnnotation = z
  .object({
    id: bundleKey.optional(),
    author: bundleKey.optional(),
    body: annotationBody,
    tags: tagsSchema.optional(),
    status: z.enum(["OPEN", "RESOLVED"]).optional(),
    resolvedAt: z.iso.datetime().optional(),
    resolvedBy: bundleKey.optional(),
    /** The case the annotation belongs to (default: the case of the record it is on). */
    case: bundleKey.optional(),
    /** For annotations on a passage of a source. */
    quote: quoteSelector.optional(),
    ...orphanFields,
    ...recordMeta,
    replies: z.array(bundleReply).optional(),
  })
  .refine(orphanNeedsQuote, orphanMessage);

/** What every fact can carry. */
const provenance = {
  citations: z.array(bundleCitation).optional(),
  annotations: z.array(bundleAnnotation).optional(),
};

export const bundleCase = caseFields.extend({ id: bundleKey, ...provenance, ...recordMeta });

/** A mention suggestion an editor rejected (see Source.mentionSuggestions). */
export const bundleRejectedMention = z.object({
  key: z.string().min(1).max(1000),
  textVersion: z.number().int().min(1),
  rejectedBy: bundleKey.optional(),
  rejectedAt: z.iso.datetime().optional(),
});

/**
 * Set on a record that already exists and is shared with a case outside the bundle (an entity
 * with roles in another case, a source another case cites, a relationship of such an entity,
 * a user account) to let the bundle change it. Without it, such a change is refused.
 */
const updateShared = z.boolean({ error: "updateShared is true or false" }).optional();

export const bundleSource = sourceFields.extend({
  id: bundleKey,
  updateShared,
  /** Path of a UTF-8 text file, relative to the bundle file; instead of `text`. */
  textFile: z.string().max(500).optional(),
  annotations: z.array(bundleAnnotation).optional(),
  /** How many times the text was edited (1: never); quotes' positions refer to this version. */
  textVersion: z.number().int().min(1).optional(),
  rejectedMentions: z.array(bundleRejectedMention).optional(),
  ...recordMeta,
});

export const bundleCaseRole = caseRoleFields.extend({
  id: bundleKey.optional(),
  case: bundleKey,
  ...provenance,
  ...recordMeta,
});

export const bundleEntity = z.intersection(
  entityFields,
  z.object({
    id: bundleKey,
    /** For organizations: the id of the parent organization. */
    parent: bundleKey.optional(),
    /** A duplicate merged into another entity: its id redirects there. */
    mergedInto: bundleKey.optional(),
    roles: z.array(bundleCaseRole).optional(),
    updateShared,
    ...provenance,
    ...recordMeta,
  }),
);

/**
 * A reference to an entity that already exists (in the database, or defined elsewhere in the
 * bundle): adds roles, citations and annotations to it without restating or changing it.
 */
export const bundleEntityRef = z.strictObject(
  {
    ref: bundleKey,
    roles: z.array(bundleCaseRole).optional(),
    ...provenance,
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `a reference ({ "ref": ... }) only adds roles, citations and annotations; it cannot set ${issue.keys.join(", ")} (restate the entity with "id" and "updateShared": true to change it)`
        : undefined,
  },
);

export const bundleRelationship = relationshipFields.extend({
  id: bundleKey,
  updateShared,
  subject: bundleKey,
  object: bundleKey,
  ...provenance,
  ...recordMeta,
});

export const bundleParticipant = participantFields.extend({
  id: bundleKey.optional(),
  entity: bundleKey,
  ...provenance,
  ...recordMeta,
});

export const bundleEvent = eventFields.extend({
  id: bundleKey,
  case: bundleKey,
  place: bundleKey.optional(),
  participants: z.array(bundleParticipant).optional(),
  ...provenance,
  ...recordMeta,
});

export const bundleDefendant = z.object({
  id: bundleKey.optional(),
  entity: bundleKey,
  ...factFields,
  ...provenance,
  ...recordMeta,
});

export const bundleCharge = chargeFields.extend({
  id: bundleKey,
  case: bundleKey,
  defendants: z.array(bundleDefendant).optional(),
  ...provenance,
  ...recordMeta,
});

export const bundleUser = z.object({
  id: bundleKey,
  email: z.email("email must be an address like editor@example.org"),
  name: requiredText("name", 200),
  role: z.enum(userRoles),
  isDisabled: z.boolean().optional(),
  /**
   * The account's password hash, as the operator's full export (`casefile export` without a
   * case) writes it; only the operator's `casefile import` accepts it.
   */
  passwordHash: z.string().min(1).max(1000).optional(),
  ...recordMeta,
  updateShared,
});

/** The record lists of a bundle, each with the schema of one of its records. */
const recordSchemas = {
  users: bundleUser,
  cases: bundleCase,
  sources: bundleSource,
  entities: z.union([bundleEntity, bundleEntityRef]),
  relationships: bundleRelationship,
  events: bundleEvent,
  charges: bundleCharge,
} as const;
export type BundleList = keyof typeof recordSchemas;
export const bundleLists = Object.keys(recordSchemas) as BundleList[];

export const bundleSchema = z.object({
  format: z.literal(BUNDLE_FORMAT, { error: `format must be "${BUNDLE_FORMAT}"` }),
  version: z.literal(BUNDLE_VERSION, { error: `version must be ${BUNDLE_VERSION}` }),
  description: z.string().optional(),
  users: z.array(bundleUser).default([]),
  cases: z.array(bundleCase).default([]),
  sources: z.array(bundleSource).default([]),
  entities: z.array(z.union([bundleEntity, bundleEntityRef])).default([]),
  relationships: z.array(bundleRelationship).default([]),
  events: z.array(bundleEvent).default([]),
  charges: z.array(bundleCharge).default([]),
});

export type Bundle = z.infer<typeof bundleSchema>;
export type BundleInput = z.input<typeof bundleSchema>;
export type BundleCitation = z.infer<typeof bundleCitation>;
export type BundleAnnotation = z.infer<typeof bundleAnnotation>;
export type BundleEntity = z.infer<typeof bundleEntity>;
export type BundleEntityRef = z.infer<typeof bundleEntityRef>;
export type BundleEntityItem = Bundle["entities"][number];

export const isEntityRef = (e: BundleEntityItem): e is BundleEntityRef => "ref" in e && typeof e.ref === "string";
/** The id an entity item defines or references. */
export const entityItemId = (e: BundleEntityItem): string => (isEntityRef(e) ? e.ref : e.id);

export const bundleTargetTypes = targetTypes;

export interface BundleProblem {
  path: string;
  message: string;
}

export interface ParsedBundle {
  /** The records that passed the schema (the others are in `issues`). */
  bundle: Bundle;
  issues: BundleProblem[];
  /**
   * Ids (per list) of records the schema refused: references to them are not reported again as
   * unknown, so that one mistake gives one problem.
   */
  refusedIds: Record<BundleList, Set<string>>;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Removes from a parsed value every object key its raw input did not have. The shared validators
 * turn an omitted optional text into null; a bundle must tell "not said" (left alone on update)
 * from an explicit null (cleared), so what the bundle omits stays absent.
 */
function keepOmitted(parsed: unknown, raw: unknown): void {
  if (Array.isArray(parsed) && Array.isArray(raw)) {
    parsed.forEach((item, i) => {
      keepOmitted(item, raw[i]);
    });
    return;
  }
  if (!isPlainObject(parsed) || !isPlainObject(raw)) return;
  for (const key of Object.keys(parsed)) {
    if (!Object.hasOwn(raw, key)) delete parsed[key];
    else keepOmitted(parsed[key], raw[key]);
  }
}

/** The most useful issues of a failed entity parse: a reference's, or a full entity's. */
function entityIssues(raw: unknown): { path: PropertyKey[]; message: string }[] {
  if (isPlainObject(raw) && typeof raw.id === "string" && raw.kind === undefined && !("name" in raw)) {
    return [
      {
        path: [],
        message: `an entity needs kind and name; to add roles, citations or annotations to the existing entity "${raw.id}" without restating it, write { "ref": "${raw.id}", "roles": [...], "citations": [...] }`,
      },
    ];
  }
  const schema = isPlainObject(raw) && "ref" in raw ? bundleEntityRef : bundleEntity;
  const result = schema.safeParse(raw);
  return result.success ? [] : result.error.issues;
}

/**
 * Parses a bundle record by record, so that one bad record does not hide the problems of the
 * others: every schema problem is reported with its JSON path, and the records that pass are
 * returned for the reference and quote checks. Omitted fields stay omitted (see keepOmitted).
 */
export function parseBundleJson(json: unknown): ParsedBundle {
  const issues: BundleProblem[] = [];
  const refusedIds = Object.fromEntries(bundleLists.map((l) => [l, new Set<string>()])) as Record<BundleList, Set<string>>;
  const bundle: Bundle = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    users: [],
    cases: [],
    sources: [],
    entities: [],
    relationships: [],
    events: [],
    charges: [],
  };
  if (!isPlainObject(json)) {
    issues.push({ path: "$", message: `a bundle is a JSON object with "format": "${BUNDLE_FORMAT}"` });
    return { bundle, issues, refusedIds };
  }
  if (json.format !== BUNDLE_FORMAT) issues.push({ path: "$.format", message: `format must be "${BUNDLE_FORMAT}"` });
  if (json.version !== BUNDLE_VERSION) issues.push({ path: "$.version", message: `version must be ${BUNDLE_VERSION}` });
  if (json.description !== undefined) {
    if (typeof json.description === "string") bundle.description = json.description;
    else issues.push({ path: "$.description", message: "description must be text" });
  }
  const known = new Set(["format", "version", "description", ...bundleLists]);
  for (const key of Object.keys(json)) {
    if (!known.has(key))
      issues.push({ path: `$.${key}`, message: `unknown key "${key}" (a bundle has ${[...known].join(", ")})` });
  }
  for (const list of bundleLists) {
    const raw = json[list];
    if (raw === undefined) continue;
    if (!Array.isArray(raw)) {
      issues.push({ path: `$.${list}`, message: `${list} must be a list` });
      continue;
    }
    const schema = recordSchemas[list] as z.ZodType;
    const out = bundle[list] as unknown[];
    raw.forEach((record, i) => {
      const result = schema.safeParse(record);
      if (result.success) {
        keepOmitted(result.data, record);
        out.push(result.data);
        return;
      }
      const recordIssues = list === "entities" ? entityIssues(record) : result.error.issues;
      for (const issue of recordIssues) issues.push({ path: formatPath([list, i, ...issue.path]), message: issue.message });
      if (isPlainObject(record)) {
        const id = record.id ?? record.ref;
        if (typeof id === "string") refusedIds[list].add(id);
        if (list === "cases" && typeof record.slug === "string") refusedIds.cases.add(record.slug);
      }
    });
  }
  return { bundle, issues, refusedIds };
}

/**
 * The offset of the first JSON syntax error in a text (JSON.parse does not always say where),
 * and what was expected there.
 */
export function findJsonError(text: string): { offset: number; expected: string } | null {
  let i = 0;
  class Stop extends Error {
    constructor(
      readonly offset: number,
      readonly expected: string,
    ) {
      super(expected);
    }
  }
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i] as string)) i++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else throw new Stop(i, "a value (a string, number, object, list, true, false or null)");
  };
  const string = () => {
    if (text[i] !== '"') throw new Stop(i, 'a string in double quotes (")');
    i++;
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) throw new Stop(i, "no line break or control character inside a string (write \\n)");
      if (text[i] === "\\") {
        const next = text[i + 1] ?? "";
        if (next === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new Stop(i, "\\u and four hex digits");
          i += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(next) || next === "")
          throw new Stop(i, 'a valid escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)');
        i += 2;
        continue;
      }
      i++;
    }
    if (i >= text.length) throw new Stop(i, 'the closing " of a string');
    i++;
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match || match[0] === "" || match[0] === "-")
      throw new Stop(i, "a value (a string, number, object, list, true, false or null)");
    i += match[0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === "{") {
      i++;
      ws();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (;;) {
        ws();
        string();
        ws();
        if (text[i] !== ":") throw new Stop(i, "a colon (:) after the key");
        i++;
        value();
        ws();
        if (text[i] === ",") {
          i++;
          ws();
          if (text[i] === "}") throw new Stop(i, "another key (no comma before })");
          continue;
        }
        if (text[i] === "}") {
          i++;
          return;
        }
        throw new Stop(i, "a comma (,) or a closing }");
      }
    }
    if (c === "[") {
      i++;
      ws();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ",") {
          i++;
          ws();
          if (text[i] === "]") throw new Stop(i, "another value (no comma before ])");
          continue;
        }
        if (text[i] === "]") {
          i++;
          return;
        }
        throw new Stop(i, "a comma (,) or a closing ]");
      }
    }
    if (c === '"') string();
    else if (c === "t") literal("true");
    else if (c === "f") literal("false");
    else if (c === "n") literal("null");
    else number();
  };
  try {
    value();
    ws();
    if (i < text.length) throw new Stop(i, "the end of the text (one value per file)");
    return null;
  } catch (error) {
    if (error instanceof Stop) return { offset: error.offset, expected: error.expected };
    throw error;
  }
}

/**
 * Parses JSON text; a syntax error is reported with its line and column, the line itself and a
 * caret under the spot, never a character offset in a file of many kilobytes.
 */
export function parseJsonText(text: string): { json: unknown } | { problem: BundleProblem } {
  try {
    return { json: JSON.parse(text) };
  } catch (error) {
    const found = findJsonError(text) ?? { offset: text.length, expected: (error as Error).message };
    const at = Math.min(found.offset, text.length);
    const before = text.slice(0, at);
    const line = before.split("\n").length;
    const column = at - before.lastIndexOf("\n");
    const source = text.split("\n")[line - 1] ?? "";
    const start = Math.max(0, column - 50);
    const lead = start > 0 ? "…" : "";
    const excerpt = `${lead}${source.slice(start, column + 30).trimEnd()}${source.length > column + 30 ? "…" : ""}`;
    const pointer = `${" ".repeat(column - 1 - start + lead.length)}^`;
    const what = at >= text.length ? "the text ends early: expected" : "expected";
    return {
      problem: {
        path: `line ${line}, column ${column}`,
        message: `not valid JSON: ${what} ${found.expected}\n    ${excerpt}\n    ${pointer}`,
      },
    };
  }
}
