/**
 * Validators of the editing API's mutation inputs, built from the field validators so that a
 * web form and the API check the same rules with the same messages. IDs are the opaque global
 * IDs the API hands out; the API decodes them and says which one names nothing.
 */
import { z } from "zod";
import { parsePartialDate } from "../dates";
import { caseRoles, factStatuses, participantRoles, targetTypes, userRoles } from "../enums";
import {
  annotationBody,
  caseFields,
  caseRoleFields,
  chargeFields,
  confidenceSchema,
  eventFields,
  factFields,
  optionalText,
  participantFields,
  quoteSelector,
  relationshipFields,
  requiredText,
  slugSchema,
  sourceFields,
  tagsSchema,
} from "./fields";
import { passwordProblem } from "./passwords";

const enumOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: () => `${what} must be one of ${values.join(", ")}` });

/** A global ID as the API returns it. */
export const globalIdSchema = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .min(1, `${what} is required`)
    .max(512, `${what} is not an ID`);

/** The version of the record the client last saw (optimistic concurrency). */
export const versionSchema = z
  .number({ error: "version is required: send the version you last read" })
  .int("version must be a whole number")
  .min(1, "version starts at 1");

const withVersion = { id: globalIdSchema("id"), version: versionSchema };

/** For every update: the id, the version last seen, and any subset of the fields. */
function updateOf<T extends z.ZodRawShape>(fields: z.ZodObject<T>) {
  return fields.partial().extend(withVersion);
}

/** `end` must not fall before `start` (partial dates compare by the days they may cover). */
function isOrderedDates(start: string | null | undefined, end: string | null | undefined): boolean {
  if (!start || !end) return true;
  const a = parsePartialDate(start);
  const b = parsePartialDate(end);
  if ("error" in a || "error" in b) return true; // reported by the field validator
  return b.latest >= a.earliest;
}

// Accounts -----------------------------------------------------------------------------------

export const emailSchema = z
  .string({ error: "email is required" })
  .trim()
  .toLowerCase()
  .pipe(z.email("email must be an address like editor@example.org").max(300, "email must be at most 300 characters"));

/** A password being set: the one policy (passwords.ts); createUserInput adds the email rule. */
export const passwordSchema = z.string({ error: "password is required" }).superRefine((password, ctx) => {
  const problem = passwordProblem(password);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

export const loginInput = z.object({
  email: emailSchema,
  password: z.string({ error: "password is required" }).min(1, "password is required").max(200, "password is too long"),
});

export const createUserInput = z
  .object({
    email: emailSchema,
    name: requiredText("name", 200),
    role: enumOf(userRoles, "role"),
    password: passwordSchema,
  })
  .superRefine((input, ctx) => {
    // The rules that need the email (the others were reported on the password already).
    if (passwordProblem(input.password)) return;
    const problem = passwordProblem(input.password, input.email);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  });

export const updateUserRoleInput = z.object({ id: globalIdSchema("id"), role: enumOf(userRoles, "role") });
export const setUserDisabledInput = z.object({ id: globalIdSchema("id"), isDisabled: z.boolean() });

export const createApiTokenInput = z.object({
  name: requiredText("name", 100),
  role: enumOf(userRoles, "role"),
});
export const revokeApiTokenInput = z.object({ id: globalIdSchema("id") });

// Cases and roles ----------------------------------------------------------------------------

export const createCaseInput = caseFields;
export const updateCaseInput = updateOf(caseFields);
export const deleteInput = z.object(withVersion);

export const createCaseRoleInput = caseRoleFields.extend({
  caseId: globalIdSchema("caseId"),
  entityId: globalIdSchema("entityId"),
});
export const updateCaseRoleInput = updateOf(caseRoleFields);

// Relationships ------------------------------------------------------------------------------

const relationshipDates = (r: { startDate?: string | null; endDate?: string | null }) => isOrderedDates(r.startDate, r.endDate);
const relationshipDatesIssue = { message: "the end date is before the start date", path: ["endDate"] };

export const createRelationshipInput = relationshipFields
  .extend({ subjectId: globalIdSchema("subjectId"), objectId: globalIdSchema("objectId") })
  .refine((r) => r.subjectId !== r.objectId, { message: "a relationship links two different entities", path: ["objectId"] })
  .refine(relationshipDates, relationshipDatesIssue);
export const updateRelationshipInput = relationshipFields
  .partial()
  .extend({ ...withVersion, subjectId: globalIdSchema("subjectId").optional(), objectId: globalIdSchema("objectId").optional() })
  .refine(relationshipDates, relationshipDatesIssue);
/** A relationship's fields as a whole (after an update is applied): the cross-field rules. */
export const relationshipRecord = relationshipFields.refine(relationshipDates, relationshipDatesIssue);

// Events and participants --------------------------------------------------------------------

const eventDates = (e: { date?: string | null; endDate?: string | null }) => isOrderedDates(e.date, e.endDate);
const eventDatesIssue = { message: "the end date is before the date", path: ["endDate"] };

export const participantInput = participantFields.extend({ entityId: globalIdSchema("entityId") });

export const createEventInput = eventFields
  .extend({
    caseId: globalIdSchema("caseId"),
    placeId: globalIdSchema("placeId").nullish(),
    participants: z.array(participantInput).max(500, "at most 500 participants").optional(),
  })
  .refine(eventDates, eventDatesIssue);
export const updateEventInput = eventFields
  .partial()
  .extend({ ...withVersion, placeId: globalIdSchema("placeId").nullish() })
  .refine(eventDates, eventDatesIssue);
export const eventRecord = eventFields.refine(eventDates, eventDatesIssue);

export const addEventParticipantInput = participantInput.extend({ eventId: globalIdSchema("eventId") });
export const updateEventParticipantInput = updateOf(participantFields);

// Charges and defendants ---------------------------------------------------------------------

export const defendantFields = z.object({ ...factFields });
export const defendantInput = defendantFields.extend({ entityId: globalIdSchema("entityId") });

export const createChargeInput = chargeFields.extend({
  caseId: globalIdSchema("caseId"),
  defendants: z.array(defendantInput).max(500, "at most 500 defendants").optional(),
});
export const updateChargeInput = updateOf(chargeFields);
export const addChargeDefendantInput = defendantInput.extend({ chargeId: globalIdSchema("chargeId") });
export const updateChargeDefendantInput = updateOf(defendantFields);

// Sources and citations ----------------------------------------------------------------------

export const createSourceInput = sourceFields;
export const updateSourceInput = updateOf(sourceFields);

const citationCommon = {
  field: z
    .string()
    .regex(/^[a-zA-Z]{1,100}$/, "field is the name of one field of the record, e.g. rank")
    .nullish(),
  locator: z.string().trim().min(1, "locator must not be empty").max(200, "locator must be at most 200 characters").nullish(),
  note: z.string().trim().max(5000, "note must be at most 5000 characters").nullish(),
};

export const createCitationInput = z
  .object({
    sourceId: globalIdSchema("sourceId"),
    targetId: globalIdSchema("targetId"),
    quote: quoteSelector.nullish(),
    ...citationCommon,
  })
  .refine((c) => c.quote != null || c.locator != null, {
    message: "give a quote (for a source with text) or a locator such as p. 12 (for one without)",
    path: ["quote"],
  });
export const updateCitationInput = z.object({ ...withVersion, quote: quoteSelector.nullish(), ...citationCommon });

// Annotations --------------------------------------------------------------------------------

export const createAnnotationInput = z.object({
  targetId: globalIdSchema("targetId"),
  body: annotationBody,
  tags: tagsSchema.optional(),
  quote: quoteSelector.nullish(),
});
export const replyToAnnotationInput = z.object({ parentId: globalIdSchema("parentId"), body: annotationBody });
export const updateAnnotationInput = z.object({ ...withVersion, body: annotationBody.optional(), tags: tagsSchema.optional() });

// History and merges -------------------------------------------------------------------------

export const restoreRevisionInput = z.object({ revisionId: globalIdSchema("revisionId"), version: versionSchema });

export const mergeEntitiesInput = z
  .object({
    survivorId: globalIdSchema("survivorId"),
    duplicateId: globalIdSchema("duplicateId"),
    survivorVersion: versionSchema,
    duplicateVersion: versionSchema,
    /** Which fields the survivor takes from the duplicate; checked against the entities' kind by the service. */
    takeFromDuplicate: z.array(z.string().min(1).max(64)).max(32).nullish(),
  })
  .refine((m) => m.survivorId !== m.duplicateId, { message: "an entity cannot be merged into itself", path: ["duplicateId"] });
export const unmergeEntitiesInput = z.object({ mergeRevisionId: globalIdSchema("mergeRevisionId") });

/** Re-exported for forms that build their own inputs. */
export { caseRoles, confidenceSchema, factStatuses, participantRoles, targetTypes };

// Interoperability ---------------------------------------------------------------------------

export const sourceTextFormats = ["TEXT", "MARKDOWN", "HTML", "AUTO"] as const;

/** A new source from pasted content: the source's fields, with `content` instead of `text`. */
export const createSourceFromTextInput = sourceFields.omit({ text: true, title: true }).extend({
  title: optionalText("title", 500),
  format: enumOf(sourceTextFormats, "format").nullish(),
  content: z
    .string({ error: "content is required: paste the text, Markdown or HTML" })
    .max(20_000_000, "content must be at most 20,000,000 characters")
    .refine((v) => v.trim().length > 0, "content must not be empty"),
});

const mentionKey = z.string({ error: "key is required" }).min(1, "key is required").max(2000, "key is not a suggestion key");

export const acceptMentionSuggestionInput = z.object({
  sourceId: globalIdSchema("sourceId"),
  key: mentionKey,
  caseSlug: slugSchema.nullish(),
  name: requiredText("name", 300).nullish(),
  role: enumOf(caseRoles, "role").nullish(),
});

export const rejectMentionSuggestionInput = z.object({ sourceId: globalIdSchema("sourceId"), key: mentionKey });

export const ftmResolutionInput = z
  .object({
    ftmId: requiredText("ftmId", 1000),
    entityId: globalIdSchema("entityId").nullish(),
    isNew: z.boolean().nullish(),
  })
  .refine((r) => (r.entityId != null) !== (r.isNew === true), {
    message: "give either entityId (match it to that entity) or isNew: true (create it as new)",
    path: ["entityId"],
  });

export const importFtmInput = z.object({
  caseSlug: slugSchema,
  jsonLines: z
    .string({ error: "jsonLines is required: FtM entities, one JSON object per line" })
    .max(50_000_000, "jsonLines must be at most 50,000,000 characters")
    .refine((v) => v.trim().length > 0, "jsonLines must hold at least one FtM entity"),
  isDryRun: z.boolean().nullish(),
  resolutions: z
    .array(ftmResolutionInput)
    .max(10_000, "at most 10000 resolutions")
    .refine((list) => new Set(list.map((r) => r.ftmId)).size === list.length, "each ftmId may be resolved once")
    .nullish(),
  status: enumOf(factStatuses, "status").nullish(),
  confidence: confidenceSchema.nullish(),
  defaultRole: enumOf(caseRoles, "defaultRole").nullish(),
});
