/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Whether an annotation thread still needs attention. */
export type AnnotationStatus =
  /** Needs attention. */
  | 'OPEN'
  /** Dealt with. */
  | 'RESOLVED';

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

/** The precision a partial date is known to. */
export type DatePrecision =
  /** The exact day is known (`2016-07-22`). */
  | 'DAY'
  /** The year and month are known (`2016-07`). */
  | 'MONTH'
  /** Only the year is known (`2016`). */
  | 'YEAR';

/** Which entities to list. Conditions combine with AND. */
export type EntityFilter = {
  /** Only entities with a part in this case. */
  caseSlug?: string | null | undefined;
  /** Only these kinds. */
  kinds?: Array<EntityKind> | null | undefined;
  /** Only entities with one of these roles (in `caseSlug` if given, else in any case). */
  roles?: Array<CaseRoleKind> | null | undefined;
  /** Only entities whose identification has one of these statuses. */
  statuses?: Array<FactStatus> | null | undefined;
  /** Words the name, aliases or description must contain; the last word matches as a prefix. */
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
  /** Only these kinds. */
  kinds?: Array<EventKind> | null | undefined;
  /** Only events this entity (global ID) takes part in. */
  participantId?: string | number | null | undefined;
  /** Only events that may fall on or before this date. */
  to?: string | null | undefined;
};

/** Kinds of event. */
export type EventKind =
  /** A public statement or announcement. */
  | 'ANNOUNCEMENT'
  /** Publication of stolen or leaked material. */
  | 'DATA_RELEASE'
  /** Unauthorized access to computers or networks. */
  | 'INTRUSION'
  /** A filing in court: indictment, complaint, motion. */
  | 'LEGAL_FILING'
  /** A meeting or summit. */
  | 'MEETING'
  /** Any other event. */
  | 'OTHER'
  /** Registration of a domain, account or company. */
  | 'REGISTRATION'
  /** Deceptive emails sent to obtain credentials or plant malware. */
  | 'SPEARPHISHING';

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

/** Credentials to sign in with. */
export type LoginInput = {
  /** The account's email address. */
  email: string;
  /** The account's password. */
  password: string;
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

/** What search looks through. */
export type SearchType =
  /** Annotations: bodies and tags. */
  | 'ANNOTATION'
  /** Entities: names, aliases, descriptions. */
  | 'ENTITY'
  /** Sources: titles and full texts. */
  | 'SOURCE';

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

/** What a user may do. */
export type UserRole =
  /** Everything, including users and API tokens. */
  | 'ADMIN'
  /** Reads, and creates and edits records. */
  | 'EDITOR'
  /** Reads everything. */
  | 'VIEWER';

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
           } }> }, stats: { entityCount: number, defendantCount: number, chargeCount: number, eventCount: number, sourceCount: number, citationCount: number, openAnnotationCount: number, eventsWithoutMonth: number, entitiesByKind: Array<{ kind: EntityKind, count: number }>, eventsPerMonth: Array<{ month: string, count: number }>, defendantsPerUnit: Array<{ count: number, unit: { id: string, name: string } | null }> } } | null, activity: { edges: Array<{ node: { id: string, recordType: string, recordId: string, action: RevisionAction, version: number, createdAt: string, actor: { id: string, name: string } | null, changes: Array<{ field: string }>, record:
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

export type CaseListQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseListQuery = { cases: { edges: Array<{ node: { id: string, slug: string, caption: string, shortTitle: string | null } }> } };

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
    | { __typename: 'Artifact', kind: EntityKind, name: string, aliases: Array<string>, description: string | null, status: FactStatus, confidence: number, version: number, createdAt: string, updatedAt: string, artifactKind: ArtifactKind, url: string | null, id: string, fieldStatuses: Array<{ field: string, status: FactStatus, confidence: number }>, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }>, annotations: Array<{ id: string, body: string, tags: Array<string>, status: AnnotationStatus, createdAt: string, author: { id: string, name: string }, quote: { exact: string } | null, replies: Array<{ id: string, body: string, createdAt: string, author: { id: string, name: string } }> }>, cases: Array<{ id: string, role: CaseRoleKind, description: string | null, status: FactStatus, confidence: number, case: { id: string, slug: string, caption: string, shortTitle: string | null }, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }> }> }
    | { __typename: 'Case', id: string }
    | { __typename: 'CaseRole', id: string }
    | { __typename: 'Charge', id: string }
    | { __typename: 'ChargeDefendant', id: string }
    | { __typename: 'Citation', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'EventParticipant', id: string }
    | { __typename: 'OnlinePersona', kind: EntityKind, name: string, aliases: Array<string>, description: string | null, status: FactStatus, confidence: number, version: number, createdAt: string, updatedAt: string, personaKind: PersonaKind, platform: string | null, url: string | null, id: string, fieldStatuses: Array<{ field: string, status: FactStatus, confidence: number }>, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }>, annotations: Array<{ id: string, body: string, tags: Array<string>, status: AnnotationStatus, createdAt: string, author: { id: string, name: string }, quote: { exact: string } | null, replies: Array<{ id: string, body: string, createdAt: string, author: { id: string, name: string } }> }>, cases: Array<{ id: string, role: CaseRoleKind, description: string | null, status: FactStatus, confidence: number, case: { id: string, slug: string, caption: string, shortTitle: string | null }, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }> }> }
    | { __typename: 'Organization', kind: EntityKind, name: string, aliases: Array<string>, description: string | null, status: FactStatus, confidence: number, version: number, createdAt: string, updatedAt: string, organizationKind: OrganizationKind, country: string | null, id: string, fieldStatuses: Array<{ field: string, status: FactStatus, confidence: number }>, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }>, annotations: Array<{ id: string, body: string, tags: Array<string>, status: AnnotationStatus, createdAt: string, author: { id: string, name: string }, quote: { exact: string } | null, replies: Array<{ id: string, body: string, createdAt: string, author: { id: string, name: string } }> }>, cases: Array<{ id: string, role: CaseRoleKind, description: string | null, status: FactStatus, confidence: number, case: { id: string, slug: string, caption: string, shortTitle: string | null }, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }> }>, parent: { id: string, name: string } | null, children: Array<{ id: string, name: string }> }
    | { __typename: 'Person', kind: EntityKind, name: string, aliases: Array<string>, description: string | null, status: FactStatus, confidence: number, version: number, createdAt: string, updatedAt: string, rank: string | null, position: string | null, nationality: string | null, birthDate: string | null, birthDatePrecision: DatePrecision | null, id: string, fieldStatuses: Array<{ field: string, status: FactStatus, confidence: number }>, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }>, annotations: Array<{ id: string, body: string, tags: Array<string>, status: AnnotationStatus, createdAt: string, author: { id: string, name: string }, quote: { exact: string } | null, replies: Array<{ id: string, body: string, createdAt: string, author: { id: string, name: string } }> }>, cases: Array<{ id: string, role: CaseRoleKind, description: string | null, status: FactStatus, confidence: number, case: { id: string, slug: string, caption: string, shortTitle: string | null }, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }> }> }
    | { __typename: 'Place', kind: EntityKind, name: string, aliases: Array<string>, description: string | null, status: FactStatus, confidence: number, version: number, createdAt: string, updatedAt: string, placeKind: PlaceKind, country: string | null, id: string, fieldStatuses: Array<{ field: string, status: FactStatus, confidence: number }>, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }>, annotations: Array<{ id: string, body: string, tags: Array<string>, status: AnnotationStatus, createdAt: string, author: { id: string, name: string }, quote: { exact: string } | null, replies: Array<{ id: string, body: string, createdAt: string, author: { id: string, name: string } }> }>, cases: Array<{ id: string, role: CaseRoleKind, description: string | null, status: FactStatus, confidence: number, case: { id: string, slug: string, caption: string, shortTitle: string | null }, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }> }> }
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
    | { id: string, events: { totalCount: number, edges: Array<{ roles: Array<ParticipantRole>, node: { id: string, title: string, kind: EventKind, date: string, datePrecision: DatePrecision, status: FactStatus, case: { id: string, slug: string } } }> }, charges: Array<{ id: string, status: FactStatus, confidence: number, charge: { id: string, countNumber: number, title: string, statute: string, status: FactStatus, case: { id: string, slug: string, shortTitle: string | null } }, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }> }> }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string, events: { totalCount: number, edges: Array<{ roles: Array<ParticipantRole>, node: { id: string, title: string, kind: EventKind, date: string, datePrecision: DatePrecision, status: FactStatus, case: { id: string, slug: string } } }> }, charges: Array<{ id: string, status: FactStatus, confidence: number, charge: { id: string, countNumber: number, title: string, statute: string, status: FactStatus, case: { id: string, slug: string, shortTitle: string | null } }, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }> }> }
    | { id: string, events: { totalCount: number, edges: Array<{ roles: Array<ParticipantRole>, node: { id: string, title: string, kind: EventKind, date: string, datePrecision: DatePrecision, status: FactStatus, case: { id: string, slug: string } } }> }, charges: Array<{ id: string, status: FactStatus, confidence: number, charge: { id: string, countNumber: number, title: string, statute: string, status: FactStatus, case: { id: string, slug: string, shortTitle: string | null } }, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }> }> }
    | { id: string, events: { totalCount: number, edges: Array<{ roles: Array<ParticipantRole>, node: { id: string, title: string, kind: EventKind, date: string, datePrecision: DatePrecision, status: FactStatus, case: { id: string, slug: string } } }> }, charges: Array<{ id: string, status: FactStatus, confidence: number, charge: { id: string, countNumber: number, title: string, statute: string, status: FactStatus, case: { id: string, slug: string, shortTitle: string | null } }, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }> }> }
    | { id: string, events: { totalCount: number, edges: Array<{ roles: Array<ParticipantRole>, node: { id: string, title: string, kind: EventKind, date: string, datePrecision: DatePrecision, status: FactStatus, case: { id: string, slug: string } } }> }, charges: Array<{ id: string, status: FactStatus, confidence: number, charge: { id: string, countNumber: number, title: string, statute: string, status: FactStatus, case: { id: string, slug: string, shortTitle: string | null } }, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, quote: { exact: string, prefix: string, suffix: string } | null, position: { start: number, end: number } | null, source: { id: string, title: string, kind: SourceKind, publisher: string | null, hasText: boolean } }> }> }
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

export type AnnotationThreadFragment = { id: string, body: string, tags: Array<string>, status: AnnotationStatus, createdAt: string, author: { id: string, name: string }, quote: { exact: string } | null, replies: Array<{ id: string, body: string, createdAt: string, author: { id: string, name: string } }> };

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

export type SearchQueryVariables = Exact<{
  query: string;
  types?: Array<SearchType> | SearchType | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: { totalCount: number, edges: Array<{ cursor: string, node: { type: SearchType, score: number, snippet: string, node:
          | { __typename: 'Annotation', id: string, annotationStatus: AnnotationStatus, author: { id: string, name: string }, target:
              | { __typename: 'Annotation', id: string }
              | { __typename: 'Artifact', name: string, id: string }
              | { __typename: 'Case', id: string }
              | { __typename: 'CaseRole', id: string }
              | { __typename: 'Charge', id: string }
              | { __typename: 'ChargeDefendant', id: string }
              | { __typename: 'Citation', id: string }
              | { __typename: 'Event', id: string }
              | { __typename: 'EventParticipant', id: string }
              | { __typename: 'OnlinePersona', name: string, id: string }
              | { __typename: 'Organization', name: string, id: string }
              | { __typename: 'Person', name: string, id: string }
              | { __typename: 'Place', name: string, id: string }
              | { __typename: 'Relationship', id: string }
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
          | { __typename: 'Event', id: string }
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
    | { __typename: 'Source', kind: SourceKind, title: string, publisher: string | null, author: string | null, url: string | null, publishedDate: string | null, publishedDatePrecision: DatePrecision | null, description: string | null, hasText: boolean, text: string | null, textVersion: number, id: string, citations: Array<{ id: string, field: string | null, locator: string | null, note: string | null, isOrphaned: boolean, targetType: TargetType, quote: { exact: string } | null, position: { start: number, end: number } | null, target:
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
         | null }>, annotations: Array<{ id: string, body: string, tags: Array<string>, status: AnnotationStatus, createdAt: string, isOrphaned: boolean, author: { id: string, name: string }, quote: { exact: string } | null, position: { start: number, end: number } | null, replies: Array<{ id: string, body: string, createdAt: string, author: { id: string, name: string } }> }> }
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
  createdAt
  author {
    id
    name
  }
  quote {
    exact
  }
  replies {
    id
    body
    createdAt
    author {
      id
      name
    }
  }
}
    `, {"fragmentName":"AnnotationThread"}) as unknown as TypedDocumentString<AnnotationThreadFragment, unknown>;
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
      defendantsPerUnit {
        count
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
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseOverviewQuery, CaseOverviewQueryVariables>;
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
  createdAt
  author {
    id
    name
  }
  quote {
    exact
  }
  replies {
    id
    body
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
            status
            case {
              id
              slug
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
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!, $types: [SearchType!], $first: Int) {
  search(query: $query, types: $types, first: $first) {
    totalCount
    edges {
      cursor
      node {
        type
        score
        snippet
        node {
          __typename
          id
          ... on Entity {
            name
            kind
            status
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
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
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
      citations {
        id
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
        id
        body
        tags
        status
        createdAt
        isOrphaned
        author {
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
          createdAt
          author {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SourceReaderQuery, SourceReaderQueryVariables>;
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