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

export const bundleSource = sourceFields.extend({
  id: bundleKey,
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
    ...provenance,
    ...recordMeta,
  }),
);

export const bundleRelationship = relationshipFields.extend({
  id: bundleKey,
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
});

export const bundleSchema = z.object({
  format: z.literal(BUNDLE_FORMAT, { error: `format must be "${BUNDLE_FORMAT}"` }),
  version: z.literal(BUNDLE_VERSION, { error: `version must be ${BUNDLE_VERSION}` }),
  description: z.string().optional(),
  users: z.array(bundleUser).default([]),
  cases: z.array(bundleCase).default([]),
  sources: z.array(bundleSource).default([]),
  entities: z.array(bundleEntity).default([]),
  relationships: z.array(bundleRelationship).default([]),
  events: z.array(bundleEvent).default([]),
  charges: z.array(bundleCharge).default([]),
});

export type Bundle = z.infer<typeof bundleSchema>;
export type BundleInput = z.input<typeof bundleSchema>;
export type BundleCitation = z.infer<typeof bundleCitation>;
export type BundleAnnotation = z.infer<typeof bundleAnnotation>;
export type BundleEntity = z.infer<typeof bundleEntity>;

export const bundleTargetTypes = targetTypes;
