/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Accepting a mention suggestion. */
export type AcceptMentionSuggestionInput = {
  /** The case the suggestions were asked for (same `caseSlug`); the entity then gets a role in it if it has none. */
  caseSlug?: string | null | undefined;
  /** The suggestion's key, as `Source.mentionSuggestions` gave it. */
  key: string;
  /** For a candidate: the name to create the entity under (default: the mentioned text). */
  name?: string | null | undefined;
  /** The role the entity gets in the case when it has none there (default OTHER). */
  role?: CaseRoleKind | null | undefined;
  /** The source's global ID. */
  sourceId: string | number;
};

/** A defendant added to a count. */
export type AddChargeDefendantInput = {
  /** The charge's global ID. */
  chargeId: string | number;
  /** Confidence, 0 to 100 (default 50). */
  confidence?: number | null | undefined;
  /** The defendant's global ID. */
  entityId: string | number;
  /** How well established the link is (default ALLEGED). */
  status?: FactStatus | null | undefined;
};

/** An entity joining an event. */
export type AddEventParticipantInput = {
  /** Confidence, 0 to 100 (default 50). */
  confidence?: number | null | undefined;
  /** The entity's global ID. */
  entityId: string | number;
  /** The event's global ID. */
  eventId: string | number;
  /** How it took part. */
  role: ParticipantRole;
  /** How well established the participation is (default ALLEGED). */
  status?: FactStatus | null | undefined;
};

/** Which annotation threads to list. Conditions combine with AND. */
export type AnnotationFilter = {
  /** Only threads of this case. */
  caseSlug?: string | null | undefined;
  /** Only threads with this status. */
  status?: AnnotationStatus | null | undefined;
  /** Only threads with this tag. */
  tag?: string | null | undefined;
  /** Only threads about records of these kinds (counts, defendants in a count, events...). */
  targetTypes?: Array<TargetType> | null | undefined;
};

/** Whether an annotation thread still needs attention. */
export type AnnotationStatus =
  /** Needs attention. */
  | 'OPEN'
  /** Dealt with. */
  | 'RESOLVED';

/** Which thread to resolve or reopen, and the version last read. */
export type AnnotationStatusInput = {
  /** The thread's global ID. */
  id: string | number;
  /** The version you last read. */
  version: number;
};

/** Kinds of artifact. */
export type ArtifactKind =
  /** A body of data. */
  | 'DATASET'
  /** Malicious software. */
  | 'MALWARE'
  /** Any other artifact. */
  | 'OTHER'
  /** A software tool. */
  | 'TOOL'
  /** A website (as a thing, not a persona). */
  | 'WEBSITE';

/** The part an entity plays in a case. */
export type CaseRoleKind =
  /** Charged in the case. */
  | 'DEFENDANT'
  /** Presiding over the case. */
  | 'JUDGE'
  /** A public official involved (announcing, investigating). */
  | 'OFFICIAL'
  /** Any other part; the role's description says which. */
  | 'OTHER'
  /** Prosecuting the case. */
  | 'PROSECUTOR'
  /** Targeted by the alleged conduct. */
  | 'TARGET'
  /** Harmed by the alleged conduct. */
  | 'VICTIM';

/** Procedural status of a case. */
export type CaseStatus =
  /** Ended in acquittal. */
  | 'ACQUITTED'
  /** Closed for another reason. */
  | 'CLOSED'
  /** Ended in conviction. */
  | 'CONVICTED'
  /** Charges dismissed. */
  | 'DISMISSED'
  /** Charges filed. */
  | 'INDICTED'
  /** Under investigation; no charges yet. */
  | 'INVESTIGATION'
  /** Charged, but no defendant is in custody. */
  | 'PRE_ARREST'
  /** At trial. */
  | 'TRIAL';

/** A new annotation thread on a record, or on a passage of a source. */
export type CreateAnnotationInput = {
  /** Markdown body. */
  body: string;
  /** The passage annotated (annotations on a source only). */
  quote?: QuoteInput | null | undefined;
  /** Tags, for example `verify`. */
  tags?: Array<string> | null | undefined;
  /** Global ID of the record annotated (for a passage: the source). */
  targetId: string | number;
};

/** A new API token. */
export type CreateApiTokenInput = {
  /** What the token is for. */
  name: string;
  /** What requests with the token may do; at most your own role. */
  role: UserRole;
};

/** A new case. */
export type CreateCaseInput = {
  /** Full caption. */
  caption: string;
  /** Court the case is filed in. */
  court?: string | null | undefined;
  /** Court docket number. */
  docketNumber?: string | null | undefined;
  /** Filing date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  filedDate?: string | null | undefined;
  /** Jurisdiction. */
  jurisdiction?: string | null | undefined;
  /** Short title for headings. */
  shortTitle?: string | null | undefined;
  /** Short stable name for URLs: lowercase letters, digits and single hyphens. */
  slug: string;
  /** Procedural status. */
  status: CaseStatus;
  /** Neutral summary, in the language of allegation. */
  summary?: string | null | undefined;
};

/** A new role of an entity in a case. */
export type CreateCaseRoleInput = {
  /** The case's global ID. */
  caseId: string | number;
  /** Confidence, 0 to 100 (default 50). */
  confidence?: number | null | undefined;
  /** What the part is, in words. */
  description?: string | null | undefined;
  /** The entity's global ID. */
  entityId: string | number;
  /** Order within the case (0 first). */
  position?: number | null | undefined;
  /** The part it plays. */
  role: CaseRoleKind;
  /** How well established the role is (default ALLEGED). */
  status?: FactStatus | null | undefined;
};

/** A new count, with its defendants. */
export type CreateChargeInput = {
  /** The case's global ID. */
  caseId: string | number;
  /** Confidence, 0 to 100 (default 50). */
  confidence?: number | null | undefined;
  /** The count's number (unique in the case). */
  countNumber: number;
  /** The defendants charged. */
  defendants?: Array<DefendantInput> | null | undefined;
  /** Details in words. */
  description?: string | null | undefined;
  /** How well established the charge is (default ALLEGED). */
  status?: FactStatus | null | undefined;
  /** The statute(s). */
  statute: string;
  /** What is charged. */
  title: string;
};

/**
 * A new citation of a source for a record (or one field of it). For a source with text give a
 * `quote`: the server checks it occurs in the text and stores its position; for a source without
 * text give a `locator`.
 */
export type CreateCitationInput = {
  /** The field of the record it supports (for example `rank`); omit for the record as a whole. */
  field?: string | null | undefined;
  /** Page, paragraph or section (`p. 38`, `¶35`). */
  locator?: string | null | undefined;
  /** Editor's note. */
  note?: string | null | undefined;
  /** The quoted passage (sources with text). */
  quote?: QuoteInput | null | undefined;
  /** The source's global ID. */
  sourceId: string | number;
  /** Global ID of the record the citation supports. */
  targetId: string | number;
};

/**
 * A new entity of any kind. `kind` says which; give the fields of that kind only (rank, position,
 * nationality, birthDate for a PERSON; organizationKind, country, parentId for an ORGANIZATION;
 * personaKind, platform, url for an ONLINE_PERSONA; placeKind, country for a PLACE; artifactKind,
 * url for an ARTIFACT).
 */
export type CreateEntityInput = {
  /** Other names. */
  aliases?: Array<string> | null | undefined;
  /** ARTIFACT: what kind (required for artifacts). */
  artifactKind?: ArtifactKind | null | undefined;
  /** PERSON: date of birth, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  birthDate?: string | null | undefined;
  /** Confidence, 0 to 100 (default 50). */
  confidence?: number | null | undefined;
  /** ORGANIZATION or PLACE: country. */
  country?: string | null | undefined;
  /** Neutral description. */
  description?: string | null | undefined;
  /** Fields less (or more) established than the entity. */
  fieldStatuses?: Array<FieldStatusInput> | null | undefined;
  /** Which kind of entity. */
  kind: EntityKind;
  /** The name it is best known by. */
  name: string;
  /** PERSON: nationality. */
  nationality?: string | null | undefined;
  /** ORGANIZATION: what kind (required for organizations). */
  organizationKind?: OrganizationKind | null | undefined;
  /** ORGANIZATION: global ID of the parent organization. */
  parentId?: string | number | null | undefined;
  /** ONLINE_PERSONA: website or account (required for personas). */
  personaKind?: PersonaKind | null | undefined;
  /** PLACE: what kind (required for places). */
  placeKind?: PlaceKind | null | undefined;
  /** ONLINE_PERSONA: platform. */
  platform?: string | null | undefined;
  /** PERSON: position held. */
  position?: string | null | undefined;
  /** PERSON: rank. */
  rank?: string | null | undefined;
  /** How well established the identification is (default ALLEGED). */
  status?: FactStatus | null | undefined;
  /** ONLINE_PERSONA or ARTIFACT: URL. */
  url?: string | null | undefined;
};

/** A new event, with its participants. */
export type CreateEventInput = {
  /** The case's global ID. */
  caseId: string | number;
  /** Confidence, 0 to 100 (default 50). */
  confidence?: number | null | undefined;
  /** When: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, exactly as known. */
  date: string;
  /** Details in words. */
  description?: string | null | undefined;
  /** When it ended, if it spanned a period (not before `date`). */
  endDate?: string | null | undefined;
  /** What kind of event. */
  kind: EventKind;
  /** Who took part. */
  participants?: Array<ParticipantInput> | null | undefined;
  /** Global ID of the place (an entity of kind PLACE). */
  placeId?: string | number | null | undefined;
  /** How well established the event is (default ALLEGED). */
  status?: FactStatus | null | undefined;
  /** Short title. */
  title: string;
};

/** A new relationship: `subject -> predicate -> object`. */
export type CreateRelationshipInput = {
  /** Confidence, 0 to 100 (default 50). */
  confidence?: number | null | undefined;
  /** Details in words. */
  description?: string | null | undefined;
  /** When it ended (not before the start). */
  endDate?: string | null | undefined;
  /** The object entity's global ID. */
  objectId: string | number;
  /** What the relationship says. */
  predicate: Predicate;
  /** When it began: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  startDate?: string | null | undefined;
  /** How well established it is (default ALLEGED). */
  status?: FactStatus | null | undefined;
  /** The subject entity's global ID. */
  subjectId: string | number;
};

/** A new source from pasted text, Markdown or HTML. Only the reduced plain text is stored. */
export type CreateSourceFromTextInput = {
  /** Author. */
  author?: string | null | undefined;
  /** The pasted content. */
  content: string;
  /** What the source is and how far to trust it. */
  description?: string | null | undefined;
  /** How to read `content` (default AUTO). */
  format?: SourceTextFormat | null | undefined;
  /** What kind of document. */
  kind: SourceKind;
  /** Publication date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  publishedDate?: string | null | undefined;
  /** Publisher. */
  publisher?: string | null | undefined;
  /** Title; omit it to use the document's own (HTML `<title>` or first `<h1>`, Markdown's first `#` heading). */
  title?: string | null | undefined;
  /** Where it is published (http or https). */
  url?: string | null | undefined;
};

/** A new source. */
export type CreateSourceInput = {
  /** Author. */
  author?: string | null | undefined;
  /** What the source is and how far to trust it. */
  description?: string | null | undefined;
  /** What kind of document. */
  kind: SourceKind;
  /** Publication date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  publishedDate?: string | null | undefined;
  /** Publisher. */
  publisher?: string | null | undefined;
  /** The full text, when held (citations then quote it). */
  text?: string | null | undefined;
  /** Title. */
  title: string;
  /** Where it is published (http or https). */
  url?: string | null | undefined;
};

/** A new account. */
export type CreateUserInput = {
  /** Email address to sign in with. */
  email: string;
  /** Display name. */
  name: string;
  /** Initial password: 12 to 200 characters, not the demo password or a common one, not one character repeated, not the email's name. */
  password: string;
  /** What the user may do. */
  role: UserRole;
};

/** The precision a partial date is known to. */
export type DatePrecision =
  /** The exact day is known (`2016-07-22`). */
  | 'DAY'
  /** The year and month are known (`2016-07`). */
  | 'MONTH'
  /** Only the year is known (`2016`). */
  | 'YEAR';

/** A defendant charged in a new count. */
export type DefendantInput = {
  /** Confidence, 0 to 100 (default 50). */
  confidence?: number | null | undefined;
  /** The defendant's global ID. */
  entityId: string | number;
  /** How well established the link is (default ALLEGED). */
  status?: FactStatus | null | undefined;
};

/** Which record to delete, and the version last read. */
export type DeleteInput = {
  /** The record's global ID. */
  id: string | number;
  /** The version you last read; a stale one is refused with CONFLICT. */
  version: number;
};

/** Which entities to list. Conditions combine with AND. */
export type EntityFilter = {
  /** Only entities with a part in this case. */
  caseSlug?: string | null | undefined;
  /** true: only entities with no citation on them at all (their status rests on no source); false: only entities citing at least one source. */
  isUncited?: boolean | null | undefined;
  /** Only these kinds. */
  kinds?: Array<EntityKind> | null | undefined;
  /** Only entities with one of these roles (in `caseSlug` if given, else in any case). */
  roles?: Array<CaseRoleKind> | null | undefined;
  /** Only entities whose identification has one of these statuses. */
  statuses?: Array<FactStatus> | null | undefined;
  /** Words that the name or aliases (the last word as a prefix, for type-ahead) or the description (whole words) must contain. */
  text?: string | null | undefined;
};

/** The kinds of entity. */
export type EntityKind =
  /** A thing made: malware, a tool, a website, a dataset. */
  | 'ARTIFACT'
  /** A website or account acting under a name (DCLeaks, Guccifer 2.0). */
  | 'ONLINE_PERSONA'
  /** An agency, unit, party, campaign, company or other body. */
  | 'ORGANIZATION'
  /** A natural person. */
  | 'PERSON'
  /** A place. */
  | 'PLACE';

/** How to order entities. */
export type EntityOrder = {
  /** The direction. */
  direction?: SortDirection | null | undefined;
  /** The field to order by. */
  field: EntityOrderField;
};

/** Fields entities can be ordered by. */
export type EntityOrderField =
  /** By creation time. */
  | 'CREATED_AT'
  /** By name, alphabetically. */
  | 'NAME'
  /** By time of last change. */
  | 'UPDATED_AT';

/** Which events to list. Conditions combine with AND. */
export type EventFilter = {
  /** Only events of this case. */
  caseSlug?: string | null | undefined;
  /** Only events that may fall on or after this date (a month-precision event counts if its month does). */
  from?: string | null | undefined;
  /** true: only events with no citation (resting on no source); false: only events citing at least one source. */
  isUncited?: boolean | null | undefined;
  /** Only these kinds. */
  kinds?: Array<EventKind> | null | undefined;
  /** Only events this entity (global ID) takes part in. */
  participantId?: string | number | null | undefined;
  /** Only events that may fall on or before this date. */
  to?: string | null | undefined;
};

/**
 * Kinds of event: conduct first, then the steps of legal process. A kind says what happened, not how
 * well it is established (that is the event's status): an alleged payment is a PAYMENT.
 */
export type EventKind =
  /** A public statement or announcement. */
  | 'ANNOUNCEMENT'
  /** An arrest, detention or surrender of a person, or an extradition. */
  | 'ARREST'
  /** A coordinated effort over a period: an influence, advertising or rally campaign. Give it an end date for its span. */
  | 'CAMPAIGN'
  /** A message, call or exchange between parties (email, chat, letter, phone call). */
  | 'COMMUNICATION'
  /** Publication of stolen or leaked material. */
  | 'DATA_RELEASE'
  /** Charges or a case dismissed or dropped, by the court or on the prosecution's motion. */
  | 'DISMISSAL'
  /** A court hearing: an arraignment, a motions hearing, a status conference, a trial session. */
  | 'HEARING'
  /** Charges brought: an indictment, superseding indictment or information returned or filed. */
  | 'INDICTMENT'
  /** Unauthorized access to computers or networks. */
  | 'INTRUSION'
  /**
   * A filing in court without a kind of its own: a complaint, motion, brief or order. An indictment
   * is INDICTMENT; earlier records may hold an indictment's filing here, and both mean a filing.
   */
  | 'LEGAL_FILING'
  /** A meeting or summit. */
  | 'MEETING'
  /** Any other event. */
  | 'OTHER'
  /** A payment or other financial transaction: a transfer, a purchase, a wire, a cryptocurrency transaction. */
  | 'PAYMENT'
  /** A plea entered: guilty, not guilty, or a plea agreement. */
  | 'PLEA'
  /** Publication of material that is not stolen or leaked: a post, an advertisement, an article, a video (stolen or leaked material is DATA_RELEASE). */
  | 'PUBLICATION'
  /** Registration of a domain, account or company. */
  | 'REGISTRATION'
  /** A sentence imposed. */
  | 'SENTENCING'
  /** Deceptive emails sent to obtain credentials or plant malware. */
  | 'SPEARPHISHING'
  /** A verdict or judgment on the charges: conviction or acquittal. */
  | 'VERDICT';

/** The formats a case, or the whole database, can be exported in. */
export type ExportFormat =
  /** Casefile's import bundle (JSON): what `casefile import` and the seed loader read. A case, or everything. ADMIN only: it holds the authors' email addresses. */
  | 'BUNDLE_JSON'
  /** Annotations with their replies (CSV). */
  | 'CSV_ANNOTATIONS'
  /** Charges, one row per count, with the defendants (CSV). */
  | 'CSV_CHARGES'
  /** Citations with quote, context, offsets and locator (CSV). */
  | 'CSV_CITATIONS'
  /** Entities with their roles, one row each (CSV). */
  | 'CSV_ENTITIES'
  /** Events with their participants (CSV). */
  | 'CSV_EVENTS'
  /** Relationships with the names of both ends (CSV). */
  | 'CSV_RELATIONSHIPS'
  /** Sources, without their text (CSV). */
  | 'CSV_SOURCES'
  /** A FollowTheMoney entity stream, one JSON object per line (OCCRP Aleph, `ftm`). Needs a case. */
  | 'FTM_JSONL'
  /** Citations and annotations as a W3C Web Annotation collection (JSON-LD). A case, or everything. */
  | 'WEB_ANNOTATION_JSONLD';

/** How well established a fact is. A legal case is a set of allegations: ALLEGED is not a finding. */
export type FactStatus =
  /** Stated in a charging document or by a party, not proven. */
  | 'ALLEGED'
  /** Established by a court record or an authoritative source. */
  | 'CONFIRMED'
  /** Sources disagree. */
  | 'DISPUTED'
  /** Shown to be false. */
  | 'REFUTED'
  /** Reported by a source (for example the press) without confirmation. */
  | 'REPORTED'
  /** Not yet checked: an editor should verify it. */
  | 'UNVERIFIED';

/** The status of one field of an entity where it differs from the entity's own. */
export type FieldStatusInput = {
  /** Confidence in the value, 0 to 100. */
  confidence: number;
  /** The field, for example `rank`. */
  field: string;
  /** How well established the field's value is. */
  status: FactStatus;
};

/** Credentials to sign in with. */
export type LoginInput = {
  /** The account's email address. */
  email: string;
  /** The account's password. */
  password: string;
};

/** The kinds of mention suggestion. */
export type MentionKind =
  /** A known entity, found by its name or one of its aliases. */
  | 'ENTITY'
  /** A candidate new organization. */
  | 'ORGANIZATION'
  /** A candidate new person. */
  | 'PERSON'
  /** A candidate new place. */
  | 'PLACE';

/** How a known entity was found in the text. */
export type MentionMatchType =
  /** By one of its aliases. */
  | 'ALIAS'
  /** By its name. */
  | 'NAME'
  /** By a surname that only one known person has. */
  | 'SURNAME';

/** Merging a duplicate entity into the one that stays. */
export type MergeEntitiesInput = {
  /** The duplicate: its links move to the survivor, and its ID then redirects there. */
  duplicateId: string | number;
  /** The duplicate's version you last read. */
  duplicateVersion: number;
  /** The entity that stays. */
  survivorId: string | number;
  /** The survivor's version you last read. */
  survivorVersion: number;
  /**
   * Fields whose value the survivor takes from the duplicate, by their API names (for example
   * `nationality`, `birthDate`): the choices of a merge preview that shows both records' fields side
   * by side. Allowed: `description` and the fields of the entities' kind (a person's `rank`,
   * `position`, `nationality`, `birthDate`; an organization's `organizationKind`, `country`; an online
   * persona's `personaKind`, `platform`, `url`; a place's `placeKind`, `country`; an artifact's
   * `artifactKind`, `url`). A field's own status and confidence come along. Not `name`: the
   * duplicate's names become aliases. Default: none, the survivor keeps all its values. An unmerge
   * puts the survivor's values back.
   */
  takeFromDuplicate?: Array<string> | null | undefined;
};

/** Kinds of organization. */
export type OrganizationKind =
  /** An election campaign. */
  | 'CAMPAIGN'
  /** A company. */
  | 'COMPANY'
  /** A government department, court or public body. */
  | 'GOVERNMENT_BODY'
  /** An intelligence service. */
  | 'INTELLIGENCE_AGENCY'
  /** A media organization. */
  | 'MEDIA'
  /** A military unit. */
  | 'MILITARY_UNIT'
  /** Any other organization. */
  | 'OTHER'
  /** A political party or party committee. */
  | 'POLITICAL_PARTY';

/** An entity taking part in a new event. */
export type ParticipantInput = {
  /** Confidence, 0 to 100 (default 50). */
  confidence?: number | null | undefined;
  /** The entity's global ID. */
  entityId: string | number;
  /** How it took part. */
  role: ParticipantRole;
  /** How well established the participation is (default ALLEGED). */
  status?: FactStatus | null | undefined;
};

/** The part an entity plays in an event. */
export type ParticipantRole =
  /** Carried it out. */
  | 'ACTOR'
  /** Announced it. */
  | 'ANNOUNCER'
  /** Is what the event is about. */
  | 'SUBJECT'
  /** Was targeted. */
  | 'TARGET'
  /** Was harmed. */
  | 'VICTIM';

/** Kinds of online persona. */
export type PersonaKind =
  /** An account or pseudonymous identity on a platform. */
  | 'ACCOUNT'
  /** A website. */
  | 'WEBSITE';

/** Kinds of place. */
export type PlaceKind =
  /** A street address or building. */
  | 'ADDRESS'
  /** A city or town. */
  | 'CITY'
  /** A country. */
  | 'COUNTRY'
  /** Any other place. */
  | 'OTHER'
  /** A state, province or region. */
  | 'REGION';

/** What a relationship says: `subject -> predicate -> object`. */
export type Predicate =
  /** The subject is another identity of the object. */
  | 'ALIAS_OF'
  /** Any other association; the description says which. */
  | 'ASSOCIATED_WITH'
  /** The subject commands the object. */
  | 'COMMANDS'
  /** The subject communicated with the object. */
  | 'COMMUNICATED_WITH'
  /** The subject is employed by the object. */
  | 'EMPLOYED_BY'
  /** The subject is a member of the object (an officer of a unit). */
  | 'MEMBER_OF'
  /** The subject operates the object (a unit runs a persona). */
  | 'OPERATES'
  /** The subject is part of the object (a unit of an agency). */
  | 'PART_OF'
  /** The subject targeted the object. */
  | 'TARGETED';

/** A quote to anchor in a source text (W3C TextQuoteSelector). The server finds where it occurs. */
export type QuoteInput = {
  /** The quoted text, exactly as in the source. */
  exact: string;
  /** Text just before the quote, when the quote occurs more than once. */
  prefix?: string | null | undefined;
  /** Text just after the quote, when the quote occurs more than once. */
  suffix?: string | null | undefined;
};

/** Rejecting a mention suggestion: it is no longer suggested for this source. */
export type RejectMentionSuggestionInput = {
  /** The suggestion's key, as `Source.mentionSuggestions` gave it. */
  key: string;
  /** The source's global ID. */
  sourceId: string | number;
};

/** A reply in a thread. */
export type ReplyToAnnotationInput = {
  /** Markdown body. */
  body: string;
  /** The annotation replied to (a reply to a reply joins the same thread). */
  parentId: string | number;
};

/** Which revision to bring a record back to. */
export type RestoreRevisionInput = {
  /** The revision's global ID (from `history`). */
  revisionId: string | number;
  /** The record's latest version as you last read it (for a deleted record: the version of its DELETE revision). */
  version: number;
};

/** What a write did. */
export type RevisionAction =
  /** Created the record. */
  | 'CREATE'
  /** Deleted the record. */
  | 'DELETE'
  /** Merged a duplicate into this record. */
  | 'MERGE'
  /** Brought the record back to a past version. */
  | 'RESTORE'
  /** Undid a merge. */
  | 'UNMERGE'
  /** Changed fields. */
  | 'UPDATE';

/** Which token to revoke. */
export type RevokeApiTokenInput = {
  /** The token's ID. */
  id: string | number;
};

/** How a search result matched, from the strongest to the weakest. */
export type SearchMatch =
  /** Every searched word starts a word of one of the entity's aliases. */
  | 'ALIAS'
  /** The whole name (or event or source title) is what was searched for. */
  | 'EXACT_NAME'
  /** Every searched word starts a word of the name (or event or source title, author, publisher). */
  | 'NAME'
  /** The searched words (stemmed: `voter` finds `voters`) appear in any of the record's fields together. */
  | 'TEXT';

/** What search looks through. */
export type SearchType =
  /** Annotations: bodies and tags. */
  | 'ANNOTATION'
  /** Entities: names, aliases, descriptions. */
  | 'ENTITY'
  /** Events: titles and descriptions. */
  | 'EVENT'
  /** Sources: titles, authors, publishers, descriptions and full texts. */
  | 'SOURCE';

/** Disabling or re-enabling an account. */
export type SetUserDisabledInput = {
  /** The user's global ID. */
  id: string | number;
  /** True to disable (ends the user's sessions and revokes their API tokens for good), false to enable again. */
  isDisabled: boolean;
};

/** Sort direction. */
export type SortDirection =
  /** Smallest first. */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

/** Kinds of source. */
export type SourceKind =
  /** A court filing: indictment, complaint, order. */
  | 'COURT_FILING'
  /** A news article. */
  | 'NEWS_ARTICLE'
  /** Anything else. */
  | 'OTHER'
  /** A press release or official statement. */
  | 'PRESS_RELEASE'
  /** A report (government, research, industry). */
  | 'REPORT';

/** How pasted content is to be read. */
export type SourceTextFormat =
  /** Guess from the content (HTML if it has tags, Markdown if it has its marks, else text). */
  | 'AUTO'
  /** HTML: scripts, styles, forms, media and markup are dropped; paragraphs, headings and list items keep their breaks. */
  | 'HTML'
  /** Markdown: rendered, then reduced to its text. */
  | 'MARKDOWN'
  /** Plain text, stored as it is (line ends and spacing normalized). */
  | 'TEXT';

/** Kinds of record a citation or annotation can be about. */
export type TargetType =
  /** A case. */
  | 'CASE'
  /** An entity's role in a case. */
  | 'CASE_ROLE'
  /** A count. */
  | 'CHARGE'
  /** A defendant's link to a count. */
  | 'CHARGE_DEFENDANT'
  /** An entity. */
  | 'ENTITY'
  /** An event. */
  | 'EVENT'
  /** An entity's part in an event. */
  | 'EVENT_PARTICIPANT'
  /** A relationship. */
  | 'RELATIONSHIP'
  /** A source (annotations on a passage). */
  | 'SOURCE';

/** Which merge to undo. */
export type UnmergeEntitiesInput = {
  /** The MERGE revision returned by `mergeEntities` (also in the survivor's history). */
  mergeRevisionId: string | number;
};

/** Changes to your own annotation. */
export type UpdateAnnotationInput = {
  /** New body. */
  body?: string | null | undefined;
  /** The annotation's global ID. */
  id: string | number;
  /** New tags (replace the list). */
  tags?: Array<string> | null | undefined;
  /** The version you last read. */
  version: number;
};

/** Changes to a case: only the fields given change (null clears an optional field). */
export type UpdateCaseInput = {
  /** New caption. */
  caption?: string | null | undefined;
  /** New court. */
  court?: string | null | undefined;
  /** New docket number. */
  docketNumber?: string | null | undefined;
  /** New filing date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  filedDate?: string | null | undefined;
  /** The case's global ID. */
  id: string | number;
  /** New jurisdiction. */
  jurisdiction?: string | null | undefined;
  /** New short title. */
  shortTitle?: string | null | undefined;
  /** New slug. */
  slug?: string | null | undefined;
  /** New status. */
  status?: CaseStatus | null | undefined;
  /** New summary. */
  summary?: string | null | undefined;
  /** The version you last read. */
  version: number;
};

/** Changes to a case role: only the fields given change. */
export type UpdateCaseRoleInput = {
  /** New confidence. */
  confidence?: number | null | undefined;
  /** New description. */
  description?: string | null | undefined;
  /** The role's global ID. */
  id: string | number;
  /** New position. */
  position?: number | null | undefined;
  /** New part. */
  role?: CaseRoleKind | null | undefined;
  /** New status. */
  status?: FactStatus | null | undefined;
  /** The version you last read. */
  version: number;
};

/** Changes to a count: only the fields given change. Defendants change through their own mutations. */
export type UpdateChargeInput = {
  /** New confidence. */
  confidence?: number | null | undefined;
  /** New count number. */
  countNumber?: number | null | undefined;
  /** New description. */
  description?: string | null | undefined;
  /** The charge's global ID. */
  id: string | number;
  /** New status. */
  status?: FactStatus | null | undefined;
  /** New statute. */
  statute?: string | null | undefined;
  /** New title. */
  title?: string | null | undefined;
  /** The version you last read. */
  version: number;
};

/** Changes to a citation: only the fields given change. A new quote is anchored in the source's current text (and clears `isOrphaned`). */
export type UpdateCitationInput = {
  /** New field (null: the record as a whole). */
  field?: string | null | undefined;
  /** The citation's global ID. */
  id: string | number;
  /** New locator. */
  locator?: string | null | undefined;
  /** New note. */
  note?: string | null | undefined;
  /** New quote. */
  quote?: QuoteInput | null | undefined;
  /** The version you last read. */
  version: number;
};

/** Changes to an entity: only the fields given change (null clears an optional field). The kind cannot change. */
export type UpdateEntityInput = {
  /** New list of other names (replaces the list). */
  aliases?: Array<string> | null | undefined;
  /** ARTIFACT: kind. */
  artifactKind?: ArtifactKind | null | undefined;
  /** PERSON: date of birth. */
  birthDate?: string | null | undefined;
  /** New confidence. */
  confidence?: number | null | undefined;
  /** ORGANIZATION or PLACE: country. */
  country?: string | null | undefined;
  /** New description. */
  description?: string | null | undefined;
  /** New field statuses (replaces the list). */
  fieldStatuses?: Array<FieldStatusInput> | null | undefined;
  /** The entity's global ID. */
  id: string | number;
  /** New name. */
  name?: string | null | undefined;
  /** PERSON: nationality. */
  nationality?: string | null | undefined;
  /** ORGANIZATION: kind. */
  organizationKind?: OrganizationKind | null | undefined;
  /** ORGANIZATION: parent organization's global ID. */
  parentId?: string | number | null | undefined;
  /** ONLINE_PERSONA: website or account. */
  personaKind?: PersonaKind | null | undefined;
  /** PLACE: kind. */
  placeKind?: PlaceKind | null | undefined;
  /** ONLINE_PERSONA: platform. */
  platform?: string | null | undefined;
  /** PERSON: position held. */
  position?: string | null | undefined;
  /** PERSON: rank. */
  rank?: string | null | undefined;
  /** New status. */
  status?: FactStatus | null | undefined;
  /** ONLINE_PERSONA or ARTIFACT: URL. */
  url?: string | null | undefined;
  /** The version you last read. */
  version: number;
};

/** Changes to an event: only the fields given change. Participants change through their own mutations. */
export type UpdateEventInput = {
  /** New confidence. */
  confidence?: number | null | undefined;
  /** New date. */
  date?: string | null | undefined;
  /** New description. */
  description?: string | null | undefined;
  /** New end date. */
  endDate?: string | null | undefined;
  /** The event's global ID. */
  id: string | number;
  /** New kind. */
  kind?: EventKind | null | undefined;
  /** New place (null: none). */
  placeId?: string | number | null | undefined;
  /** New status. */
  status?: FactStatus | null | undefined;
  /** New title. */
  title?: string | null | undefined;
  /** The version you last read. */
  version: number;
};

/** Changes to a relationship: only the fields given change. */
export type UpdateRelationshipInput = {
  /** New confidence. */
  confidence?: number | null | undefined;
  /** New description. */
  description?: string | null | undefined;
  /** New end date. */
  endDate?: string | null | undefined;
  /** The relationship's global ID. */
  id: string | number;
  /** New object. */
  objectId?: string | number | null | undefined;
  /** New predicate. */
  predicate?: Predicate | null | undefined;
  /** New start date. */
  startDate?: string | null | undefined;
  /** New status. */
  status?: FactStatus | null | undefined;
  /** New subject. */
  subjectId?: string | number | null | undefined;
  /** The version you last read. */
  version: number;
};

/**
 * Changes to a source: only the fields given change. A new `text` bumps `textVersion` and
 * re-anchors every citation and annotation on the source; those that cannot be re-anchored are
 * kept and flagged `isOrphaned`.
 */
export type UpdateSourceInput = {
  /** New author. */
  author?: string | null | undefined;
  /** New description. */
  description?: string | null | undefined;
  /** The source's global ID. */
  id: string | number;
  /** New kind. */
  kind?: SourceKind | null | undefined;
  /** New publication date. */
  publishedDate?: string | null | undefined;
  /** New publisher. */
  publisher?: string | null | undefined;
  /** New full text (null: the text is no longer held). */
  text?: string | null | undefined;
  /** New title. */
  title?: string | null | undefined;
  /** New URL. */
  url?: string | null | undefined;
  /** The version you last read. */
  version: number;
};

/** A role change. */
export type UpdateUserRoleInput = {
  /** The user's global ID. */
  id: string | number;
  /** The new role. */
  role: UserRole;
};

/** What a user may do. */
export type UserRole =
  /** Everything, including users and API tokens. */
  | 'ADMIN'
  /** Reads, and creates and edits records. */
  | 'EDITOR'
  /** Reads everything. */
  | 'VIEWER';

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { users: { totalCount: number, edges: Array<{ node: { id: string, name: string, email: string | null, role: UserRole, isDisabled: boolean, createdAt: string } }> } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { user: { id: string, name: string } } };

export type UpdateUserRoleMutationVariables = Exact<{
  input: UpdateUserRoleInput;
}>;


export type UpdateUserRoleMutation = { updateUserRole: { user: { id: string, role: UserRole } } };

export type SetUserDisabledMutationVariables = Exact<{
  input: SetUserDisabledInput;
}>;


export type SetUserDisabledMutation = { setUserDisabled: { user: { id: string, isDisabled: boolean } } };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { apiTokens: Array<{ id: string, name: string, role: UserRole, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, isRevoked: boolean, owner: { id: string, name: string } }> };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { createApiToken: { secret: string, token: { id: string, name: string, role: UserRole } } };

export type RevokeApiTokenMutationVariables = Exact<{
  input: RevokeApiTokenInput;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { token: { id: string, isRevoked: boolean } } };

export type CreateAnnotationMutationVariables = Exact<{
  input: CreateAnnotationInput;
}>;


export type CreateAnnotationMutation = { createAnnotation: { annotation: { id: string, position: { start: number, end: number } | null } } };

export type ReplyToAnnotationMutationVariables = Exact<{
  input: ReplyToAnnotationInput;
}>;


export type ReplyToAnnotationMutation = { replyToAnnotation: { annotation: { id: string } } };

export type UpdateAnnotationMutationVariables = Exact<{
  input: UpdateAnnotationInput;
}>;


export type UpdateAnnotationMutation = { updateAnnotation: { annotation: { id: string, version: number } } };

export type ResolveAnnotationMutationVariables = Exact<{
  input: AnnotationStatusInput;
}>;


export type ResolveAnnotationMutation = { resolveAnnotation: { annotation: { id: string, status: AnnotationStatus, version: number } } };

export type ReopenAnnotationMutationVariables = Exact<{
  input: AnnotationStatusInput;
}>;


export type ReopenAnnotationMutation = { reopenAnnotation: { annotation: { id: string, status: AnnotationStatus, version: number } } };

export type DeleteAnnotationMutationVariables = Exact<{
  input: DeleteInput;
}>;


export type DeleteAnnotationMutation = { deleteAnnotation: { deletedId: string } };

export type QuestionsQueryVariables = Exact<{
  filter?: AnnotationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type QuestionsQuery = { annotations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, body: string, tags: Array<string>, status: AnnotationStatus, targetType: TargetType, createdAt: string, author: { id: string, name: string }, replies: Array<{ id: string }>, quote: { exact: string } | null, target:
          | { __typename: 'Annotation', id: string }
          | { __typename: 'Artifact', name: string, id: string }
          | { __typename: 'Case', caption: string, slug: string, id: string }
          | { __typename: 'CaseRole', id: string, caseRole: CaseRoleKind, entity:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             }
          | { __typename: 'Charge', countNumber: number, title: string, id: string }
          | { __typename: 'ChargeDefendant', id: string, defendant:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , charge: { id: string, countNumber: number } }
          | { __typename: 'Citation', id: string }
          | { __typename: 'Event', title: string, id: string }
          | { __typename: 'EventParticipant', id: string, participantRole: ParticipantRole, entity:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , event: { id: string, title: string } }
          | { __typename: 'OnlinePersona', name: string, id: string }
          | { __typename: 'Organization', name: string, id: string }
          | { __typename: 'Person', name: string, id: string }
          | { __typename: 'Place', name: string, id: string }
          | { __typename: 'Relationship', predicate: Predicate, id: string, subject:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , object:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             }
          | { __typename: 'Revision', id: string }
          | { __typename: 'Source', title: string, id: string }
          | { __typename: 'User', id: string }
         | null } }> } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { viewer: { id: string, name: string, role: UserRole } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: { isSignedOut: boolean } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { id: string, name: string, role: UserRole } | null };

export type CaseOverviewQueryVariables = Exact<{
  slug: string;
}>;


export type CaseOverviewQuery = { case: { id: string, slug: string, caption: string, shortTitle: string | null, docketNumber: string | null, court: string | null, jurisdiction: string | null, status: CaseStatus, filedDate: string | null, filedDatePrecision: DatePrecision | null, summary: string | null, charges: Array<{ id: string, countNumber: number, title: string, statute: string, status: FactStatus, defendants: Array<{ id: string, status: FactStatus, confidence: number, defendant:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }> }>, roles: { totalCount: number, edges: Array<{ node: { id: string, position: number, status: FactStatus, entity:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           } }> }, stats: { entityCount: number, defendantCount: number, chargeCount: number, eventCount: number, sourceCount: number, citationCount: number, openAnnotationCount: number, eventsWithoutMonth: number, entitiesByKind: Array<{ kind: EntityKind, count: number }>, eventsPerMonth: Array<{ month: string, count: number }>, defendantGroups: Array<{ count: number, kind: EntityKind | null, unit: { id: string, name: string } | null }> } } | null, activity: { edges: Array<{ node: { id: string, recordType: string, recordId: string, action: RevisionAction, version: number, createdAt: string, actor: { id: string, name: string } | null, changes: Array<{ field: string }>, record:
          | { __typename: 'Annotation', body: string, id: string }
          | { __typename: 'Artifact', name: string, id: string }
          | { __typename: 'Case', caption: string, id: string }
          | { __typename: 'CaseRole', id: string }
          | { __typename: 'Charge', countNumber: number, title: string, id: string }
          | { __typename: 'ChargeDefendant', id: string, defendant:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , charge: { id: string, countNumber: number } }
          | { __typename: 'Citation', id: string, source: { id: string, title: string } }
          | { __typename: 'Event', title: string, id: string }
          | { __typename: 'EventParticipant', id: string }
          | { __typename: 'OnlinePersona', name: string, id: string }
          | { __typename: 'Organization', name: string, id: string }
          | { __typename: 'Person', name: string, id: string }
          | { __typename: 'Place', name: string, id: string }
          | { __typename: 'Relationship', predicate: Predicate, id: string, subject:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , object:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             }
          | { __typename: 'Revision', id: string }
          | { __typename: 'Source', title: string, id: string }
          | { __typename: 'User', id: string }
         | null } }> } };

export type CaseIndexQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseIndexQuery = { cases: { totalCount: number, edges: Array<{ node: { id: string, slug: string, caption: string, shortTitle: string | null, docketNumber: string | null, court: string | null, status: CaseStatus, updatedAt: string, stats: { entityCount: number, defendantCount: number, eventCount: number } } }> } };

export type CaseLastActivityQueryVariables = Exact<{
  slug: string;
}>;


export type CaseLastActivityQuery = { activity: { edges: Array<{ node: { id: string, createdAt: string } }> } };

export type CaseListQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseListQuery = { cases: { edges: Array<{ node: { id: string, slug: string, caption: string, shortTitle: string | null } }> } };

export type CaseExportQueryVariables = Exact<{
  slug: string;
  format: ExportFormat;
}>;


export type CaseExportQuery = { export: { filename: string, contentType: string, content: string } };

export type ChargePageQueryVariables = Exact<{
  id: string | number;
}>;


export type ChargePageQuery = { node:
    | { __typename: 'Annotation', id: string }
    | { __typename: 'Artifact', id: string }
    | { __typename: 'Case', id: string }
    | { __typename: 'CaseRole', id: string }
    | { __typename: 'Charge', countNumber: number, title: string, statute: string, description: string | null, status: FactStatus, confidence: number, version: number, id: string, case: { id: string, slug: string, caption: string, shortTitle: string | null }, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }>, annotations: Array<{ id: string, body: string, tags: Array<string>, status: AnnotationStatus, version: number, createdAt: string, isOrphaned: boolean, author: { id: string, name: string }, resolvedBy: { id: string, name: string } | null, quote: { exact: string } | null, position: { start: number, end: number } | null, replies: Array<{ id: string, body: string, version: number, createdAt: string, author: { id: string, name: string } }> }>, defendants: Array<{ id: string, status: FactStatus, confidence: number, defendant:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
        , citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }>, annotations: Array<{ id: string, body: string, tags: Array<string>, status: AnnotationStatus, version: number, createdAt: string, isOrphaned: boolean, author: { id: string, name: string }, resolvedBy: { id: string, name: string } | null, quote: { exact: string } | null, position: { start: number, end: number } | null, replies: Array<{ id: string, body: string, version: number, createdAt: string, author: { id: string, name: string } }> }> }> }
    | { __typename: 'ChargeDefendant', id: string }
    | { __typename: 'Citation', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'EventParticipant', id: string }
    | { __typename: 'OnlinePersona', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Place', id: string }
    | { __typename: 'Relationship', id: string }
    | { __typename: 'Revision', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'User', id: string }
   | null };

export type EventPageQueryVariables = Exact<{
  id: string | number;
}>;


export type EventPageQuery = { node:
    | { __typename: 'Annotation', id: string }
    | { __typename: 'Artifact', id: string }
    | { __typename: 'Case', id: string }
    | { __typename: 'CaseRole', id: string }
    | { __typename: 'Charge', id: string }
    | { __typename: 'ChargeDefendant', id: string }
    | { __typename: 'Citation', id: string }
    | { __typename: 'Event', title: string, kind: EventKind, date: string, datePrecision: DatePrecision, endDate: string | null, endDatePrecision: DatePrecision | null, description: string | null, status: FactStatus, confidence: number, id: string, case: { id: string, slug: string, caption: string, shortTitle: string | null }, place: { id: string, name: string } | null, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }>, annotations: Array<{ id: string, body: string, tags: Array<string>, status: AnnotationStatus, version: number, createdAt: string, isOrphaned: boolean, author: { id: string, name: string }, resolvedBy: { id: string, name: string } | null, quote: { exact: string } | null, position: { start: number, end: number } | null, replies: Array<{ id: string, body: string, version: number, createdAt: string, author: { id: string, name: string } }> }>, participants: Array<{ id: string, role: ParticipantRole, status: FactStatus, confidence: number, entity:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }>, annotations: Array<{ id: string, body: string, tags: Array<string>, status: AnnotationStatus, version: number, createdAt: string, isOrphaned: boolean, author: { id: string, name: string }, resolvedBy: { id: string, name: string } | null, quote: { exact: string } | null, position: { start: number, end: number } | null, replies: Array<{ id: string, body: string, version: number, createdAt: string, author: { id: string, name: string } }> }> }> }
    | { __typename: 'EventParticipant', id: string }
    | { __typename: 'OnlinePersona', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Place', id: string }
    | { __typename: 'Relationship', id: string }
    | { __typename: 'Revision', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'User', id: string }
   | null };

export type RelationshipPageQueryVariables = Exact<{
  id: string | number;
}>;


export type RelationshipPageQuery = { node:
    | { __typename: 'Annotation', id: string }
    | { __typename: 'Artifact', id: string }
    | { __typename: 'Case', id: string }
    | { __typename: 'CaseRole', id: string }
    | { __typename: 'Charge', id: string }
    | { __typename: 'ChargeDefendant', id: string }
    | { __typename: 'Citation', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'EventParticipant', id: string }
    | { __typename: 'OnlinePersona', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Place', id: string }
    | { __typename: 'Relationship', predicate: Predicate, startDate: string | null, startDatePrecision: DatePrecision | null, endDate: string | null, endDatePrecision: DatePrecision | null, description: string | null, status: FactStatus, confidence: number, id: string, subject:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , object:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }>, annotations: Array<{ id: string, body: string, tags: Array<string>, status: AnnotationStatus, version: number, createdAt: string, isOrphaned: boolean, author: { id: string, name: string }, resolvedBy: { id: string, name: string } | null, quote: { exact: string } | null, position: { start: number, end: number } | null, replies: Array<{ id: string, body: string, version: number, createdAt: string, author: { id: string, name: string } }> }> }
    | { __typename: 'Revision', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'User', id: string }
   | null };

export type EntityForEditQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityForEditQuery = { node:
    | { __typename: 'Annotation', id: string }
    | { __typename: 'Artifact', kind: EntityKind, name: string, aliases: Array<string>, description: string | null, status: FactStatus, confidence: number, version: number, updatedAt: string, artifactKind: ArtifactKind, url: string | null, id: string }
    | { __typename: 'Case', id: string }
    | { __typename: 'CaseRole', id: string }
    | { __typename: 'Charge', id: string }
    | { __typename: 'ChargeDefendant', id: string }
    | { __typename: 'Citation', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'EventParticipant', id: string }
    | { __typename: 'OnlinePersona', kind: EntityKind, name: string, aliases: Array<string>, description: string | null, status: FactStatus, confidence: number, version: number, updatedAt: string, personaKind: PersonaKind, platform: string | null, url: string | null, id: string }
    | { __typename: 'Organization', kind: EntityKind, name: string, aliases: Array<string>, description: string | null, status: FactStatus, confidence: number, version: number, updatedAt: string, organizationKind: OrganizationKind, country: string | null, id: string, parent: { id: string, name: string } | null }
    | { __typename: 'Person', kind: EntityKind, name: string, aliases: Array<string>, description: string | null, status: FactStatus, confidence: number, version: number, updatedAt: string, rank: string | null, position: string | null, nationality: string | null, birthDate: string | null, id: string }
    | { __typename: 'Place', kind: EntityKind, name: string, aliases: Array<string>, description: string | null, status: FactStatus, confidence: number, version: number, updatedAt: string, placeKind: PlaceKind, country: string | null, id: string }
    | { __typename: 'Relationship', id: string }
    | { __typename: 'Revision', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'User', id: string }
   | null };

export type CreateEntityMutationVariables = Exact<{
  input: CreateEntityInput;
}>;


export type CreateEntityMutation = { createEntity: { entity:
      | { id: string, name: string, version: number }
      | { id: string, name: string, version: number }
      | { id: string, name: string, version: number }
      | { id: string, name: string, version: number }
      | { id: string, name: string, version: number }
     } };

export type UpdateEntityMutationVariables = Exact<{
  input: UpdateEntityInput;
}>;


export type UpdateEntityMutation = { updateEntity: { entity:
      | { id: string, name: string, version: number }
      | { id: string, name: string, version: number }
      | { id: string, name: string, version: number }
      | { id: string, name: string, version: number }
      | { id: string, name: string, version: number }
     } };

export type DeleteEntityMutationVariables = Exact<{
  input: DeleteInput;
}>;


export type DeleteEntityMutation = { deleteEntity: { deletedId: string, revision: { id: string } } };

export type DeleteRelationshipMutationVariables = Exact<{
  input: DeleteInput;
}>;


export type DeleteRelationshipMutation = { deleteRelationship: { deletedId: string, revision: { id: string } } };

export type DeleteEventMutationVariables = Exact<{
  input: DeleteInput;
}>;


export type DeleteEventMutation = { deleteEvent: { deletedId: string, revision: { id: string } } };

export type DeleteChargeMutationVariables = Exact<{
  input: DeleteInput;
}>;


export type DeleteChargeMutation = { deleteCharge: { deletedId: string, revision: { id: string } } };

export type DeleteCaseRoleMutationVariables = Exact<{
  input: DeleteInput;
}>;


export type DeleteCaseRoleMutation = { deleteCaseRole: { deletedId: string, revision: { id: string } } };

export type DeleteCaseMutationVariables = Exact<{
  input: DeleteInput;
}>;


export type DeleteCaseMutation = { deleteCase: { deletedId: string, revision: { id: string } } };

export type DeleteSourceMutationVariables = Exact<{
  input: DeleteInput;
}>;


export type DeleteSourceMutation = { deleteSource: { deletedId: string, revision: { id: string } } };

export type DeleteCitationMutationVariables = Exact<{
  input: DeleteInput;
}>;


export type DeleteCitationMutation = { deleteCitation: { deletedId: string, revision: { id: string } } };

export type MergeSideQueryVariables = Exact<{
  id: string | number;
}>;


export type MergeSideQuery = { node:
    | { __typename: 'Annotation', id: string }
    | { __typename: 'Artifact', kind: EntityKind, name: string, aliases: Array<string>, description: string | null, status: FactStatus, version: number, artifactKind: ArtifactKind, url: string | null, id: string, relationships: { totalCount: number, edges: Array<{ node: { id: string, predicate: Predicate, subject:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , object:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             } }> }, events: { totalCount: number, edges: Array<{ roles: Array<ParticipantRole>, node: { id: string, title: string } }> }, charges: Array<{ id: string, charge: { id: string, countNumber: number, title: string } }>, cases: Array<{ id: string, role: CaseRoleKind, case: { id: string, slug: string, shortTitle: string | null } }>, citations: Array<{ id: string }>, annotations: Array<{ id: string }> }
    | { __typename: 'Case', id: string }
    | { __typename: 'CaseRole', id: string }
    | { __typename: 'Charge', id: string }
    | { __typename: 'ChargeDefendant', id: string }
    | { __typename: 'Citation', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'EventParticipant', id: string }
    | { __typename: 'OnlinePersona', kind: EntityKind, name: string, aliases: Array<string>, description: string | null, status: FactStatus, version: number, personaKind: PersonaKind, platform: string | null, url: string | null, id: string, relationships: { totalCount: number, edges: Array<{ node: { id: string, predicate: Predicate, subject:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , object:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             } }> }, events: { totalCount: number, edges: Array<{ roles: Array<ParticipantRole>, node: { id: string, title: string } }> }, charges: Array<{ id: string, charge: { id: string, countNumber: number, title: string } }>, cases: Array<{ id: string, role: CaseRoleKind, case: { id: string, slug: string, shortTitle: string | null } }>, citations: Array<{ id: string }>, annotations: Array<{ id: string }> }
    | { __typename: 'Organization', kind: EntityKind, name: string, aliases: Array<string>, description: string | null, status: FactStatus, version: number, organizationKind: OrganizationKind, country: string | null, id: string, relationships: { totalCount: number, edges: Array<{ node: { id: string, predicate: Predicate, subject:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , object:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             } }> }, events: { totalCount: number, edges: Array<{ roles: Array<ParticipantRole>, node: { id: string, title: string } }> }, charges: Array<{ id: string, charge: { id: string, countNumber: number, title: string } }>, cases: Array<{ id: string, role: CaseRoleKind, case: { id: string, slug: string, shortTitle: string | null } }>, citations: Array<{ id: string }>, annotations: Array<{ id: string }>, children: Array<{ id: string, name: string }> }
    | { __typename: 'Person', kind: EntityKind, name: string, aliases: Array<string>, description: string | null, status: FactStatus, version: number, rank: string | null, position: string | null, nationality: string | null, birthDate: string | null, birthDatePrecision: DatePrecision | null, id: string, relationships: { totalCount: number, edges: Array<{ node: { id: string, predicate: Predicate, subject:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , object:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             } }> }, events: { totalCount: number, edges: Array<{ roles: Array<ParticipantRole>, node: { id: string, title: string } }> }, charges: Array<{ id: string, charge: { id: string, countNumber: number, title: string } }>, cases: Array<{ id: string, role: CaseRoleKind, case: { id: string, slug: string, shortTitle: string | null } }>, citations: Array<{ id: string }>, annotations: Array<{ id: string }> }
    | { __typename: 'Place', kind: EntityKind, name: string, aliases: Array<string>, description: string | null, status: FactStatus, version: number, placeKind: PlaceKind, country: string | null, id: string, relationships: { totalCount: number, edges: Array<{ node: { id: string, predicate: Predicate, subject:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , object:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             } }> }, events: { totalCount: number, edges: Array<{ roles: Array<ParticipantRole>, node: { id: string, title: string } }> }, charges: Array<{ id: string, charge: { id: string, countNumber: number, title: string } }>, cases: Array<{ id: string, role: CaseRoleKind, case: { id: string, slug: string, shortTitle: string | null } }>, citations: Array<{ id: string }>, annotations: Array<{ id: string }> }
    | { __typename: 'Relationship', id: string }
    | { __typename: 'Revision', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'User', id: string }
   | null };

export type MergeEntitiesMutationVariables = Exact<{
  input: MergeEntitiesInput;
}>;


export type MergeEntitiesMutation = { mergeEntities: { movedCount: number, droppedCount: number, survivor:
      | { id: string, name: string, aliases: Array<string>, version: number }
      | { id: string, name: string, aliases: Array<string>, version: number }
      | { id: string, name: string, aliases: Array<string>, version: number }
      | { id: string, name: string, aliases: Array<string>, version: number }
      | { id: string, name: string, aliases: Array<string>, version: number }
    , revision: { id: string } } };

export type UnmergeEntitiesMutationVariables = Exact<{
  input: UnmergeEntitiesInput;
}>;


export type UnmergeEntitiesMutation = { unmergeEntities: { survivor:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    , restored:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    , revision: { id: string } } };

export type EntityPickerQueryVariables = Exact<{
  text?: string | null | undefined;
  kinds?: Array<EntityKind> | EntityKind | null | undefined;
  first?: number | null | undefined;
}>;


export type EntityPickerQuery = { entities: { edges: Array<{ node:
        | { id: string, kind: EntityKind, name: string, aliases: Array<string>, status: FactStatus }
        | { id: string, kind: EntityKind, name: string, aliases: Array<string>, status: FactStatus }
        | { id: string, kind: EntityKind, name: string, aliases: Array<string>, status: FactStatus }
        | { id: string, kind: EntityKind, name: string, aliases: Array<string>, status: FactStatus }
        | { id: string, kind: EntityKind, name: string, aliases: Array<string>, status: FactStatus }
       }> } };

export type EntityDirectoryQueryVariables = Exact<{
  filter?: EntityFilter | null | undefined;
  orderBy?: EntityOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type EntityDirectoryQuery = { entities: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node:
        | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null, status: FactStatus, confidence: number, updatedAt: string, cases: Array<{ id: string, role: CaseRoleKind, case: { id: string, slug: string, shortTitle: string | null } }> }
        | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null, status: FactStatus, confidence: number, updatedAt: string, cases: Array<{ id: string, role: CaseRoleKind, case: { id: string, slug: string, shortTitle: string | null } }> }
        | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null, status: FactStatus, confidence: number, updatedAt: string, cases: Array<{ id: string, role: CaseRoleKind, case: { id: string, slug: string, shortTitle: string | null } }> }
        | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null, status: FactStatus, confidence: number, updatedAt: string, cases: Array<{ id: string, role: CaseRoleKind, case: { id: string, slug: string, shortTitle: string | null } }> }
        | { id: string, kind: EntityKind, name: string, aliases: Array<string>, description: string | null, status: FactStatus, confidence: number, updatedAt: string, cases: Array<{ id: string, role: CaseRoleKind, case: { id: string, slug: string, shortTitle: string | null } }> }
       }> } };

export type EntityPageQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityPageQuery = { node:
    | { __typename: 'Annotation', id: string }
    | { __typename: 'Artifact', kind: EntityKind, name: string, aliases: Array<string>, description: string | null, status: FactStatus, confidence: number, version: number, createdAt: string, updatedAt: string, artifactKind: ArtifactKind, url: string | null, id: string, fieldStatuses: Array<{ field: string, status: FactStatus, confidence: number }>, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }>, annotations: Array<{ id: string, body: string, tags: Array<string>, status: AnnotationStatus, version: number, createdAt: string, isOrphaned: boolean, author: { id: string, name: string }, resolvedBy: { id: string, name: string } | null, quote: { exact: string } | null, position: { start: number, end: number } | null, replies: Array<{ id: string, body: string, version: number, createdAt: string, author: { id: string, name: string } }> }>, cases: Array<{ id: string, role: CaseRoleKind, description: string | null, status: FactStatus, confidence: number, case: { id: string, slug: string, caption: string, shortTitle: string | null }, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }> }> }
    | { __typename: 'Case', id: string }
    | { __typename: 'CaseRole', id: string }
    | { __typename: 'Charge', id: string }
    | { __typename: 'ChargeDefendant', id: string }
    | { __typename: 'Citation', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'EventParticipant', id: string }
    | { __typename: 'OnlinePersona', kind: EntityKind, name: string, aliases: Array<string>, description: string | null, status: FactStatus, confidence: number, version: number, createdAt: string, updatedAt: string, personaKind: PersonaKind, platform: string | null, url: string | null, id: string, fieldStatuses: Array<{ field: string, status: FactStatus, confidence: number }>, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }>, annotations: Array<{ id: string, body: string, tags: Array<string>, status: AnnotationStatus, version: number, createdAt: string, isOrphaned: boolean, author: { id: string, name: string }, resolvedBy: { id: string, name: string } | null, quote: { exact: string } | null, position: { start: number, end: number } | null, replies: Array<{ id: string, body: string, version: number, createdAt: string, author: { id: string, name: string } }> }>, cases: Array<{ id: string, role: CaseRoleKind, description: string | null, status: FactStatus, confidence: number, case: { id: string, slug: string, caption: string, shortTitle: string | null }, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }> }> }
    | { __typename: 'Organization', kind: EntityKind, name: string, aliases: Array<string>, description: string | null, status: FactStatus, confidence: number, version: number, createdAt: string, updatedAt: string, organizationKind: OrganizationKind, country: string | null, id: string, fieldStatuses: Array<{ field: string, status: FactStatus, confidence: number }>, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }>, annotations: Array<{ id: string, body: string, tags: Array<string>, status: AnnotationStatus, version: number, createdAt: string, isOrphaned: boolean, author: { id: string, name: string }, resolvedBy: { id: string, name: string } | null, quote: { exact: string } | null, position: { start: number, end: number } | null, replies: Array<{ id: string, body: string, version: number, createdAt: string, author: { id: string, name: string } }> }>, cases: Array<{ id: string, role: CaseRoleKind, description: string | null, status: FactStatus, confidence: number, case: { id: string, slug: string, caption: string, shortTitle: string | null }, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }> }>, parent: { id: string, name: string } | null, children: Array<{ id: string, name: string }> }
    | { __typename: 'Person', kind: EntityKind, name: string, aliases: Array<string>, description: string | null, status: FactStatus, confidence: number, version: number, createdAt: string, updatedAt: string, rank: string | null, position: string | null, nationality: string | null, birthDate: string | null, birthDatePrecision: DatePrecision | null, id: string, fieldStatuses: Array<{ field: string, status: FactStatus, confidence: number }>, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }>, annotations: Array<{ id: string, body: string, tags: Array<string>, status: AnnotationStatus, version: number, createdAt: string, isOrphaned: boolean, author: { id: string, name: string }, resolvedBy: { id: string, name: string } | null, quote: { exact: string } | null, position: { start: number, end: number } | null, replies: Array<{ id: string, body: string, version: number, createdAt: string, author: { id: string, name: string } }> }>, cases: Array<{ id: string, role: CaseRoleKind, description: string | null, status: FactStatus, confidence: number, case: { id: string, slug: string, caption: string, shortTitle: string | null }, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }> }> }
    | { __typename: 'Place', kind: EntityKind, name: string, aliases: Array<string>, description: string | null, status: FactStatus, confidence: number, version: number, createdAt: string, updatedAt: string, placeKind: PlaceKind, country: string | null, id: string, fieldStatuses: Array<{ field: string, status: FactStatus, confidence: number }>, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }>, annotations: Array<{ id: string, body: string, tags: Array<string>, status: AnnotationStatus, version: number, createdAt: string, isOrphaned: boolean, author: { id: string, name: string }, resolvedBy: { id: string, name: string } | null, quote: { exact: string } | null, position: { start: number, end: number } | null, replies: Array<{ id: string, body: string, version: number, createdAt: string, author: { id: string, name: string } }> }>, cases: Array<{ id: string, role: CaseRoleKind, description: string | null, status: FactStatus, confidence: number, case: { id: string, slug: string, caption: string, shortTitle: string | null }, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }> }> }
    | { __typename: 'Relationship', id: string }
    | { __typename: 'Revision', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'User', id: string }
   | null };

export type EntityRelationshipsQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityRelationshipsQuery = { node:
    | { id: string }
    | { id: string, relationships: { totalCount: number, edges: Array<{ node: { id: string, predicate: Predicate, status: FactStatus, confidence: number, startDate: string | null, startDatePrecision: DatePrecision | null, endDate: string | null, endDatePrecision: DatePrecision | null, description: string | null, subject:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
            , object:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
             } }> } }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string, relationships: { totalCount: number, edges: Array<{ node: { id: string, predicate: Predicate, status: FactStatus, confidence: number, startDate: string | null, startDatePrecision: DatePrecision | null, endDate: string | null, endDatePrecision: DatePrecision | null, description: string | null, subject:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
            , object:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
             } }> } }
    | { id: string, relationships: { totalCount: number, edges: Array<{ node: { id: string, predicate: Predicate, status: FactStatus, confidence: number, startDate: string | null, startDatePrecision: DatePrecision | null, endDate: string | null, endDatePrecision: DatePrecision | null, description: string | null, subject:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
            , object:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
             } }> } }
    | { id: string, relationships: { totalCount: number, edges: Array<{ node: { id: string, predicate: Predicate, status: FactStatus, confidence: number, startDate: string | null, startDatePrecision: DatePrecision | null, endDate: string | null, endDatePrecision: DatePrecision | null, description: string | null, subject:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
            , object:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
             } }> } }
    | { id: string, relationships: { totalCount: number, edges: Array<{ node: { id: string, predicate: Predicate, status: FactStatus, confidence: number, startDate: string | null, startDatePrecision: DatePrecision | null, endDate: string | null, endDatePrecision: DatePrecision | null, description: string | null, subject:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
            , object:
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
              | { id: string, name: string, kind: EntityKind }
             } }> } }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type EntityEventsChargesQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityEventsChargesQuery = { node:
    | { id: string }
    | { id: string, events: { totalCount: number, edges: Array<{ roles: Array<ParticipantRole>, node: { id: string, title: string, kind: EventKind, date: string, datePrecision: DatePrecision, endDate: string | null, endDatePrecision: DatePrecision | null, status: FactStatus, case: { id: string, slug: string, caption: string, shortTitle: string | null } } }> }, charges: Array<{ id: string, status: FactStatus, confidence: number, charge: { id: string, countNumber: number, title: string, statute: string, status: FactStatus, case: { id: string, slug: string, caption: string, shortTitle: string | null } }, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }> }> }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string, events: { totalCount: number, edges: Array<{ roles: Array<ParticipantRole>, node: { id: string, title: string, kind: EventKind, date: string, datePrecision: DatePrecision, endDate: string | null, endDatePrecision: DatePrecision | null, status: FactStatus, case: { id: string, slug: string, caption: string, shortTitle: string | null } } }> }, charges: Array<{ id: string, status: FactStatus, confidence: number, charge: { id: string, countNumber: number, title: string, statute: string, status: FactStatus, case: { id: string, slug: string, caption: string, shortTitle: string | null } }, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }> }> }
    | { id: string, events: { totalCount: number, edges: Array<{ roles: Array<ParticipantRole>, node: { id: string, title: string, kind: EventKind, date: string, datePrecision: DatePrecision, endDate: string | null, endDatePrecision: DatePrecision | null, status: FactStatus, case: { id: string, slug: string, caption: string, shortTitle: string | null } } }> }, charges: Array<{ id: string, status: FactStatus, confidence: number, charge: { id: string, countNumber: number, title: string, statute: string, status: FactStatus, case: { id: string, slug: string, caption: string, shortTitle: string | null } }, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }> }> }
    | { id: string, events: { totalCount: number, edges: Array<{ roles: Array<ParticipantRole>, node: { id: string, title: string, kind: EventKind, date: string, datePrecision: DatePrecision, endDate: string | null, endDatePrecision: DatePrecision | null, status: FactStatus, case: { id: string, slug: string, caption: string, shortTitle: string | null } } }> }, charges: Array<{ id: string, status: FactStatus, confidence: number, charge: { id: string, countNumber: number, title: string, statute: string, status: FactStatus, case: { id: string, slug: string, caption: string, shortTitle: string | null } }, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }> }> }
    | { id: string, events: { totalCount: number, edges: Array<{ roles: Array<ParticipantRole>, node: { id: string, title: string, kind: EventKind, date: string, datePrecision: DatePrecision, endDate: string | null, endDatePrecision: DatePrecision | null, status: FactStatus, case: { id: string, slug: string, caption: string, shortTitle: string | null } } }> }, charges: Array<{ id: string, status: FactStatus, confidence: number, charge: { id: string, countNumber: number, title: string, statute: string, status: FactStatus, case: { id: string, slug: string, caption: string, shortTitle: string | null } }, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }> }> }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type FactCitationsQueryVariables = Exact<{
  id: string | number;
}>;


export type FactCitationsQuery = { node:
    | { id: string }
    | { id: string, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }> }
    | { id: string }
    | { id: string, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }> }
    | { id: string, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }> }
    | { id: string, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }> }
    | { id: string }
    | { id: string, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }> }
    | { id: string, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }> }
    | { id: string, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }> }
    | { id: string, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }> }
    | { id: string, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }> }
    | { id: string, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }> }
    | { id: string, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }> }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type EntityHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityHistoryQuery = { history: { totalCount: number, edges: Array<{ node: { id: string, action: RevisionAction, version: number, createdAt: string, actor: { id: string, name: string } | null, changes: Array<{ field: string, before: unknown, after: unknown }> } }> } };

export type CitationPartsFragment = { id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } };

export type AnnotationThreadFragment = { id: string, body: string, tags: Array<string>, status: AnnotationStatus, version: number, createdAt: string, isOrphaned: boolean, author: { id: string, name: string }, resolvedBy: { id: string, name: string } | null, quote: { exact: string } | null, position: { start: number, end: number } | null, replies: Array<{ id: string, body: string, version: number, createdAt: string, author: { id: string, name: string } }> };

export type CaseGraphQueryVariables = Exact<{
  slug: string;
  kinds?: Array<EntityKind> | EntityKind | null | undefined;
  predicates?: Array<Predicate> | Predicate | null | undefined;
  limit?: number | null | undefined;
}>;


export type CaseGraphQuery = { case: { id: string, slug: string, caption: string, shortTitle: string | null } | null, caseGraph: { isTruncated: boolean, nodes: Array<{ id: string, label: string, kind: EntityKind, roles: Array<CaseRoleKind>, degree: number }>, edges: Array<{ id: string, source: string, target: string, predicate: Predicate, status: FactStatus }> } | null };

export type EntityNeighborhoodQueryVariables = Exact<{
  id: string | number;
  predicates?: Array<Predicate> | Predicate | null | undefined;
}>;


export type EntityNeighborhoodQuery = { entityGraph: { isTruncated: boolean, nodes: Array<{ id: string, label: string, kind: EntityKind, roles: Array<CaseRoleKind>, degree: number }>, edges: Array<{ id: string, source: string, target: string, predicate: Predicate, status: FactStatus }> } | null };

export type GraphNodeDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type GraphNodeDetailQuery = { node:
    | { __typename: 'Annotation', id: string }
    | { __typename: 'Artifact', name: string, kind: EntityKind, aliases: Array<string>, description: string | null, status: FactStatus, confidence: number, id: string }
    | { __typename: 'Case', id: string }
    | { __typename: 'CaseRole', id: string }
    | { __typename: 'Charge', id: string }
    | { __typename: 'ChargeDefendant', id: string }
    | { __typename: 'Citation', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'EventParticipant', id: string }
    | { __typename: 'OnlinePersona', name: string, kind: EntityKind, aliases: Array<string>, description: string | null, status: FactStatus, confidence: number, id: string }
    | { __typename: 'Organization', name: string, kind: EntityKind, aliases: Array<string>, description: string | null, status: FactStatus, confidence: number, id: string }
    | { __typename: 'Person', name: string, kind: EntityKind, aliases: Array<string>, description: string | null, status: FactStatus, confidence: number, id: string }
    | { __typename: 'Place', name: string, kind: EntityKind, aliases: Array<string>, description: string | null, status: FactStatus, confidence: number, id: string }
    | { __typename: 'Relationship', id: string }
    | { __typename: 'Revision', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'User', id: string }
   | null };

export type GraphRelationshipDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type GraphRelationshipDetailQuery = { node:
    | { __typename: 'Annotation', id: string }
    | { __typename: 'Artifact', id: string }
    | { __typename: 'Case', id: string }
    | { __typename: 'CaseRole', id: string }
    | { __typename: 'Charge', id: string }
    | { __typename: 'ChargeDefendant', id: string }
    | { __typename: 'Citation', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'EventParticipant', id: string }
    | { __typename: 'OnlinePersona', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Place', id: string }
    | { __typename: 'Relationship', predicate: Predicate, status: FactStatus, confidence: number, description: string | null, startDate: string | null, startDatePrecision: DatePrecision | null, endDate: string | null, endDatePrecision: DatePrecision | null, id: string, subject:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , object:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }> }
    | { __typename: 'Revision', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'User', id: string }
   | null };

export type RecordHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type RecordHistoryQuery = { history: { totalCount: number, edges: Array<{ node: { id: string, recordType: string, recordId: string, action: RevisionAction, version: number, createdAt: string, actor: { id: string, name: string } | null, changes: Array<{ field: string, before: unknown, after: unknown }> } }> }, node:
    | { __typename: 'Annotation', id: string }
    | { __typename: 'Artifact', name: string, kind: EntityKind, id: string }
    | { __typename: 'Case', caption: string, slug: string, id: string }
    | { __typename: 'CaseRole', role: CaseRoleKind, id: string, entity:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       }
    | { __typename: 'Charge', countNumber: number, title: string, id: string }
    | { __typename: 'ChargeDefendant', id: string }
    | { __typename: 'Citation', id: string, source: { id: string, title: string } }
    | { __typename: 'Event', title: string, id: string }
    | { __typename: 'EventParticipant', id: string }
    | { __typename: 'OnlinePersona', name: string, kind: EntityKind, id: string }
    | { __typename: 'Organization', name: string, kind: EntityKind, id: string }
    | { __typename: 'Person', name: string, kind: EntityKind, id: string }
    | { __typename: 'Place', name: string, kind: EntityKind, id: string }
    | { __typename: 'Relationship', predicate: Predicate, id: string, subject:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , object:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       }
    | { __typename: 'Revision', id: string }
    | { __typename: 'Source', title: string, id: string }
    | { __typename: 'User', id: string }
   | null };

export type LatestRevisionQueryVariables = Exact<{
  id: string | number;
}>;


export type LatestRevisionQuery = { history: { edges: Array<{ node: { id: string, version: number, createdAt: string, actor: { id: string, name: string } | null } }> } };

export type RestoreRevisionMutationVariables = Exact<{
  input: RestoreRevisionInput;
}>;


export type RestoreRevisionMutation = { restoreRevision: { record:
      | { __typename: 'Annotation', id: string }
      | { __typename: 'Artifact', id: string }
      | { __typename: 'Case', id: string }
      | { __typename: 'CaseRole', id: string }
      | { __typename: 'Charge', id: string }
      | { __typename: 'ChargeDefendant', id: string }
      | { __typename: 'Citation', id: string }
      | { __typename: 'Event', id: string }
      | { __typename: 'EventParticipant', id: string }
      | { __typename: 'OnlinePersona', id: string }
      | { __typename: 'Organization', id: string }
      | { __typename: 'Person', id: string }
      | { __typename: 'Place', id: string }
      | { __typename: 'Relationship', id: string }
      | { __typename: 'Revision', id: string }
      | { __typename: 'Source', id: string }
      | { __typename: 'User', id: string }
    , revision: { id: string, version: number } } };

export type ActivityQueryVariables = Exact<{
  caseSlug?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ActivityQuery = { activity: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, recordType: string, recordId: string, action: RevisionAction, version: number, createdAt: string, actor: { id: string, name: string } | null, changes: Array<{ field: string, before: unknown, after: unknown }>, record:
          | { __typename: 'Annotation', body: string, id: string }
          | { __typename: 'Artifact', name: string, id: string }
          | { __typename: 'Case', caption: string, id: string }
          | { __typename: 'CaseRole', id: string }
          | { __typename: 'Charge', countNumber: number, title: string, id: string }
          | { __typename: 'ChargeDefendant', id: string, defendant:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , charge: { id: string, countNumber: number } }
          | { __typename: 'Citation', id: string, source: { id: string, title: string } }
          | { __typename: 'Event', title: string, id: string }
          | { __typename: 'EventParticipant', id: string }
          | { __typename: 'OnlinePersona', name: string, id: string }
          | { __typename: 'Organization', name: string, id: string }
          | { __typename: 'Person', name: string, id: string }
          | { __typename: 'Place', name: string, id: string }
          | { __typename: 'Relationship', predicate: Predicate, id: string, subject:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , object:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             }
          | { __typename: 'Revision', id: string }
          | { __typename: 'Source', title: string, id: string }
          | { __typename: 'User', id: string }
         | null } }> } };

type RevisionRecordName_Annotation_Fragment = { __typename: 'Annotation', body: string, id: string };

type RevisionRecordName_Artifact_Fragment = { __typename: 'Artifact', name: string, id: string };

type RevisionRecordName_Case_Fragment = { __typename: 'Case', caption: string, id: string };

type RevisionRecordName_CaseRole_Fragment = { __typename: 'CaseRole', id: string };

type RevisionRecordName_Charge_Fragment = { __typename: 'Charge', countNumber: number, title: string, id: string };

type RevisionRecordName_ChargeDefendant_Fragment = { __typename: 'ChargeDefendant', id: string, defendant:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
  , charge: { id: string, countNumber: number } };

type RevisionRecordName_Citation_Fragment = { __typename: 'Citation', id: string, source: { id: string, title: string } };

type RevisionRecordName_Event_Fragment = { __typename: 'Event', title: string, id: string };

type RevisionRecordName_EventParticipant_Fragment = { __typename: 'EventParticipant', id: string };

type RevisionRecordName_OnlinePersona_Fragment = { __typename: 'OnlinePersona', name: string, id: string };

type RevisionRecordName_Organization_Fragment = { __typename: 'Organization', name: string, id: string };

type RevisionRecordName_Person_Fragment = { __typename: 'Person', name: string, id: string };

type RevisionRecordName_Place_Fragment = { __typename: 'Place', name: string, id: string };

type RevisionRecordName_Relationship_Fragment = { __typename: 'Relationship', predicate: Predicate, id: string, subject:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
  , object:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
   };

type RevisionRecordName_Revision_Fragment = { __typename: 'Revision', id: string };

type RevisionRecordName_Source_Fragment = { __typename: 'Source', title: string, id: string };

type RevisionRecordName_User_Fragment = { __typename: 'User', id: string };

export type RevisionRecordNameFragment =
  | RevisionRecordName_Annotation_Fragment
  | RevisionRecordName_Artifact_Fragment
  | RevisionRecordName_Case_Fragment
  | RevisionRecordName_CaseRole_Fragment
  | RevisionRecordName_Charge_Fragment
  | RevisionRecordName_ChargeDefendant_Fragment
  | RevisionRecordName_Citation_Fragment
  | RevisionRecordName_Event_Fragment
  | RevisionRecordName_EventParticipant_Fragment
  | RevisionRecordName_OnlinePersona_Fragment
  | RevisionRecordName_Organization_Fragment
  | RevisionRecordName_Person_Fragment
  | RevisionRecordName_Place_Fragment
  | RevisionRecordName_Relationship_Fragment
  | RevisionRecordName_Revision_Fragment
  | RevisionRecordName_Source_Fragment
  | RevisionRecordName_User_Fragment
;

export type RelationshipForEditQueryVariables = Exact<{
  id: string | number;
}>;


export type RelationshipForEditQuery = { node:
    | { __typename: 'Annotation', id: string }
    | { __typename: 'Artifact', id: string }
    | { __typename: 'Case', id: string }
    | { __typename: 'CaseRole', id: string }
    | { __typename: 'Charge', id: string }
    | { __typename: 'ChargeDefendant', id: string }
    | { __typename: 'Citation', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'EventParticipant', id: string }
    | { __typename: 'OnlinePersona', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Place', id: string }
    | { __typename: 'Relationship', predicate: Predicate, startDate: string | null, endDate: string | null, description: string | null, status: FactStatus, confidence: number, version: number, id: string, subject:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , object:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , annotations: Array<{ id: string, body: string, tags: Array<string>, status: AnnotationStatus, version: number, createdAt: string, isOrphaned: boolean, author: { id: string, name: string }, resolvedBy: { id: string, name: string } | null, quote: { exact: string } | null, position: { start: number, end: number } | null, replies: Array<{ id: string, body: string, version: number, createdAt: string, author: { id: string, name: string } }> }> }
    | { __typename: 'Revision', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'User', id: string }
   | null };

export type CreateRelationshipMutationVariables = Exact<{
  input: CreateRelationshipInput;
}>;


export type CreateRelationshipMutation = { createRelationship: { relationship: { id: string, version: number } } };

export type UpdateRelationshipMutationVariables = Exact<{
  input: UpdateRelationshipInput;
}>;


export type UpdateRelationshipMutation = { updateRelationship: { relationship: { id: string, version: number } } };

export type CaseRoleForEditQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseRoleForEditQuery = { node:
    | { __typename: 'Annotation', id: string }
    | { __typename: 'Artifact', id: string }
    | { __typename: 'Case', id: string }
    | { __typename: 'CaseRole', role: CaseRoleKind, description: string | null, position: number, status: FactStatus, confidence: number, version: number, id: string, case: { id: string, slug: string, caption: string }, entity:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       }
    | { __typename: 'Charge', id: string }
    | { __typename: 'ChargeDefendant', id: string }
    | { __typename: 'Citation', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'EventParticipant', id: string }
    | { __typename: 'OnlinePersona', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Place', id: string }
    | { __typename: 'Relationship', id: string }
    | { __typename: 'Revision', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'User', id: string }
   | null };

export type CreateCaseRoleMutationVariables = Exact<{
  input: CreateCaseRoleInput;
}>;


export type CreateCaseRoleMutation = { createCaseRole: { caseRole: { id: string, version: number } } };

export type UpdateCaseRoleMutationVariables = Exact<{
  input: UpdateCaseRoleInput;
}>;


export type UpdateCaseRoleMutation = { updateCaseRole: { caseRole: { id: string, version: number } } };

export type EventForEditQueryVariables = Exact<{
  id: string | number;
}>;


export type EventForEditQuery = { node:
    | { __typename: 'Annotation', id: string }
    | { __typename: 'Artifact', id: string }
    | { __typename: 'Case', id: string }
    | { __typename: 'CaseRole', id: string }
    | { __typename: 'Charge', id: string }
    | { __typename: 'ChargeDefendant', id: string }
    | { __typename: 'Citation', id: string }
    | { __typename: 'Event', title: string, kind: EventKind, date: string, endDate: string | null, description: string | null, status: FactStatus, confidence: number, version: number, id: string, case: { id: string, slug: string, caption: string }, place: { id: string, name: string } | null, participants: Array<{ id: string, role: ParticipantRole, status: FactStatus, confidence: number, version: number, entity:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         }>, annotations: Array<{ id: string, body: string, tags: Array<string>, status: AnnotationStatus, version: number, createdAt: string, isOrphaned: boolean, author: { id: string, name: string }, resolvedBy: { id: string, name: string } | null, quote: { exact: string } | null, position: { start: number, end: number } | null, replies: Array<{ id: string, body: string, version: number, createdAt: string, author: { id: string, name: string } }> }> }
    | { __typename: 'EventParticipant', id: string }
    | { __typename: 'OnlinePersona', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Place', id: string }
    | { __typename: 'Relationship', id: string }
    | { __typename: 'Revision', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'User', id: string }
   | null };

export type CreateEventMutationVariables = Exact<{
  input: CreateEventInput;
}>;


export type CreateEventMutation = { createEvent: { event: { id: string, version: number } } };

export type UpdateEventMutationVariables = Exact<{
  input: UpdateEventInput;
}>;


export type UpdateEventMutation = { updateEvent: { event: { id: string, version: number } } };

export type AddEventParticipantMutationVariables = Exact<{
  input: AddEventParticipantInput;
}>;


export type AddEventParticipantMutation = { addEventParticipant: { participant: { id: string } } };

export type RemoveEventParticipantMutationVariables = Exact<{
  input: DeleteInput;
}>;


export type RemoveEventParticipantMutation = { removeEventParticipant: { deletedId: string } };

export type ChargeForEditQueryVariables = Exact<{
  id: string | number;
}>;


export type ChargeForEditQuery = { node:
    | { __typename: 'Annotation', id: string }
    | { __typename: 'Artifact', id: string }
    | { __typename: 'Case', id: string }
    | { __typename: 'CaseRole', id: string }
    | { __typename: 'Charge', countNumber: number, title: string, statute: string, description: string | null, status: FactStatus, confidence: number, version: number, id: string, case: { id: string, slug: string, caption: string }, defendants: Array<{ id: string, status: FactStatus, confidence: number, version: number, defendant:
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
          | { id: string, name: string, kind: EntityKind }
         }>, annotations: Array<{ id: string, body: string, tags: Array<string>, status: AnnotationStatus, version: number, createdAt: string, isOrphaned: boolean, author: { id: string, name: string }, resolvedBy: { id: string, name: string } | null, quote: { exact: string } | null, position: { start: number, end: number } | null, replies: Array<{ id: string, body: string, version: number, createdAt: string, author: { id: string, name: string } }> }> }
    | { __typename: 'ChargeDefendant', id: string }
    | { __typename: 'Citation', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'EventParticipant', id: string }
    | { __typename: 'OnlinePersona', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Place', id: string }
    | { __typename: 'Relationship', id: string }
    | { __typename: 'Revision', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'User', id: string }
   | null };

export type CreateChargeMutationVariables = Exact<{
  input: CreateChargeInput;
}>;


export type CreateChargeMutation = { createCharge: { charge: { id: string, version: number } } };

export type UpdateChargeMutationVariables = Exact<{
  input: UpdateChargeInput;
}>;


export type UpdateChargeMutation = { updateCharge: { charge: { id: string, version: number } } };

export type AddChargeDefendantMutationVariables = Exact<{
  input: AddChargeDefendantInput;
}>;


export type AddChargeDefendantMutation = { addChargeDefendant: { chargeDefendant: { id: string } } };

export type RemoveChargeDefendantMutationVariables = Exact<{
  input: DeleteInput;
}>;


export type RemoveChargeDefendantMutation = { removeChargeDefendant: { deletedId: string } };

export type CaseForEditQueryVariables = Exact<{
  slug: string;
}>;


export type CaseForEditQuery = { case: { id: string, slug: string, caption: string, shortTitle: string | null, docketNumber: string | null, court: string | null, jurisdiction: string | null, status: CaseStatus, filedDate: string | null, summary: string | null, version: number, charges: Array<{ id: string, countNumber: number, title: string, statute: string, status: FactStatus, defendants: Array<{ id: string }> }>, events: { totalCount: number, edges: Array<{ node: { id: string, title: string, date: string, datePrecision: DatePrecision, kind: EventKind, status: FactStatus } }> }, roles: { totalCount: number, edges: Array<{ node: { id: string, role: CaseRoleKind, status: FactStatus, entity:
            | { id: string, name: string, kind: EntityKind }
            | { id: string, name: string, kind: EntityKind }
            | { id: string, name: string, kind: EntityKind }
            | { id: string, name: string, kind: EntityKind }
            | { id: string, name: string, kind: EntityKind }
           } }> } } | null };

export type CreateCaseMutationVariables = Exact<{
  input: CreateCaseInput;
}>;


export type CreateCaseMutation = { createCase: { case: { id: string, slug: string, version: number } } };

export type UpdateCaseMutationVariables = Exact<{
  input: UpdateCaseInput;
}>;


export type UpdateCaseMutation = { updateCase: { case: { id: string, slug: string, version: number } } };

export type CaseFactsQueryVariables = Exact<{
  slug: string;
}>;


export type CaseFactsQuery = { case: { id: string, charges: Array<{ id: string, countNumber: number, title: string, defendants: Array<{ id: string, defendant:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }> }>, events: { edges: Array<{ node: { id: string, title: string, date: string, datePrecision: DatePrecision } }> } } | null };

export type EntityRelationshipChoicesQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityRelationshipChoicesQuery = { node:
    | { id: string }
    | { id: string, relationships: { edges: Array<{ node: { id: string, predicate: Predicate, subject:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , object:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             } }> } }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string, relationships: { edges: Array<{ node: { id: string, predicate: Predicate, subject:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , object:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             } }> } }
    | { id: string, relationships: { edges: Array<{ node: { id: string, predicate: Predicate, subject:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , object:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             } }> } }
    | { id: string, relationships: { edges: Array<{ node: { id: string, predicate: Predicate, subject:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , object:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             } }> } }
    | { id: string, relationships: { edges: Array<{ node: { id: string, predicate: Predicate, subject:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , object:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             } }> } }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type SearchQueryVariables = Exact<{
  query: string;
  types?: Array<SearchType> | SearchType | null | undefined;
  caseSlug?: string | null | undefined;
  statuses?: Array<string> | string | null | undefined;
  dateFrom?: string | null | undefined;
  dateTo?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: { totalCount: number, didYouMean: string | null, isCorrected: boolean, facets: { earliestDate: string | null, latestDate: string | null, types: Array<{ value: string, count: number }>, cases: Array<{ value: string, count: number }>, statuses: Array<{ value: string, count: number }> }, edges: Array<{ cursor: string, node: { type: SearchType, score: number, match: SearchMatch, matchedField: string, snippet: string, label: string, status: string | null, caseSlugs: Array<string>, node:
          | { __typename: 'Annotation', id: string, annotationStatus: AnnotationStatus, author: { id: string, name: string }, target:
              | { __typename: 'Annotation', id: string }
              | { __typename: 'Artifact', name: string, id: string }
              | { __typename: 'Case', slug: string, caption: string, id: string }
              | { __typename: 'CaseRole', id: string, entity:
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                 }
              | { __typename: 'Charge', countNumber: number, title: string, id: string }
              | { __typename: 'ChargeDefendant', id: string, charge: { id: string, countNumber: number }, defendant:
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                  | { id: string, name: string }
                 }
              | { __typename: 'Citation', id: string }
              | { __typename: 'Event', title: string, id: string, case: { slug: string } }
              | { __typename: 'EventParticipant', id: string, entity:
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                , event: { id: string } }
              | { __typename: 'OnlinePersona', name: string, id: string }
              | { __typename: 'Organization', name: string, id: string }
              | { __typename: 'Person', name: string, id: string }
              | { __typename: 'Place', name: string, id: string }
              | { __typename: 'Relationship', id: string, subject:
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                 }
              | { __typename: 'Revision', id: string }
              | { __typename: 'Source', title: string, id: string }
              | { __typename: 'User', id: string }
             | null }
          | { __typename: 'Artifact', name: string, kind: EntityKind, status: FactStatus, id: string }
          | { __typename: 'Case', id: string }
          | { __typename: 'CaseRole', id: string }
          | { __typename: 'Charge', id: string }
          | { __typename: 'ChargeDefendant', id: string }
          | { __typename: 'Citation', id: string }
          | { __typename: 'Event', title: string, date: string, id: string, eventKind: EventKind }
          | { __typename: 'EventParticipant', id: string }
          | { __typename: 'OnlinePersona', name: string, kind: EntityKind, status: FactStatus, id: string }
          | { __typename: 'Organization', name: string, kind: EntityKind, status: FactStatus, id: string }
          | { __typename: 'Person', name: string, kind: EntityKind, status: FactStatus, id: string }
          | { __typename: 'Place', name: string, kind: EntityKind, status: FactStatus, id: string }
          | { __typename: 'Relationship', id: string }
          | { __typename: 'Revision', id: string }
          | { __typename: 'Source', title: string, publisher: string | null, id: string, sourceKind: SourceKind }
          | { __typename: 'User', id: string }
         } }> } };

export type SourceForEditQueryVariables = Exact<{
  id: string | number;
}>;


export type SourceForEditQuery = { node:
    | { __typename: 'Annotation', id: string }
    | { __typename: 'Artifact', id: string }
    | { __typename: 'Case', id: string }
    | { __typename: 'CaseRole', id: string }
    | { __typename: 'Charge', id: string }
    | { __typename: 'ChargeDefendant', id: string }
    | { __typename: 'Citation', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'EventParticipant', id: string }
    | { __typename: 'OnlinePersona', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Place', id: string }
    | { __typename: 'Relationship', id: string }
    | { __typename: 'Revision', id: string }
    | { __typename: 'Source', kind: SourceKind, title: string, publisher: string | null, author: string | null, url: string | null, publishedDate: string | null, description: string | null, text: string | null, hasText: boolean, textVersion: number, version: number, id: string }
    | { __typename: 'User', id: string }
   | null };

export type CreateSourceFromTextMutationVariables = Exact<{
  input: CreateSourceFromTextInput;
}>;


export type CreateSourceFromTextMutation = { createSourceFromText: { format: SourceTextFormat, source: { id: string, title: string } } };

export type CreateSourceMutationVariables = Exact<{
  input: CreateSourceInput;
}>;


export type CreateSourceMutation = { createSource: { source: { id: string, title: string } } };

export type UpdateSourceMutationVariables = Exact<{
  input: UpdateSourceInput;
}>;


export type UpdateSourceMutation = { updateSource: { reanchoredCount: number, orphanedCount: number, source: { id: string, version: number, textVersion: number } } };

export type CreateCitationMutationVariables = Exact<{
  input: CreateCitationInput;
}>;


export type CreateCitationMutation = { createCitation: { citation: { id: string, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null } } };

export type UpdateCitationMutationVariables = Exact<{
  input: UpdateCitationInput;
}>;


export type UpdateCitationMutation = { updateCitation: { citation: { id: string, version: number, isOrphaned: boolean, position: { start: number, end: number } | null } } };

export type CitationForEditQueryVariables = Exact<{
  id: string | number;
}>;


export type CitationForEditQuery = { node:
    | { __typename: 'Annotation', id: string }
    | { __typename: 'Artifact', id: string }
    | { __typename: 'Case', id: string }
    | { __typename: 'CaseRole', id: string }
    | { __typename: 'Charge', id: string }
    | { __typename: 'ChargeDefendant', id: string }
    | { __typename: 'Citation', field: string | null, locator: string | null, note: string | null, version: number, isOrphaned: boolean, targetType: TargetType, id: string, quote: { exact: string, prefix: string, suffix: string } | null, source: { id: string, title: string, hasText: boolean }, target:
        | { __typename: 'Annotation', id: string }
        | { __typename: 'Artifact', name: string, id: string }
        | { __typename: 'Case', id: string }
        | { __typename: 'CaseRole', id: string }
        | { __typename: 'Charge', countNumber: number, title: string, id: string }
        | { __typename: 'ChargeDefendant', id: string }
        | { __typename: 'Citation', id: string }
        | { __typename: 'Event', title: string, id: string }
        | { __typename: 'EventParticipant', id: string }
        | { __typename: 'OnlinePersona', name: string, id: string }
        | { __typename: 'Organization', name: string, id: string }
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'Place', name: string, id: string }
        | { __typename: 'Relationship', id: string }
        | { __typename: 'Revision', id: string }
        | { __typename: 'Source', id: string }
        | { __typename: 'User', id: string }
       | null }
    | { __typename: 'Event', id: string }
    | { __typename: 'EventParticipant', id: string }
    | { __typename: 'OnlinePersona', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Place', id: string }
    | { __typename: 'Relationship', id: string }
    | { __typename: 'Revision', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'User', id: string }
   | null };

export type OrphanedCitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrphanedCitationsQuery = { citations: { totalCount: number, edges: Array<{ node: { id: string, version: number, field: string | null, note: string | null, targetType: TargetType, quote: { exact: string, prefix: string, suffix: string } | null, source: { id: string, title: string, textVersion: number }, target:
          | { __typename: 'Annotation', id: string }
          | { __typename: 'Artifact', name: string, id: string }
          | { __typename: 'Case', id: string }
          | { __typename: 'CaseRole', id: string }
          | { __typename: 'Charge', countNumber: number, title: string, id: string }
          | { __typename: 'ChargeDefendant', id: string }
          | { __typename: 'Citation', id: string }
          | { __typename: 'Event', title: string, id: string }
          | { __typename: 'EventParticipant', id: string }
          | { __typename: 'OnlinePersona', name: string, id: string }
          | { __typename: 'Organization', name: string, id: string }
          | { __typename: 'Person', name: string, id: string }
          | { __typename: 'Place', name: string, id: string }
          | { __typename: 'Relationship', predicate: Predicate, id: string, subject:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , object:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             }
          | { __typename: 'Revision', id: string }
          | { __typename: 'Source', id: string }
          | { __typename: 'User', id: string }
         | null } }> } };

export type RecentThreadsQueryVariables = Exact<{ [key: string]: never; }>;


export type RecentThreadsQuery = { annotations: { edges: Array<{ node: { id: string, body: string, isOrphaned: boolean, createdAt: string, author: { id: string, name: string }, quote: { exact: string } | null, target:
          | { __typename: 'Annotation', id: string }
          | { __typename: 'Artifact', id: string }
          | { __typename: 'Case', id: string }
          | { __typename: 'CaseRole', id: string }
          | { __typename: 'Charge', id: string }
          | { __typename: 'ChargeDefendant', id: string }
          | { __typename: 'Citation', id: string }
          | { __typename: 'Event', id: string }
          | { __typename: 'EventParticipant', id: string }
          | { __typename: 'OnlinePersona', id: string }
          | { __typename: 'Organization', id: string }
          | { __typename: 'Person', id: string }
          | { __typename: 'Place', id: string }
          | { __typename: 'Relationship', id: string }
          | { __typename: 'Revision', id: string }
          | { __typename: 'Source', title: string, id: string }
          | { __typename: 'User', id: string }
         | null } }> } };

export type MentionSuggestionsQueryVariables = Exact<{
  id: string | number;
  caseSlug?: string | null | undefined;
}>;


export type MentionSuggestionsQuery = { node:
    | { __typename: 'Annotation', id: string }
    | { __typename: 'Artifact', id: string }
    | { __typename: 'Case', id: string }
    | { __typename: 'CaseRole', id: string }
    | { __typename: 'Charge', id: string }
    | { __typename: 'ChargeDefendant', id: string }
    | { __typename: 'Citation', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'EventParticipant', id: string }
    | { __typename: 'OnlinePersona', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Place', id: string }
    | { __typename: 'Relationship', id: string }
    | { __typename: 'Revision', id: string }
    | { __typename: 'Source', title: string, kind: SourceKind, publisher: string | null, hasText: boolean, text: string | null, textVersion: number, id: string, mentionSuggestions: { textVersion: number, rejectedCount: number, known: Array<{ key: string, kind: MentionKind, text: string, start: number, end: number, matchedName: string | null, matchType: MentionMatchType | null, entity:
            | { id: string, name: string, kind: EntityKind }
            | { id: string, name: string, kind: EntityKind }
            | { id: string, name: string, kind: EntityKind }
            | { id: string, name: string, kind: EntityKind }
            | { id: string, name: string, kind: EntityKind }
           | null, alternatives: Array<
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
          > }>, candidates: Array<{ key: string, kind: MentionKind, text: string, start: number, end: number }> } }
    | { __typename: 'User', id: string }
   | null, cases: { edges: Array<{ node: { id: string, slug: string, shortTitle: string | null, caption: string } }> } };

export type AcceptMentionMutationVariables = Exact<{
  input: AcceptMentionSuggestionInput;
}>;


export type AcceptMentionMutation = { acceptMentionSuggestion: { isNewEntity: boolean, entity:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    , citation: { id: string }, caseRole: { id: string, role: CaseRoleKind } | null } };

export type RejectMentionMutationVariables = Exact<{
  input: RejectMentionSuggestionInput;
}>;


export type RejectMentionMutation = { rejectMentionSuggestion: { key: string } };

export type SourceListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SourceListQuery = { sources: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: SourceKind, title: string, publisher: string | null, author: string | null, url: string | null, publishedDate: string | null, publishedDatePrecision: DatePrecision | null, hasText: boolean, citations: Array<{ id: string }> } }> } };

export type SourceReaderQueryVariables = Exact<{
  id: string | number;
}>;


export type SourceReaderQuery = { node:
    | { __typename: 'Annotation', id: string }
    | { __typename: 'Artifact', id: string }
    | { __typename: 'Case', id: string }
    | { __typename: 'CaseRole', id: string }
    | { __typename: 'Charge', id: string }
    | { __typename: 'ChargeDefendant', id: string }
    | { __typename: 'Citation', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'EventParticipant', id: string }
    | { __typename: 'OnlinePersona', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Place', id: string }
    | { __typename: 'Relationship', id: string }
    | { __typename: 'Revision', id: string }
    | { __typename: 'Source', kind: SourceKind, title: string, publisher: string | null, author: string | null, url: string | null, publishedDate: string | null, publishedDatePrecision: DatePrecision | null, description: string | null, hasText: boolean, text: string | null, textVersion: number, version: number, id: string, citations: Array<{ id: string, version: number, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, targetType: TargetType, quote: { exact: string } | null, position: { start: number, end: number } | null, target:
          | { __typename: 'Annotation', id: string }
          | { __typename: 'Artifact', name: string, kind: EntityKind, status: FactStatus, id: string }
          | { __typename: 'Case', caption: string, slug: string, id: string }
          | { __typename: 'CaseRole', status: FactStatus, id: string, caseRole: CaseRoleKind, entity:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             }
          | { __typename: 'Charge', countNumber: number, title: string, status: FactStatus, id: string }
          | { __typename: 'ChargeDefendant', status: FactStatus, id: string, defendant:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , charge: { id: string, countNumber: number } }
          | { __typename: 'Citation', id: string }
          | { __typename: 'Event', title: string, status: FactStatus, id: string }
          | { __typename: 'EventParticipant', status: FactStatus, id: string, participantRole: ParticipantRole, entity:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , event: { id: string, title: string } }
          | { __typename: 'OnlinePersona', name: string, kind: EntityKind, status: FactStatus, id: string }
          | { __typename: 'Organization', name: string, kind: EntityKind, status: FactStatus, id: string }
          | { __typename: 'Person', name: string, kind: EntityKind, status: FactStatus, id: string }
          | { __typename: 'Place', name: string, kind: EntityKind, status: FactStatus, id: string }
          | { __typename: 'Relationship', predicate: Predicate, status: FactStatus, id: string, subject:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , object:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             }
          | { __typename: 'Revision', id: string }
          | { __typename: 'Source', id: string }
          | { __typename: 'User', id: string }
         | null }>, annotations: Array<{ id: string, body: string, tags: Array<string>, status: AnnotationStatus, version: number, createdAt: string, isOrphaned: boolean, author: { id: string, name: string }, resolvedBy: { id: string, name: string } | null, quote: { exact: string } | null, position: { start: number, end: number } | null, replies: Array<{ id: string, body: string, version: number, createdAt: string, author: { id: string, name: string } }> }> }
    | { __typename: 'User', id: string }
   | null };

export type TimelineEventsQueryVariables = Exact<{
  filter: EventFilter;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TimelineEventsQuery = { events: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, kind: EventKind, date: string, datePrecision: DatePrecision, endDate: string | null, endDatePrecision: DatePrecision | null, description: string | null, status: FactStatus, confidence: number, range: { start: string, end: string }, place: { id: string, name: string } | null, participants: Array<{ id: string, role: ParticipantRole, status: FactStatus, entity:
            | { id: string, name: string, kind: EntityKind }
            | { id: string, name: string, kind: EntityKind }
            | { id: string, name: string, kind: EntityKind }
            | { id: string, name: string, kind: EntityKind }
            | { id: string, name: string, kind: EntityKind }
           }>, citations: Array<{ id: string, locator: string | null, quote: { exact: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, hasText: boolean } }> } }> } };

export type CaseHeaderQueryVariables = Exact<{
  slug: string;
}>;


export type CaseHeaderQuery = { case: { id: string, slug: string, caption: string, shortTitle: string | null } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CitationPartsFragmentDoc = new TypedDocumentString(`
    fragment CitationParts on Citation {
  id
  field
  locator
  note
  isOrphaned
  quote {
    exact
    prefix
    suffix
  }
  position {
    start
    end
  }
  source {
    id
    title
    kind
    publisher
    hasText
  }
}
    `, {"fragmentName":"CitationParts"}) as unknown as TypedDocumentString<CitationPartsFragment, unknown>;
export const AnnotationThreadFragmentDoc = new TypedDocumentString(`
    fragment AnnotationThread on Annotation {
  id
  body
  tags
  status
  version
  createdAt
  isOrphaned
  author {
    id
    name
  }
  resolvedBy {
    id
    name
  }
  quote {
    exact
  }
  position {
    start
    end
  }
  replies {
    id
    body
    version
    createdAt
    author {
      id
      name
    }
  }
}
    `, {"fragmentName":"AnnotationThread"}) as unknown as TypedDocumentString<AnnotationThreadFragment, unknown>;
export const RevisionRecordNameFragmentDoc = new TypedDocumentString(`
    fragment RevisionRecordName on Node {
  __typename
  id
  ... on Entity {
    name
  }
  ... on Event {
    title
  }
  ... on Charge {
    countNumber
    title
  }
  ... on Source {
    title
  }
  ... on Case {
    caption
  }
  ... on Annotation {
    body
  }
  ... on Citation {
    source {
      id
      title
    }
  }
  ... on ChargeDefendant {
    defendant {
      id
      name
    }
    charge {
      id
      countNumber
    }
  }
  ... on Relationship {
    predicate
    subject {
      id
      name
    }
    object {
      id
      name
    }
  }
}
    `, {"fragmentName":"RevisionRecordName"}) as unknown as TypedDocumentString<RevisionRecordNameFragment, unknown>;
export const UsersDocument = new TypedDocumentString(`
    query Users {
  users(first: 100) {
    totalCount
    edges {
      node {
        id
        name
        email
        role
        isDisabled
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    user {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserRoleDocument = new TypedDocumentString(`
    mutation UpdateUserRole($input: UpdateUserRoleInput!) {
  updateUserRole(input: $input) {
    user {
      id
      role
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateUserRoleMutation, UpdateUserRoleMutationVariables>;
export const SetUserDisabledDocument = new TypedDocumentString(`
    mutation SetUserDisabled($input: SetUserDisabledInput!) {
  setUserDisabled(input: $input) {
    user {
      id
      isDisabled
    }
  }
}
    `) as unknown as TypedDocumentString<SetUserDisabledMutation, SetUserDisabledMutationVariables>;
export const ApiTokensDocument = new TypedDocumentString(`
    query ApiTokens {
  apiTokens {
    id
    name
    role
    createdAt
    lastUsedAt
    revokedAt
    isRevoked
    owner {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    secret
    token {
      id
      name
      role
    }
  }
}
    `) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($input: RevokeApiTokenInput!) {
  revokeApiToken(input: $input) {
    token {
      id
      isRevoked
    }
  }
}
    `) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const CreateAnnotationDocument = new TypedDocumentString(`
    mutation CreateAnnotation($input: CreateAnnotationInput!) {
  createAnnotation(input: $input) {
    annotation {
      id
      position {
        start
        end
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CreateAnnotationMutation, CreateAnnotationMutationVariables>;
export const ReplyToAnnotationDocument = new TypedDocumentString(`
    mutation ReplyToAnnotation($input: ReplyToAnnotationInput!) {
  replyToAnnotation(input: $input) {
    annotation {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ReplyToAnnotationMutation, ReplyToAnnotationMutationVariables>;
export const UpdateAnnotationDocument = new TypedDocumentString(`
    mutation UpdateAnnotation($input: UpdateAnnotationInput!) {
  updateAnnotation(input: $input) {
    annotation {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateAnnotationMutation, UpdateAnnotationMutationVariables>;
export const ResolveAnnotationDocument = new TypedDocumentString(`
    mutation ResolveAnnotation($input: AnnotationStatusInput!) {
  resolveAnnotation(input: $input) {
    annotation {
      id
      status
      version
    }
  }
}
    `) as unknown as TypedDocumentString<ResolveAnnotationMutation, ResolveAnnotationMutationVariables>;
export const ReopenAnnotationDocument = new TypedDocumentString(`
    mutation ReopenAnnotation($input: AnnotationStatusInput!) {
  reopenAnnotation(input: $input) {
    annotation {
      id
      status
      version
    }
  }
}
    `) as unknown as TypedDocumentString<ReopenAnnotationMutation, ReopenAnnotationMutationVariables>;
export const DeleteAnnotationDocument = new TypedDocumentString(`
    mutation DeleteAnnotation($input: DeleteInput!) {
  deleteAnnotation(input: $input) {
    deletedId
  }
}
    `) as unknown as TypedDocumentString<DeleteAnnotationMutation, DeleteAnnotationMutationVariables>;
export const QuestionsDocument = new TypedDocumentString(`
    query Questions($filter: AnnotationFilter, $first: Int, $after: String) {
  annotations(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        body
        tags
        status
        targetType
        createdAt
        author {
          id
          name
        }
        replies {
          id
        }
        quote {
          exact
        }
        target {
          __typename
          id
          ... on Entity {
            name
          }
          ... on Event {
            title
          }
          ... on Charge {
            countNumber
            title
          }
          ... on Source {
            title
          }
          ... on Case {
            caption
            slug
          }
          ... on Relationship {
            predicate
            subject {
              id
              name
            }
            object {
              id
              name
            }
          }
          ... on ChargeDefendant {
            defendant {
              id
              name
            }
            charge {
              id
              countNumber
            }
          }
          ... on CaseRole {
            caseRole: role
            entity {
              id
              name
            }
          }
          ... on EventParticipant {
            participantRole: role
            entity {
              id
              name
            }
            event {
              id
              title
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QuestionsQuery, QuestionsQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    viewer {
      id
      name
      role
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout {
    isSignedOut
  }
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  me {
    id
    name
    role
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const CaseOverviewDocument = new TypedDocumentString(`
    query CaseOverview($slug: String!) {
  case(slug: $slug) {
    id
    slug
    caption
    shortTitle
    docketNumber
    court
    jurisdiction
    status
    filedDate
    filedDatePrecision
    summary
    charges {
      id
      countNumber
      title
      statute
      status
      defendants {
        id
        status
        confidence
        defendant {
          id
        }
      }
    }
    roles(role: DEFENDANT, first: 100) {
      totalCount
      edges {
        node {
          id
          position
          status
          entity {
            id
            name
          }
        }
      }
    }
    stats {
      entityCount
      defendantCount
      chargeCount
      eventCount
      sourceCount
      citationCount
      openAnnotationCount
      entitiesByKind {
        kind
        count
      }
      eventsPerMonth {
        month
        count
      }
      eventsWithoutMonth
      defendantGroups {
        count
        kind
        unit {
          id
          name
        }
      }
    }
  }
  activity(caseSlug: $slug, first: 12) {
    edges {
      node {
        id
        recordType
        recordId
        action
        version
        createdAt
        actor {
          id
          name
        }
        changes {
          field
        }
        record {
          ...RevisionRecordName
        }
      }
    }
  }
}
    fragment RevisionRecordName on Node {
  __typename
  id
  ... on Entity {
    name
  }
  ... on Event {
    title
  }
  ... on Charge {
    countNumber
    title
  }
  ... on Source {
    title
  }
  ... on Case {
    caption
  }
  ... on Annotation {
    body
  }
  ... on Citation {
    source {
      id
      title
    }
  }
  ... on ChargeDefendant {
    defendant {
      id
      name
    }
    charge {
      id
      countNumber
    }
  }
  ... on Relationship {
    predicate
    subject {
      id
      name
    }
    object {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<CaseOverviewQuery, CaseOverviewQueryVariables>;
export const CaseIndexDocument = new TypedDocumentString(`
    query CaseIndex {
  cases(first: 100) {
    totalCount
    edges {
      node {
        id
        slug
        caption
        shortTitle
        docketNumber
        court
        status
        updatedAt
        stats {
          entityCount
          defendantCount
          eventCount
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseIndexQuery, CaseIndexQueryVariables>;
export const CaseLastActivityDocument = new TypedDocumentString(`
    query CaseLastActivity($slug: String!) {
  activity(caseSlug: $slug, first: 1) {
    edges {
      node {
        id
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseLastActivityQuery, CaseLastActivityQueryVariables>;
export const CaseListDocument = new TypedDocumentString(`
    query CaseList {
  cases(first: 20) {
    edges {
      node {
        id
        slug
        caption
        shortTitle
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseListQuery, CaseListQueryVariables>;
export const CaseExportDocument = new TypedDocumentString(`
    query CaseExport($slug: String!, $format: ExportFormat!) {
  export(caseSlug: $slug, format: $format) {
    filename
    contentType
    content
  }
}
    `) as unknown as TypedDocumentString<CaseExportQuery, CaseExportQueryVariables>;
export const ChargePageDocument = new TypedDocumentString(`
    query ChargePage($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Charge {
      countNumber
      title
      statute
      description
      status
      confidence
      version
      case {
        id
        slug
        caption
        shortTitle
      }
      citations {
        ...CitationParts
      }
      annotations {
        ...AnnotationThread
      }
      defendants {
        id
        status
        confidence
        defendant {
          id
          name
          kind
        }
        citations {
          ...CitationParts
        }
        annotations {
          ...AnnotationThread
        }
      }
    }
  }
}
    fragment CitationParts on Citation {
  id
  field
  locator
  note
  isOrphaned
  quote {
    exact
    prefix
    suffix
  }
  position {
    start
    end
  }
  source {
    id
    title
    kind
    publisher
    hasText
  }
}
fragment AnnotationThread on Annotation {
  id
  body
  tags
  status
  version
  createdAt
  isOrphaned
  author {
    id
    name
  }
  resolvedBy {
    id
    name
  }
  quote {
    exact
  }
  position {
    start
    end
  }
  replies {
    id
    body
    version
    createdAt
    author {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ChargePageQuery, ChargePageQueryVariables>;
export const EventPageDocument = new TypedDocumentString(`
    query EventPage($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Event {
      title
      kind
      date
      datePrecision
      endDate
      endDatePrecision
      description
      status
      confidence
      case {
        id
        slug
        caption
        shortTitle
      }
      place {
        id
        name
      }
      citations {
        ...CitationParts
      }
      annotations {
        ...AnnotationThread
      }
      participants {
        id
        role
        status
        confidence
        entity {
          id
          name
        }
        citations {
          ...CitationParts
        }
        annotations {
          ...AnnotationThread
        }
      }
    }
  }
}
    fragment CitationParts on Citation {
  id
  field
  locator
  note
  isOrphaned
  quote {
    exact
    prefix
    suffix
  }
  position {
    start
    end
  }
  source {
    id
    title
    kind
    publisher
    hasText
  }
}
fragment AnnotationThread on Annotation {
  id
  body
  tags
  status
  version
  createdAt
  isOrphaned
  author {
    id
    name
  }
  resolvedBy {
    id
    name
  }
  quote {
    exact
  }
  position {
    start
    end
  }
  replies {
    id
    body
    version
    createdAt
    author {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<EventPageQuery, EventPageQueryVariables>;
export const RelationshipPageDocument = new TypedDocumentString(`
    query RelationshipPage($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Relationship {
      predicate
      startDate
      startDatePrecision
      endDate
      endDatePrecision
      description
      status
      confidence
      subject {
        id
        name
      }
      object {
        id
        name
      }
      citations {
        ...CitationParts
      }
      annotations {
        ...AnnotationThread
      }
    }
  }
}
    fragment CitationParts on Citation {
  id
  field
  locator
  note
  isOrphaned
  quote {
    exact
    prefix
    suffix
  }
  position {
    start
    end
  }
  source {
    id
    title
    kind
    publisher
    hasText
  }
}
fragment AnnotationThread on Annotation {
  id
  body
  tags
  status
  version
  createdAt
  isOrphaned
  author {
    id
    name
  }
  resolvedBy {
    id
    name
  }
  quote {
    exact
  }
  position {
    start
    end
  }
  replies {
    id
    body
    version
    createdAt
    author {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<RelationshipPageQuery, RelationshipPageQueryVariables>;
export const EntityForEditDocument = new TypedDocumentString(`
    query EntityForEdit($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Entity {
      kind
      name
      aliases
      description
      status
      confidence
      version
      updatedAt
    }
    ... on Person {
      rank
      position
      nationality
      birthDate
    }
    ... on Organization {
      organizationKind
      country
      parent {
        id
        name
      }
    }
    ... on OnlinePersona {
      personaKind
      platform
      url
    }
    ... on Place {
      placeKind
      country
    }
    ... on Artifact {
      artifactKind
      url
    }
  }
}
    `) as unknown as TypedDocumentString<EntityForEditQuery, EntityForEditQueryVariables>;
export const CreateEntityDocument = new TypedDocumentString(`
    mutation CreateEntity($input: CreateEntityInput!) {
  createEntity(input: $input) {
    entity {
      id
      name
      version
    }
  }
}
    `) as unknown as TypedDocumentString<CreateEntityMutation, CreateEntityMutationVariables>;
export const UpdateEntityDocument = new TypedDocumentString(`
    mutation UpdateEntity($input: UpdateEntityInput!) {
  updateEntity(input: $input) {
    entity {
      id
      name
      version
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateEntityMutation, UpdateEntityMutationVariables>;
export const DeleteEntityDocument = new TypedDocumentString(`
    mutation DeleteEntity($input: DeleteInput!) {
  deleteEntity(input: $input) {
    deletedId
    revision {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteEntityMutation, DeleteEntityMutationVariables>;
export const DeleteRelationshipDocument = new TypedDocumentString(`
    mutation DeleteRelationship($input: DeleteInput!) {
  deleteRelationship(input: $input) {
    deletedId
    revision {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteRelationshipMutation, DeleteRelationshipMutationVariables>;
export const DeleteEventDocument = new TypedDocumentString(`
    mutation DeleteEvent($input: DeleteInput!) {
  deleteEvent(input: $input) {
    deletedId
    revision {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteEventMutation, DeleteEventMutationVariables>;
export const DeleteChargeDocument = new TypedDocumentString(`
    mutation DeleteCharge($input: DeleteInput!) {
  deleteCharge(input: $input) {
    deletedId
    revision {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteChargeMutation, DeleteChargeMutationVariables>;
export const DeleteCaseRoleDocument = new TypedDocumentString(`
    mutation DeleteCaseRole($input: DeleteInput!) {
  deleteCaseRole(input: $input) {
    deletedId
    revision {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteCaseRoleMutation, DeleteCaseRoleMutationVariables>;
export const DeleteCaseDocument = new TypedDocumentString(`
    mutation DeleteCase($input: DeleteInput!) {
  deleteCase(input: $input) {
    deletedId
    revision {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteCaseMutation, DeleteCaseMutationVariables>;
export const DeleteSourceDocument = new TypedDocumentString(`
    mutation DeleteSource($input: DeleteInput!) {
  deleteSource(input: $input) {
    deletedId
    revision {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteSourceMutation, DeleteSourceMutationVariables>;
export const DeleteCitationDocument = new TypedDocumentString(`
    mutation DeleteCitation($input: DeleteInput!) {
  deleteCitation(input: $input) {
    deletedId
    revision {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteCitationMutation, DeleteCitationMutationVariables>;
export const MergeSideDocument = new TypedDocumentString(`
    query MergeSide($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Entity {
      kind
      name
      aliases
      description
      status
      version
      relationships(first: 100) {
        totalCount
        edges {
          node {
            id
            predicate
            subject {
              id
              name
            }
            object {
              id
              name
            }
          }
        }
      }
      events(first: 100) {
        totalCount
        edges {
          roles
          node {
            id
            title
          }
        }
      }
      charges {
        id
        charge {
          id
          countNumber
          title
        }
      }
      cases {
        id
        role
        case {
          id
          slug
          shortTitle
        }
      }
      citations {
        id
      }
      annotations {
        id
      }
    }
    ... on Organization {
      children {
        id
        name
      }
      organizationKind
      country
    }
    ... on Person {
      rank
      position
      nationality
      birthDate
      birthDatePrecision
    }
    ... on OnlinePersona {
      personaKind
      platform
      url
    }
    ... on Place {
      placeKind
      country
    }
    ... on Artifact {
      artifactKind
      url
    }
  }
}
    `) as unknown as TypedDocumentString<MergeSideQuery, MergeSideQueryVariables>;
export const MergeEntitiesDocument = new TypedDocumentString(`
    mutation MergeEntities($input: MergeEntitiesInput!) {
  mergeEntities(input: $input) {
    survivor {
      id
      name
      aliases
      version
    }
    revision {
      id
    }
    movedCount
    droppedCount
  }
}
    `) as unknown as TypedDocumentString<MergeEntitiesMutation, MergeEntitiesMutationVariables>;
export const UnmergeEntitiesDocument = new TypedDocumentString(`
    mutation UnmergeEntities($input: UnmergeEntitiesInput!) {
  unmergeEntities(input: $input) {
    survivor {
      id
      name
    }
    restored {
      id
      name
    }
    revision {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<UnmergeEntitiesMutation, UnmergeEntitiesMutationVariables>;
export const EntityPickerDocument = new TypedDocumentString(`
    query EntityPicker($text: String, $kinds: [EntityKind!], $first: Int) {
  entities(filter: {text: $text, kinds: $kinds}, first: $first) {
    edges {
      node {
        id
        kind
        name
        aliases
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EntityPickerQuery, EntityPickerQueryVariables>;
export const EntityDirectoryDocument = new TypedDocumentString(`
    query EntityDirectory($filter: EntityFilter, $orderBy: EntityOrder, $first: Int, $after: String, $last: Int, $before: String) {
  entities(
    filter: $filter
    orderBy: $orderBy
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        id
        kind
        name
        aliases
        description
        status
        confidence
        updatedAt
        cases {
          id
          role
          case {
            id
            slug
            shortTitle
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EntityDirectoryQuery, EntityDirectoryQueryVariables>;
export const EntityPageDocument = new TypedDocumentString(`
    query EntityPage($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Entity {
      kind
      name
      aliases
      description
      status
      confidence
      version
      createdAt
      updatedAt
      fieldStatuses {
        field
        status
        confidence
      }
      citations {
        ...CitationParts
      }
      annotations {
        ...AnnotationThread
      }
      cases {
        id
        role
        description
        status
        confidence
        case {
          id
          slug
          caption
          shortTitle
        }
        citations {
          ...CitationParts
        }
      }
    }
    ... on Person {
      rank
      position
      nationality
      birthDate
      birthDatePrecision
    }
    ... on Organization {
      organizationKind
      country
      parent {
        id
        name
      }
      children {
        id
        name
      }
    }
    ... on OnlinePersona {
      personaKind
      platform
      url
    }
    ... on Place {
      placeKind
      country
    }
    ... on Artifact {
      artifactKind
      url
    }
  }
}
    fragment CitationParts on Citation {
  id
  field
  locator
  note
  isOrphaned
  quote {
    exact
    prefix
    suffix
  }
  position {
    start
    end
  }
  source {
    id
    title
    kind
    publisher
    hasText
  }
}
fragment AnnotationThread on Annotation {
  id
  body
  tags
  status
  version
  createdAt
  isOrphaned
  author {
    id
    name
  }
  resolvedBy {
    id
    name
  }
  quote {
    exact
  }
  position {
    start
    end
  }
  replies {
    id
    body
    version
    createdAt
    author {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<EntityPageQuery, EntityPageQueryVariables>;
export const EntityRelationshipsDocument = new TypedDocumentString(`
    query EntityRelationships($id: ID!) {
  node(id: $id) {
    id
    ... on Entity {
      relationships(first: 100) {
        totalCount
        edges {
          node {
            id
            predicate
            status
            confidence
            startDate
            startDatePrecision
            endDate
            endDatePrecision
            description
            subject {
              id
              name
              kind
            }
            object {
              id
              name
              kind
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EntityRelationshipsQuery, EntityRelationshipsQueryVariables>;
export const EntityEventsChargesDocument = new TypedDocumentString(`
    query EntityEventsCharges($id: ID!) {
  node(id: $id) {
    id
    ... on Entity {
      events(first: 100) {
        totalCount
        edges {
          roles
          node {
            id
            title
            kind
            date
            datePrecision
            endDate
            endDatePrecision
            status
            case {
              id
              slug
              caption
              shortTitle
            }
          }
        }
      }
      charges {
        id
        status
        confidence
        charge {
          id
          countNumber
          title
          statute
          status
          case {
            id
            slug
            caption
            shortTitle
          }
        }
        citations {
          ...CitationParts
        }
      }
    }
  }
}
    fragment CitationParts on Citation {
  id
  field
  locator
  note
  isOrphaned
  quote {
    exact
    prefix
    suffix
  }
  position {
    start
    end
  }
  source {
    id
    title
    kind
    publisher
    hasText
  }
}`) as unknown as TypedDocumentString<EntityEventsChargesQuery, EntityEventsChargesQueryVariables>;
export const FactCitationsDocument = new TypedDocumentString(`
    query FactCitations($id: ID!) {
  node(id: $id) {
    id
    ... on Fact {
      citations {
        ...CitationParts
      }
    }
  }
}
    fragment CitationParts on Citation {
  id
  field
  locator
  note
  isOrphaned
  quote {
    exact
    prefix
    suffix
  }
  position {
    start
    end
  }
  source {
    id
    title
    kind
    publisher
    hasText
  }
}`) as unknown as TypedDocumentString<FactCitationsQuery, FactCitationsQueryVariables>;
export const EntityHistoryDocument = new TypedDocumentString(`
    query EntityHistory($id: ID!) {
  history(id: $id, first: 25) {
    totalCount
    edges {
      node {
        id
        action
        version
        createdAt
        actor {
          id
          name
        }
        changes {
          field
          before
          after
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EntityHistoryQuery, EntityHistoryQueryVariables>;
export const CaseGraphDocument = new TypedDocumentString(`
    query CaseGraph($slug: String!, $kinds: [EntityKind!], $predicates: [Predicate!], $limit: Int) {
  case(slug: $slug) {
    id
    slug
    caption
    shortTitle
  }
  caseGraph(slug: $slug, kinds: $kinds, predicates: $predicates, limit: $limit) {
    isTruncated
    nodes {
      id
      label
      kind
      roles
      degree
    }
    edges {
      id
      source
      target
      predicate
      status
    }
  }
}
    `) as unknown as TypedDocumentString<CaseGraphQuery, CaseGraphQueryVariables>;
export const EntityNeighborhoodDocument = new TypedDocumentString(`
    query EntityNeighborhood($id: ID!, $predicates: [Predicate!]) {
  entityGraph(id: $id, depth: 1, predicates: $predicates, limit: 200) {
    isTruncated
    nodes {
      id
      label
      kind
      roles
      degree
    }
    edges {
      id
      source
      target
      predicate
      status
    }
  }
}
    `) as unknown as TypedDocumentString<EntityNeighborhoodQuery, EntityNeighborhoodQueryVariables>;
export const GraphNodeDetailDocument = new TypedDocumentString(`
    query GraphNodeDetail($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Entity {
      name
      kind
      aliases
      description
      status
      confidence
    }
  }
}
    `) as unknown as TypedDocumentString<GraphNodeDetailQuery, GraphNodeDetailQueryVariables>;
export const GraphRelationshipDetailDocument = new TypedDocumentString(`
    query GraphRelationshipDetail($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Relationship {
      predicate
      status
      confidence
      description
      startDate
      startDatePrecision
      endDate
      endDatePrecision
      subject {
        id
        name
      }
      object {
        id
        name
      }
      citations {
        ...CitationParts
      }
    }
  }
}
    fragment CitationParts on Citation {
  id
  field
  locator
  note
  isOrphaned
  quote {
    exact
    prefix
    suffix
  }
  position {
    start
    end
  }
  source {
    id
    title
    kind
    publisher
    hasText
  }
}`) as unknown as TypedDocumentString<GraphRelationshipDetailQuery, GraphRelationshipDetailQueryVariables>;
export const RecordHistoryDocument = new TypedDocumentString(`
    query RecordHistory($id: ID!) {
  history(id: $id, first: 100) {
    totalCount
    edges {
      node {
        id
        recordType
        recordId
        action
        version
        createdAt
        actor {
          id
          name
        }
        changes {
          field
          before
          after
        }
      }
    }
  }
  node(id: $id) {
    __typename
    id
    ... on Entity {
      name
      kind
    }
    ... on Relationship {
      predicate
      subject {
        id
        name
      }
      object {
        id
        name
      }
    }
    ... on Event {
      title
    }
    ... on Charge {
      countNumber
      title
    }
    ... on Source {
      title
    }
    ... on Case {
      caption
      slug
    }
    ... on Citation {
      source {
        id
        title
      }
    }
    ... on CaseRole {
      role
      entity {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecordHistoryQuery, RecordHistoryQueryVariables>;
export const LatestRevisionDocument = new TypedDocumentString(`
    query LatestRevision($id: ID!) {
  history(id: $id, first: 1) {
    edges {
      node {
        id
        version
        createdAt
        actor {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LatestRevisionQuery, LatestRevisionQueryVariables>;
export const RestoreRevisionDocument = new TypedDocumentString(`
    mutation RestoreRevision($input: RestoreRevisionInput!) {
  restoreRevision(input: $input) {
    record {
      __typename
      id
    }
    revision {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<RestoreRevisionMutation, RestoreRevisionMutationVariables>;
export const ActivityDocument = new TypedDocumentString(`
    query Activity($caseSlug: String, $first: Int, $after: String) {
  activity(caseSlug: $caseSlug, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        recordType
        recordId
        action
        version
        createdAt
        actor {
          id
          name
        }
        changes {
          field
          before
          after
        }
        record {
          ...RevisionRecordName
        }
      }
    }
  }
}
    fragment RevisionRecordName on Node {
  __typename
  id
  ... on Entity {
    name
  }
  ... on Event {
    title
  }
  ... on Charge {
    countNumber
    title
  }
  ... on Source {
    title
  }
  ... on Case {
    caption
  }
  ... on Annotation {
    body
  }
  ... on Citation {
    source {
      id
      title
    }
  }
  ... on ChargeDefendant {
    defendant {
      id
      name
    }
    charge {
      id
      countNumber
    }
  }
  ... on Relationship {
    predicate
    subject {
      id
      name
    }
    object {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ActivityQuery, ActivityQueryVariables>;
export const RelationshipForEditDocument = new TypedDocumentString(`
    query RelationshipForEdit($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Relationship {
      predicate
      startDate
      endDate
      description
      status
      confidence
      version
      subject {
        id
        name
      }
      object {
        id
        name
      }
      annotations {
        ...AnnotationThread
      }
    }
  }
}
    fragment AnnotationThread on Annotation {
  id
  body
  tags
  status
  version
  createdAt
  isOrphaned
  author {
    id
    name
  }
  resolvedBy {
    id
    name
  }
  quote {
    exact
  }
  position {
    start
    end
  }
  replies {
    id
    body
    version
    createdAt
    author {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<RelationshipForEditQuery, RelationshipForEditQueryVariables>;
export const CreateRelationshipDocument = new TypedDocumentString(`
    mutation CreateRelationship($input: CreateRelationshipInput!) {
  createRelationship(input: $input) {
    relationship {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<CreateRelationshipMutation, CreateRelationshipMutationVariables>;
export const UpdateRelationshipDocument = new TypedDocumentString(`
    mutation UpdateRelationship($input: UpdateRelationshipInput!) {
  updateRelationship(input: $input) {
    relationship {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateRelationshipMutation, UpdateRelationshipMutationVariables>;
export const CaseRoleForEditDocument = new TypedDocumentString(`
    query CaseRoleForEdit($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on CaseRole {
      role
      description
      position
      status
      confidence
      version
      case {
        id
        slug
        caption
      }
      entity {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseRoleForEditQuery, CaseRoleForEditQueryVariables>;
export const CreateCaseRoleDocument = new TypedDocumentString(`
    mutation CreateCaseRole($input: CreateCaseRoleInput!) {
  createCaseRole(input: $input) {
    caseRole {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<CreateCaseRoleMutation, CreateCaseRoleMutationVariables>;
export const UpdateCaseRoleDocument = new TypedDocumentString(`
    mutation UpdateCaseRole($input: UpdateCaseRoleInput!) {
  updateCaseRole(input: $input) {
    caseRole {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateCaseRoleMutation, UpdateCaseRoleMutationVariables>;
export const EventForEditDocument = new TypedDocumentString(`
    query EventForEdit($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Event {
      title
      kind
      date
      endDate
      description
      status
      confidence
      version
      case {
        id
        slug
        caption
      }
      place {
        id
        name
      }
      participants {
        id
        role
        status
        confidence
        version
        entity {
          id
          name
          kind
        }
      }
      annotations {
        ...AnnotationThread
      }
    }
  }
}
    fragment AnnotationThread on Annotation {
  id
  body
  tags
  status
  version
  createdAt
  isOrphaned
  author {
    id
    name
  }
  resolvedBy {
    id
    name
  }
  quote {
    exact
  }
  position {
    start
    end
  }
  replies {
    id
    body
    version
    createdAt
    author {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<EventForEditQuery, EventForEditQueryVariables>;
export const CreateEventDocument = new TypedDocumentString(`
    mutation CreateEvent($input: CreateEventInput!) {
  createEvent(input: $input) {
    event {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<CreateEventMutation, CreateEventMutationVariables>;
export const UpdateEventDocument = new TypedDocumentString(`
    mutation UpdateEvent($input: UpdateEventInput!) {
  updateEvent(input: $input) {
    event {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateEventMutation, UpdateEventMutationVariables>;
export const AddEventParticipantDocument = new TypedDocumentString(`
    mutation AddEventParticipant($input: AddEventParticipantInput!) {
  addEventParticipant(input: $input) {
    participant {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AddEventParticipantMutation, AddEventParticipantMutationVariables>;
export const RemoveEventParticipantDocument = new TypedDocumentString(`
    mutation RemoveEventParticipant($input: DeleteInput!) {
  removeEventParticipant(input: $input) {
    deletedId
  }
}
    `) as unknown as TypedDocumentString<RemoveEventParticipantMutation, RemoveEventParticipantMutationVariables>;
export const ChargeForEditDocument = new TypedDocumentString(`
    query ChargeForEdit($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Charge {
      countNumber
      title
      statute
      description
      status
      confidence
      version
      case {
        id
        slug
        caption
      }
      defendants {
        id
        status
        confidence
        version
        defendant {
          id
          name
          kind
        }
      }
      annotations {
        ...AnnotationThread
      }
    }
  }
}
    fragment AnnotationThread on Annotation {
  id
  body
  tags
  status
  version
  createdAt
  isOrphaned
  author {
    id
    name
  }
  resolvedBy {
    id
    name
  }
  quote {
    exact
  }
  position {
    start
    end
  }
  replies {
    id
    body
    version
    createdAt
    author {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ChargeForEditQuery, ChargeForEditQueryVariables>;
export const CreateChargeDocument = new TypedDocumentString(`
    mutation CreateCharge($input: CreateChargeInput!) {
  createCharge(input: $input) {
    charge {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<CreateChargeMutation, CreateChargeMutationVariables>;
export const UpdateChargeDocument = new TypedDocumentString(`
    mutation UpdateCharge($input: UpdateChargeInput!) {
  updateCharge(input: $input) {
    charge {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateChargeMutation, UpdateChargeMutationVariables>;
export const AddChargeDefendantDocument = new TypedDocumentString(`
    mutation AddChargeDefendant($input: AddChargeDefendantInput!) {
  addChargeDefendant(input: $input) {
    chargeDefendant {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AddChargeDefendantMutation, AddChargeDefendantMutationVariables>;
export const RemoveChargeDefendantDocument = new TypedDocumentString(`
    mutation RemoveChargeDefendant($input: DeleteInput!) {
  removeChargeDefendant(input: $input) {
    deletedId
  }
}
    `) as unknown as TypedDocumentString<RemoveChargeDefendantMutation, RemoveChargeDefendantMutationVariables>;
export const CaseForEditDocument = new TypedDocumentString(`
    query CaseForEdit($slug: String!) {
  case(slug: $slug) {
    id
    slug
    caption
    shortTitle
    docketNumber
    court
    jurisdiction
    status
    filedDate
    summary
    version
    charges {
      id
      countNumber
      title
      statute
      status
      defendants {
        id
      }
    }
    events(first: 100) {
      totalCount
      edges {
        node {
          id
          title
          date
          datePrecision
          kind
          status
        }
      }
    }
    roles(first: 100) {
      totalCount
      edges {
        node {
          id
          role
          status
          entity {
            id
            name
            kind
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseForEditQuery, CaseForEditQueryVariables>;
export const CreateCaseDocument = new TypedDocumentString(`
    mutation CreateCase($input: CreateCaseInput!) {
  createCase(input: $input) {
    case {
      id
      slug
      version
    }
  }
}
    `) as unknown as TypedDocumentString<CreateCaseMutation, CreateCaseMutationVariables>;
export const UpdateCaseDocument = new TypedDocumentString(`
    mutation UpdateCase($input: UpdateCaseInput!) {
  updateCase(input: $input) {
    case {
      id
      slug
      version
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateCaseMutation, UpdateCaseMutationVariables>;
export const CaseFactsDocument = new TypedDocumentString(`
    query CaseFacts($slug: String!) {
  case(slug: $slug) {
    id
    charges {
      id
      countNumber
      title
      defendants {
        id
        defendant {
          id
          name
        }
      }
    }
    events(first: 100) {
      edges {
        node {
          id
          title
          date
          datePrecision
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseFactsQuery, CaseFactsQueryVariables>;
export const EntityRelationshipChoicesDocument = new TypedDocumentString(`
    query EntityRelationshipChoices($id: ID!) {
  node(id: $id) {
    id
    ... on Entity {
      relationships(first: 100) {
        edges {
          node {
            id
            predicate
            subject {
              id
              name
            }
            object {
              id
              name
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EntityRelationshipChoicesQuery, EntityRelationshipChoicesQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!, $types: [SearchType!], $caseSlug: String, $statuses: [String!], $dateFrom: String, $dateTo: String, $first: Int) {
  search(
    query: $query
    types: $types
    caseSlug: $caseSlug
    statuses: $statuses
    dateFrom: $dateFrom
    dateTo: $dateTo
    first: $first
  ) {
    totalCount
    didYouMean
    isCorrected
    facets {
      types {
        value
        count
      }
      cases {
        value
        count
      }
      statuses {
        value
        count
      }
      earliestDate
      latestDate
    }
    edges {
      cursor
      node {
        type
        score
        match
        matchedField
        snippet
        label
        status
        caseSlugs
        node {
          __typename
          id
          ... on Entity {
            name
            kind
            status
          }
          ... on Event {
            title
            eventKind: kind
            date
          }
          ... on Source {
            title
            sourceKind: kind
            publisher
          }
          ... on Annotation {
            annotationStatus: status
            author {
              id
              name
            }
            target {
              __typename
              id
              ... on Entity {
                name
              }
              ... on Source {
                title
              }
              ... on Case {
                slug
                caption
              }
              ... on Charge {
                countNumber
                title
              }
              ... on ChargeDefendant {
                charge {
                  id
                  countNumber
                }
                defendant {
                  id
                  name
                }
              }
              ... on CaseRole {
                entity {
                  id
                }
              }
              ... on EventParticipant {
                entity {
                  id
                }
                event {
                  id
                }
              }
              ... on Relationship {
                subject {
                  id
                }
              }
              ... on Event {
                title
                case {
                  slug
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const SourceForEditDocument = new TypedDocumentString(`
    query SourceForEdit($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Source {
      kind
      title
      publisher
      author
      url
      publishedDate
      description
      text
      hasText
      textVersion
      version
    }
  }
}
    `) as unknown as TypedDocumentString<SourceForEditQuery, SourceForEditQueryVariables>;
export const CreateSourceFromTextDocument = new TypedDocumentString(`
    mutation CreateSourceFromText($input: CreateSourceFromTextInput!) {
  createSourceFromText(input: $input) {
    source {
      id
      title
    }
    format
  }
}
    `) as unknown as TypedDocumentString<CreateSourceFromTextMutation, CreateSourceFromTextMutationVariables>;
export const CreateSourceDocument = new TypedDocumentString(`
    mutation CreateSource($input: CreateSourceInput!) {
  createSource(input: $input) {
    source {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<CreateSourceMutation, CreateSourceMutationVariables>;
export const UpdateSourceDocument = new TypedDocumentString(`
    mutation UpdateSource($input: UpdateSourceInput!) {
  updateSource(input: $input) {
    source {
      id
      version
      textVersion
    }
    reanchoredCount
    orphanedCount
  }
}
    `) as unknown as TypedDocumentString<UpdateSourceMutation, UpdateSourceMutationVariables>;
export const CreateCitationDocument = new TypedDocumentString(`
    mutation CreateCitation($input: CreateCitationInput!) {
  createCitation(input: $input) {
    citation {
      id
      quote {
        exact
        prefix
        suffix
      }
      position {
        start
        end
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CreateCitationMutation, CreateCitationMutationVariables>;
export const UpdateCitationDocument = new TypedDocumentString(`
    mutation UpdateCitation($input: UpdateCitationInput!) {
  updateCitation(input: $input) {
    citation {
      id
      version
      isOrphaned
      position {
        start
        end
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateCitationMutation, UpdateCitationMutationVariables>;
export const CitationForEditDocument = new TypedDocumentString(`
    query CitationForEdit($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Citation {
      field
      locator
      note
      version
      isOrphaned
      quote {
        exact
        prefix
        suffix
      }
      source {
        id
        title
        hasText
      }
      targetType
      target {
        __typename
        id
        ... on Entity {
          name
        }
        ... on Event {
          title
        }
        ... on Charge {
          countNumber
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CitationForEditQuery, CitationForEditQueryVariables>;
export const OrphanedCitationsDocument = new TypedDocumentString(`
    query OrphanedCitations {
  citations(filter: {isOrphaned: true}, first: 50) {
    totalCount
    edges {
      node {
        id
        version
        field
        note
        targetType
        quote {
          exact
          prefix
          suffix
        }
        source {
          id
          title
          textVersion
        }
        target {
          __typename
          id
          ... on Entity {
            name
          }
          ... on Event {
            title
          }
          ... on Charge {
            countNumber
            title
          }
          ... on Relationship {
            predicate
            subject {
              id
              name
            }
            object {
              id
              name
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrphanedCitationsQuery, OrphanedCitationsQueryVariables>;
export const RecentThreadsDocument = new TypedDocumentString(`
    query RecentThreads {
  annotations(first: 50) {
    edges {
      node {
        id
        body
        isOrphaned
        createdAt
        author {
          id
          name
        }
        quote {
          exact
        }
        target {
          __typename
          id
          ... on Source {
            title
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecentThreadsQuery, RecentThreadsQueryVariables>;
export const MentionSuggestionsDocument = new TypedDocumentString(`
    query MentionSuggestions($id: ID!, $caseSlug: String) {
  node(id: $id) {
    __typename
    id
    ... on Source {
      title
      kind
      publisher
      hasText
      text
      textVersion
      mentionSuggestions(caseSlug: $caseSlug) {
        textVersion
        rejectedCount
        known {
          key
          kind
          text
          start
          end
          matchedName
          matchType
          entity {
            id
            name
            kind
          }
          alternatives {
            id
            name
          }
        }
        candidates {
          key
          kind
          text
          start
          end
        }
      }
    }
  }
  cases(first: 100) {
    edges {
      node {
        id
        slug
        shortTitle
        caption
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MentionSuggestionsQuery, MentionSuggestionsQueryVariables>;
export const AcceptMentionDocument = new TypedDocumentString(`
    mutation AcceptMention($input: AcceptMentionSuggestionInput!) {
  acceptMentionSuggestion(input: $input) {
    isNewEntity
    entity {
      id
      name
    }
    citation {
      id
    }
    caseRole {
      id
      role
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptMentionMutation, AcceptMentionMutationVariables>;
export const RejectMentionDocument = new TypedDocumentString(`
    mutation RejectMention($input: RejectMentionSuggestionInput!) {
  rejectMentionSuggestion(input: $input) {
    key
  }
}
    `) as unknown as TypedDocumentString<RejectMentionMutation, RejectMentionMutationVariables>;
export const SourceListDocument = new TypedDocumentString(`
    query SourceList($first: Int, $after: String) {
  sources(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        kind
        title
        publisher
        author
        url
        publishedDate
        publishedDatePrecision
        hasText
        citations {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SourceListQuery, SourceListQueryVariables>;
export const SourceReaderDocument = new TypedDocumentString(`
    query SourceReader($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Source {
      kind
      title
      publisher
      author
      url
      publishedDate
      publishedDatePrecision
      description
      hasText
      text
      textVersion
      version
      citations {
        id
        version
        field
        locator
        note
        isOrphaned
        targetType
        quote {
          exact
        }
        position {
          start
          end
        }
        target {
          __typename
          id
          ... on Entity {
            name
            kind
          }
          ... on Event {
            title
            status
          }
          ... on Relationship {
            predicate
            status
            subject {
              id
              name
            }
            object {
              id
              name
            }
          }
          ... on Charge {
            countNumber
            title
            status
          }
          ... on ChargeDefendant {
            status
            defendant {
              id
              name
            }
            charge {
              id
              countNumber
            }
          }
          ... on CaseRole {
            caseRole: role
            status
            entity {
              id
              name
            }
          }
          ... on EventParticipant {
            participantRole: role
            status
            entity {
              id
              name
            }
            event {
              id
              title
            }
          }
          ... on Case {
            caption
            slug
          }
          ... on Fact {
            status
          }
        }
      }
      annotations {
        ...AnnotationThread
      }
    }
  }
}
    fragment AnnotationThread on Annotation {
  id
  body
  tags
  status
  version
  createdAt
  isOrphaned
  author {
    id
    name
  }
  resolvedBy {
    id
    name
  }
  quote {
    exact
  }
  position {
    start
    end
  }
  replies {
    id
    body
    version
    createdAt
    author {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<SourceReaderQuery, SourceReaderQueryVariables>;
export const TimelineEventsDocument = new TypedDocumentString(`
    query TimelineEvents($filter: EventFilter!, $first: Int, $after: String) {
  events(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        kind
        date
        datePrecision
        endDate
        endDatePrecision
        range {
          start
          end
        }
        description
        status
        confidence
        place {
          id
          name
        }
        participants {
          id
          role
          status
          entity {
            id
            name
            kind
          }
        }
        citations {
          id
          locator
          quote {
            exact
          }
          position {
            start
            end
          }
          source {
            id
            title
            hasText
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TimelineEventsQuery, TimelineEventsQueryVariables>;
export const CaseHeaderDocument = new TypedDocumentString(`
    query CaseHeader($slug: String!) {
  case(slug: $slug) {
    id
    slug
    caption
    shortTitle
  }
}
    `) as unknown as TypedDocumentString<CaseHeaderQuery, CaseHeaderQueryVariables>;