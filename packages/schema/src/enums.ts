/**
 * The closed vocabularies of the domain. The GraphQL enums, the Drizzle column types and the
 * zod validators are all derived from these tuples, so a value cannot exist in one layer only.
 */

export const caseStatuses = [
  "INVESTIGATION",
  "INDICTED",
  "PRE_ARREST",
  "TRIAL",
  "CONVICTED",
  "ACQUITTED",
  "DISMISSED",
  "CLOSED",
] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export const entityKinds = ["PERSON", "ORGANIZATION", "ONLINE_PERSONA", "PLACE", "ARTIFACT"] as const;
export type EntityKind = (typeof entityKinds)[number];

/** GraphQL object type name of each entity kind. */
export const entityTypeNames = {
  PERSON: "Person",
  ORGANIZATION: "Organization",
  ONLINE_PERSONA: "OnlinePersona",
  PLACE: "Place",
  ARTIFACT: "Artifact",
} as const satisfies Record<EntityKind, string>;

export const organizationKinds = [
  "INTELLIGENCE_AGENCY",
  "MILITARY_UNIT",
  "POLITICAL_PARTY",
  "CAMPAIGN",
  "COMPANY",
  "GOVERNMENT_BODY",
  "MEDIA",
  "OTHER",
] as const;
export type OrganizationKind = (typeof organizationKinds)[number];

export const personaKinds = ["WEBSITE", "ACCOUNT"] as const;
export type PersonaKind = (typeof personaKinds)[number];

export const placeKinds = ["COUNTRY", "REGION", "CITY", "ADDRESS", "OTHER"] as const;
export type PlaceKind = (typeof placeKinds)[number];

export const artifactKinds = ["MALWARE", "TOOL", "WEBSITE", "DATASET", "OTHER"] as const;
export type ArtifactKind = (typeof artifactKinds)[number];

export const caseRoles = ["DEFENDANT", "VICTIM", "TARGET", "PROSECUTOR", "JUDGE", "OFFICIAL", "OTHER"] as const;
export type CaseRole = (typeof caseRoles)[number];

export const predicates = [
  "MEMBER_OF",
  "COMMANDS",
  "PART_OF",
  "OPERATES",
  "EMPLOYED_BY",
  "COMMUNICATED_WITH",
  "TARGETED",
  "ALIAS_OF",
  "ASSOCIATED_WITH",
] as const;
export type Predicate = (typeof predicates)[number];

/**
 * Kinds of event: conduct (the hacking case's kinds, then conduct common to most cases), then the
 * steps of legal process. LEGAL_FILING is every court filing without a kind of its own (there is
 * no separate FILING: it would mean the same).
 */
export const eventKinds = [
  "INTRUSION",
  "SPEARPHISHING",
  "DATA_RELEASE",
  "REGISTRATION",
  "COMMUNICATION",
  "PAYMENT",
  "PUBLICATION",
  "CAMPAIGN",
  "MEETING",
  "ANNOUNCEMENT",
  "LEGAL_FILING",
  "INDICTMENT",
  "ARREST",
  "HEARING",
  "PLEA",
  "VERDICT",
  "SENTENCING",
  "DISMISSAL",
  "OTHER",
] as const;
export type EventKind = (typeof eventKinds)[number];

export const participantRoles = ["ACTOR", "TARGET", "VICTIM", "ANNOUNCER", "SUBJECT"] as const;
export type ParticipantRole = (typeof participantRoles)[number];

export const sourceKinds = ["NEWS_ARTICLE", "COURT_FILING", "PRESS_RELEASE", "REPORT", "OTHER"] as const;
export type SourceKind = (typeof sourceKinds)[number];

/** How well a fact is established. A legal case is a set of allegations, never findings. */
export const factStatuses = ["ALLEGED", "REPORTED", "CONFIRMED", "DISPUTED", "REFUTED", "UNVERIFIED"] as const;
export type FactStatus = (typeof factStatuses)[number];

export const datePrecisions = ["YEAR", "MONTH", "DAY"] as const;
export type DatePrecision = (typeof datePrecisions)[number];

/** Records a citation or an annotation can be attached to. */
export const targetTypes = [
  "CASE",
  "ENTITY",
  "CASE_ROLE",
  "RELATIONSHIP",
  "EVENT",
  "EVENT_PARTICIPANT",
  "CHARGE",
  "CHARGE_DEFENDANT",
  "SOURCE",
] as const;
export type TargetType = (typeof targetTypes)[number];

export const userRoles = ["VIEWER", "EDITOR", "ADMIN"] as const;
export type UserRole = (typeof userRoles)[number];

export const revisionActions = ["CREATE", "UPDATE", "DELETE", "MERGE", "UNMERGE", "RESTORE"] as const;
export type RevisionAction = (typeof revisionActions)[number];

export const annotationStatuses = ["OPEN", "RESOLVED"] as const;
export type AnnotationStatus = (typeof annotationStatuses)[number];
