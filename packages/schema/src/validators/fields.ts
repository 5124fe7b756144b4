/**
 * zod validators for every record's fields, shared by the API (mutations, the import bundle)
 * and the web forms. Messages are written for the person who has to fix the input.
 */
import { z } from "zod";
import { isParsedDate, parsePartialDate } from "../dates";
import {
  artifactKinds,
  caseRoles,
  caseStatuses,
  eventKinds,
  factStatuses,
  organizationKinds,
  participantRoles,
  personaKinds,
  placeKinds,
  predicates,
  sourceKinds,
} from "../enums";

const enumOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: () => `${what} must be one of ${values.join(", ")}` });

export const partialDateSchema = z.string({ error: "must be a date: YYYY, YYYY-MM or YYYY-MM-DD" }).superRefine((value, ctx) => {
  const parsed = parsePartialDate(value);
  if (!isParsedDate(parsed)) ctx.addIssue({ code: "custom", message: parsed.error });
});

/** Trimmed, non-empty, bounded text. */
export const requiredText = (what: string, max = 500) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .min(1, `${what} must not be empty`)
    .max(max, `${what} must be at most ${max} characters`);

export const optionalText = (what: string, max = 20_000) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .max(max, `${what} must be at most ${max} characters`)
    .nullish()
    .transform((v) => (v === "" ? null : (v ?? null)));

export const urlSchema = z
  .string()
  .trim()
  .max(2000, "URL must be at most 2000 characters")
  .refine((v) => {
    try {
      const url = new URL(v);
      return url.protocol === "https:" || url.protocol === "http:";
    } catch {
      return false;
    }
  }, "must be an http(s) URL such as https://example.org/page");

export const slugSchema = z
  .string({ error: "slug is required" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "slug must be lowercase letters, digits and single hyphens, e.g. us-v-netyksho")
  .max(100, "slug must be at most 100 characters");

export const confidenceSchema = z
  .number({ error: "confidence must be a number from 0 to 100" })
  .int("confidence must be a whole number")
  .min(0, "confidence must be at least 0")
  .max(100, "confidence must be at most 100");

/** Status and confidence of a fact. */
export const factFields = {
  status: enumOf(factStatuses, "status").optional(),
  confidence: confidenceSchema.optional(),
};

export const aliasesSchema = z
  .array(requiredText("alias", 300), { error: "aliases must be a list of names" })
  .max(200, "at most 200 aliases")
  .refine((list) => new Set(list.map((a) => a.toLowerCase())).size === list.length, "aliases must not repeat");

export const caseFields = z.object({
  slug: slugSchema,
  caption: requiredText("caption", 500),
  shortTitle: optionalText("short title", 200),
  docketNumber: optionalText("docket number", 100),
  court: optionalText("court", 300),
  jurisdiction: optionalText("jurisdiction", 300),
  status: enumOf(caseStatuses, "case status"),
  filedDate: partialDateSchema.nullish(),
  summary: optionalText("summary"),
});

/** Per-field status, for a field less (or more) established than the entity as a whole. */
export const fieldStatusesSchema = z.record(
  z.string().regex(/^[a-zA-Z]+$/, "field names are letters only, e.g. rank"),
  z.object({ status: enumOf(factStatuses, "status"), confidence: confidenceSchema }),
);

const entityCommon = {
  name: requiredText("name", 300),
  aliases: aliasesSchema.optional(),
  description: optionalText("description"),
  fieldStatuses: fieldStatusesSchema.optional(),
  ...factFields,
};

export const personFields = z.object({
  kind: z.literal("PERSON"),
  ...entityCommon,
  rank: optionalText("rank", 200),
  position: optionalText("position", 300),
  nationality: optionalText("nationality", 100),
  birthDate: partialDateSchema.nullish(),
});

export const organizationFields = z.object({
  kind: z.literal("ORGANIZATION"),
  ...entityCommon,
  organizationKind: enumOf(organizationKinds, "organization kind"),
  country: optionalText("country", 100),
  parentId: z.string().nullish(),
});

export const onlinePersonaFields = z.object({
  kind: z.literal("ONLINE_PERSONA"),
  ...entityCommon,
  personaKind: enumOf(personaKinds, "persona kind"),
  platform: optionalText("platform", 200),
  url: urlSchema.nullish(),
});

export const placeFields = z.object({
  kind: z.literal("PLACE"),
  ...entityCommon,
  placeKind: enumOf(placeKinds, "place kind"),
  country: optionalText("country", 100),
});

export const artifactFields = z.object({
  kind: z.literal("ARTIFACT"),
  ...entityCommon,
  artifactKind: enumOf(artifactKinds, "artifact kind"),
  url: urlSchema.nullish(),
});

export const entityFields = z.discriminatedUnion(
  "kind",
  [personFields, organizationFields, onlinePersonaFields, placeFields, artifactFields],
  { error: "kind must be one of PERSON, ORGANIZATION, ONLINE_PERSONA, PLACE, ARTIFACT" },
);
export type EntityFields = z.infer<typeof entityFields>;

export const caseRoleFields = z.object({
  role: enumOf(caseRoles, "role"),
  description: optionalText("description", 2000),
  position: z.number().int().min(0).optional(),
  ...factFields,
});

export const relationshipFields = z.object({
  predicate: enumOf(predicates, "predicate"),
  startDate: partialDateSchema.nullish(),
  endDate: partialDateSchema.nullish(),
  description: optionalText("description", 2000),
  ...factFields,
});

export const eventFields = z.object({
  title: requiredText("title", 300),
  kind: enumOf(eventKinds, "event kind"),
  date: partialDateSchema,
  endDate: partialDateSchema.nullish(),
  description: optionalText("description"),
  ...factFields,
});

export const participantFields = z.object({
  role: enumOf(participantRoles, "participant role"),
  ...factFields,
});

export const chargeFields = z.object({
  countNumber: z
    .number({ error: "count number must be a number" })
    .int("count number must be a whole number")
    .min(1, "count numbers start at 1")
    .max(10_000, "count number must be at most 10000"),
  title: requiredText("title", 500),
  statute: requiredText("statute", 300),
  description: optionalText("description"),
  ...factFields,
});

export const sourceFields = z.object({
  kind: enumOf(sourceKinds, "source kind"),
  title: requiredText("title", 500),
  publisher: optionalText("publisher", 300),
  author: optionalText("author", 300),
  url: urlSchema.nullish(),
  publishedDate: partialDateSchema.nullish(),
  description: optionalText("description", 5000),
  text: z.string().max(5_000_000, "source text must be at most 5,000,000 characters").nullish(),
});

/** A quote as the W3C TextQuoteSelector has it: exact text, with context to disambiguate. */
export const quoteSelector = z.object({
  exact: z.string().min(1, "the quote must not be empty").max(5000, "a quote must be at most 5000 characters"),
  prefix: z.string().max(200).optional(),
  suffix: z.string().max(200).optional(),
});

export const annotationBody = requiredText("body", 20_000);
export const tagsSchema = z
  .array(
    z
      .string()
      .trim()
      .regex(/^[\p{L}\p{N}_-]{1,40}$/u, "tags are single words of letters, digits, _ or -, up to 40 characters"),
  )
  .max(20, "at most 20 tags");

/** Every issue in a zod error, as a JSON path and a message. */
export function describeIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
  }));
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "$";
  for (const part of path) out += typeof part === "number" ? `[${part}]` : `.${String(part)}`;
  return out;
}
