import { caseRoles, entityKinds, eventKinds, factStatuses, predicates } from "@casefile/schema/enums";
import type { CaseRoleKind, EntityKind, EventKind, FactStatus, Predicate, SearchType } from "@/gql/graphql";

// The enum values of the schema, for filters and legends: one vocabulary, from @casefile/schema
// (a test there checks that it matches the GraphQL enums).
export const ENTITY_KINDS: readonly EntityKind[] = entityKinds;
export const CASE_ROLES: readonly CaseRoleKind[] = caseRoles;
export const EVENT_KINDS: readonly EventKind[] = eventKinds;
export const FACT_STATUSES: readonly FactStatus[] = factStatuses;
export const PREDICATES: readonly Predicate[] = predicates;
export const SEARCH_TYPES: readonly SearchType[] = ["ENTITY", "EVENT", "SOURCE", "ANNOTATION"];

/** What each status means, shown as the badge's tooltip and in legends. */
export const STATUS_DESCRIPTIONS: Record<FactStatus, string> = {
  ALLEGED: "Alleged: stated in a charging document; not a finding of fact",
  REPORTED: "Reported: stated by a source such as the press; not independently confirmed",
  CONFIRMED: "Confirmed: established by the record",
  DISPUTED: "Disputed: sources disagree",
  REFUTED: "Refuted: shown to be false",
  UNVERIFIED: "Unverified: awaiting verification by an editor",
};

/**
 * What a count's status means (`Charge.status` in the API): a filed count is CONFIRMED as a charge,
 * its conduct stays alleged. Shown beside the counts and under the defendant matrix.
 */
export const CHARGE_STATUS_NOTE = "A filed count is confirmed as a charge; the conduct it charges is alleged, not a finding.";

/** Colors of entity kinds, shared by the graph, the charts and the legends (AA on both themes as fills). */
export const KIND_COLORS: Record<EntityKind, string> = {
  PERSON: "#3b82f6",
  ORGANIZATION: "#d97706",
  ONLINE_PERSONA: "#db2777",
  PLACE: "#059669",
  ARTIFACT: "#7c3aed",
};

/**
 * Colors of event kinds for the timeline and its legend (3:1 against the light and dark surfaces).
 * Conduct in reds, oranges and purples; legal process in blues, with the arrest, verdict and
 * sentence, the steps a reader looks for, in warm tones.
 */
export const EVENT_KIND_COLORS: Record<EventKind, string> = {
  INTRUSION: "#dc2626",
  SPEARPHISHING: "#ea580c",
  DATA_RELEASE: "#db2777",
  REGISTRATION: "#7c3aed",
  COMMUNICATION: "#0d9488",
  PAYMENT: "#a16207",
  PUBLICATION: "#c026d3",
  CAMPAIGN: "#4d7c0f",
  MEETING: "#059669",
  ANNOUNCEMENT: "#0891b2",
  LEGAL_FILING: "#2563eb",
  INDICTMENT: "#6366f1",
  ARREST: "#b45309",
  HEARING: "#3b82f6",
  PLEA: "#a855f7",
  VERDICT: "#c2410c",
  SENTENCING: "#e11d48",
  DISMISSAL: "#78716c",
  OTHER: "#6b7280",
};

/** Human labels of event kinds, for filters, legends and event details. */
export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  INTRUSION: "Intrusion",
  SPEARPHISHING: "Spearphishing",
  DATA_RELEASE: "Data release",
  REGISTRATION: "Registration",
  COMMUNICATION: "Communication",
  PAYMENT: "Payment or transaction",
  PUBLICATION: "Publication",
  CAMPAIGN: "Campaign",
  MEETING: "Meeting",
  ANNOUNCEMENT: "Announcement",
  LEGAL_FILING: "Legal filing",
  INDICTMENT: "Indictment",
  ARREST: "Arrest",
  HEARING: "Hearing",
  PLEA: "Plea",
  VERDICT: "Verdict",
  SENTENCING: "Sentencing",
  DISMISSAL: "Dismissal",
  OTHER: "Other",
};
