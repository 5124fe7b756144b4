"use client";

import {
  createCaseInput,
  createCaseRoleInput,
  createChargeInput,
  createEventInput,
  createRelationshipInput,
} from "@casefile/schema/validators";
import { useState } from "react";
import type { EntityKind, EventKind, RelationshipForEditQuery } from "@/gql/graphql";
import { EVENT_KIND_LABELS } from "@/lib/enums";
import { validateWith } from "@/lib/form";
import { clientQuery } from "@/lib/graphql-client";
import { caseHref, entityHref } from "@/lib/links";
import { DeleteRecordMutations } from "@/operations/entity-edit";
import {
  CaseForEditQuery,
  CaseRoleForEditQuery,
  ChargeForEditQuery,
  CreateCaseMutation,
  CreateCaseRoleMutation,
  CreateChargeMutation,
  CreateEventMutation,
  CreateRelationshipMutation,
  EventForEditQuery,
  RelationshipForEditQuery as RelationshipForEditDocument,
  UpdateCaseMutation,
  UpdateCaseRoleMutation,
  UpdateChargeMutation,
  UpdateEventMutation,
  UpdateRelationshipMutation,
} from "@/operations/links-edit";
import type { EntityRef } from "../forms/entity-picker";
import { type FieldSpec, type FormValues, str } from "../forms/form-values";
import { RecordForm } from "../forms/record-form";
import { type LinkRow, LinkRows, linkRowErrors } from "./link-rows";
import { caseRoles, caseStatuses, eventKinds, factSpecs, participantRoles, predicateOption, predicates } from "./options";

const ref = (e: { id: string; name: string; kind?: EntityKind } | null | undefined): EntityRef | null =>
  e ? { id: e.id, name: e.name, kind: e.kind } : null;

// Relationships ------------------------------------------------------------------------------

const relationshipSpecs: FieldSpec[] = [
  { name: "subjectId", label: "Subject", kind: "entity", isRequired: true },
  {
    name: "predicate",
    label: "Relationship",
    kind: "select",
    options: predicates,
    optionLabel: predicateOption,
    isRequired: true,
  },
  { name: "objectId", label: "Object", kind: "entity", isRequired: true },
  { name: "startDate", label: "From", kind: "date" },
  { name: "endDate", label: "Until", kind: "date" },
  ...factSpecs,
  { name: "description", label: "Description", kind: "textarea" },
];

type RelationshipNode = Extract<NonNullable<RelationshipForEditQuery["node"]>, { __typename: "Relationship" }>;

function relationshipValues(r: RelationshipNode): FormValues {
  return {
    subjectId: ref(r.subject),
    predicate: r.predicate,
    objectId: ref(r.object),
    startDate: str(r.startDate),
    endDate: str(r.endDate),
    status: r.status,
    confidence: str(r.confidence),
    description: str(r.description),
  };
}

export function RelationshipForm({
  relationship,
  subject,
  object,
  predicate,
}: {
  relationship?: RelationshipNode;
  subject?: EntityRef | null;
  object?: EntityRef | null;
  predicate?: string;
}) {
  const back = relationship ? entityHref(relationship.subject.id) : subject ? entityHref(subject.id) : "/entities";
  return (
    <RecordForm
      ariaLabel={relationship ? "Edit relationship" : "New relationship"}
      fields={relationshipSpecs}
      initial={
        relationship
          ? relationshipValues(relationship)
          : { subjectId: subject ?? null, predicate: predicate ?? "", objectId: object ?? null, status: "", confidence: "" }
      }
      version={relationship?.version}
      recordId={relationship?.id}
      validate={validateWith(createRelationshipInput)}
      save={async (input, version) => {
        if (!relationship) {
          const data = await clientQuery(CreateRelationshipMutation, { input: input as never });
          const subjectId = String(input.subjectId);
          return { href: `${entityHref(subjectId)}#relationships`, message: data.createRelationship.relationship.id };
        }
        await clientQuery(UpdateRelationshipMutation, { input: { ...input, id: relationship.id, version } as never });
        return { href: `${back}#relationships` };
      }}
      reload={async () => {
        const data = await clientQuery(RelationshipForEditDocument, { id: relationship?.id ?? "" });
        const node = data.node as RelationshipNode;
        return { values: relationshipValues(node), version: node.version };
      }}
      submitLabel={relationship ? "Save changes" : "Create relationship"}
      cancelHref={back}
      deleteLabel="Delete relationship"
      onDelete={
        relationship
          ? async (version) => {
              await clientQuery(DeleteRecordMutations.relationship, { input: { id: relationship.id, version } });
              return { href: `/history/${encodeURIComponent(relationship.id)}?deleted=1` };
            }
          : undefined
      }
    />
  );
}

// Case roles ---------------------------------------------------------------------------------

const roleSpecs = (withEntity: boolean): FieldSpec[] => [
  ...(withEntity ? [{ name: "entityId", label: "Entity", kind: "entity", isRequired: true } satisfies FieldSpec] : []),
  { name: "role", label: "Role in the case", kind: "select", options: caseRoles, isRequired: true },
  { name: "position", label: "Order in the case", kind: "number", hint: "0 first; defendants keep the indictment's order." },
  ...factSpecs,
  { name: "description", label: "Description", kind: "textarea", hint: "What the part is, in words (needed for Other)." },
];

type CaseRoleNode = {
  id: string;
  role: string;
  description?: string | null;
  position: number;
  status: string;
  confidence: number;
  version: number;
  case: { id: string; slug: string };
  entity: { id: string; name: string };
};

const roleValues = (r: CaseRoleNode): FormValues => ({
  role: r.role,
  position: str(r.position),
  status: r.status,
  confidence: str(r.confidence),
  description: str(r.description),
});

export function CaseRoleForm({
  caseId,
  caseSlug,
  entity,
  role,
}: {
  caseId: string;
  caseSlug: string;
  entity?: EntityRef | null;
  role?: CaseRoleNode;
}) {
  const back = role ? entityHref(role.entity.id) : entity ? entityHref(entity.id) : caseHref(caseSlug);
  return (
    <RecordForm
      ariaLabel={role ? "Edit case role" : "New case role"}
      fields={roleSpecs(!role)}
      initial={role ? roleValues(role) : { entityId: entity ?? null, role: "", status: "", confidence: "" }}
      version={role?.version}
      recordId={role?.id}
      validate={validateWith(createCaseRoleInput, role ? { caseId, entityId: role.entity.id } : { caseId })}
      save={async (input, version) => {
        if (!role) {
          await clientQuery(CreateCaseRoleMutation, { input: { ...input, caseId } as never });
          return { href: `${entityHref(String(input.entityId))}#cases` };
        }
        await clientQuery(UpdateCaseRoleMutation, { input: { ...input, id: role.id, version } as never });
        return { href: `${back}#cases` };
      }}
      reload={async () => {
        const data = await clientQuery(CaseRoleForEditQuery, { id: role?.id ?? "" });
        const node = data.node as unknown as CaseRoleNode;
        return { values: roleValues(node), version: node.version };
      }}
      submitLabel={role ? "Save changes" : "Add to case"}
      cancelHref={back}
      deleteLabel="Remove from case"
      onDelete={
        role
          ? async (version) => {
              await clientQuery(DeleteRecordMutations.caseRole, { input: { id: role.id, version } });
              return { href: entityHref(role.entity.id) };
            }
          : undefined
      }
    />
  );
}

// Cases --------------------------------------------------------------------------------------

const caseSpecs: FieldSpec[] = [
  { name: "caption", label: "Caption", kind: "text", isRequired: true, isWide: true, placeholder: "United States v. …" },
  { name: "slug", label: "Slug (in URLs)", kind: "text", isRequired: true, placeholder: "us-v-example" },
  { name: "shortTitle", label: "Short title", kind: "text" },
  { name: "status", label: "Procedural status", kind: "select", options: caseStatuses, isRequired: true },
  { name: "filedDate", label: "Filed", kind: "date" },
  { name: "docketNumber", label: "Docket number", kind: "text" },
  { name: "court", label: "Court", kind: "text" },
  { name: "jurisdiction", label: "Jurisdiction", kind: "text" },
  { name: "summary", label: "Summary", kind: "textarea", rows: 6, hint: "Neutral, in the language of allegation." },
];

type CaseNode = NonNullable<Awaited<ReturnType<typeof loadCase>>>;
async function loadCase(slug: string) {
  return (await clientQuery(CaseForEditQuery, { slug })).case;
}

function caseValues(c: {
  slug: string;
  caption: string;
  shortTitle?: string | null;
  status: string;
  filedDate?: string | null;
  docketNumber?: string | null;
  court?: string | null;
  jurisdiction?: string | null;
  summary?: string | null;
}): FormValues {
  return {
    caption: c.caption,
    slug: c.slug,
    shortTitle: str(c.shortTitle),
    status: c.status,
    filedDate: str(c.filedDate),
    docketNumber: str(c.docketNumber),
    court: str(c.court),
    jurisdiction: str(c.jurisdiction),
    summary: str(c.summary),
  };
}

export function CaseForm({ record }: { record?: CaseNode }) {
  return (
    <RecordForm
      ariaLabel={record ? "Edit case" : "New case"}
      fields={caseSpecs}
      initial={record ? caseValues(record) : { status: "" }}
      version={record?.version}
      recordId={record?.id}
      validate={validateWith(createCaseInput)}
      save={async (input, version) => {
        if (!record) {
          const data = await clientQuery(CreateCaseMutation, { input: input as never });
          return { href: caseHref(data.createCase.case.slug) };
        }
        const data = await clientQuery(UpdateCaseMutation, { input: { ...input, id: record.id, version } as never });
        return { href: caseHref(data.updateCase.case.slug) };
      }}
      reload={async () => {
        const node = await loadCase(record?.slug ?? "");
        if (!node) throw new Error("the case no longer exists");
        return { values: caseValues(node), version: node.version };
      }}
      submitLabel={record ? "Save changes" : "Create case"}
      cancelHref={record ? caseHref(record.slug) : "/"}
      deleteLabel="Delete case"
      onDelete={
        record
          ? async (version) => {
              await clientQuery(DeleteRecordMutations.case, { input: { id: record.id, version } });
              return { href: `/history/${encodeURIComponent(record.id)}?deleted=1` };
            }
          : undefined
      }
    />
  );
}

// Events -------------------------------------------------------------------------------------

const eventSpecs: FieldSpec[] = [
  { name: "title", label: "Title", kind: "text", isRequired: true, isWide: true },
  {
    name: "kind",
    label: "Kind of event",
    kind: "select",
    options: eventKinds,
    isRequired: true,
    optionLabel: (v) => EVENT_KIND_LABELS[v as EventKind] ?? v,
  },
  { name: "placeId", label: "Place", kind: "entity", entityKinds: ["PLACE"] },
  { name: "date", label: "Date", kind: "date", isRequired: true, hint: "Exactly as known: 2016-07 stays a month." },
  { name: "endDate", label: "End date", kind: "date", hint: "If it spanned a period." },
  ...factSpecs,
  { name: "description", label: "Description", kind: "textarea" },
];

type EventNode = {
  id: string;
  title: string;
  kind: string;
  date: string;
  endDate?: string | null;
  description?: string | null;
  status: string;
  confidence: number;
  version: number;
  case: { id: string; slug: string };
  place?: { id: string; name: string } | null;
};

const eventValues = (e: EventNode): FormValues => ({
  title: e.title,
  kind: e.kind,
  placeId: ref(e.place),
  date: e.date,
  endDate: str(e.endDate),
  status: e.status,
  confidence: str(e.confidence),
  description: str(e.description),
});

export function EventForm({ caseId, caseSlug, event }: { caseId: string; caseSlug: string; event?: EventNode }) {
  const [participants, setParticipants] = useState<LinkRow[]>([]);
  const timeline = `/cases/${encodeURIComponent(caseSlug)}/timeline`;
  return (
    <RecordForm
      ariaLabel={event ? "Edit event" : "New event"}
      fields={eventSpecs}
      initial={event ? eventValues(event) : { kind: "", status: "", confidence: "" }}
      version={event?.version}
      recordId={event?.id}
      validate={validateWith(createEventInput, { caseId })}
      extraErrors={linkRowErrors(participants, "participants")}
      isExtraDirty={participants.length > 0}
      save={async (input, version) => {
        if (!event) {
          const list = participants.map((p) => ({
            entityId: p.entity?.id ?? "",
            role: p.role,
            ...(p.status ? { status: p.status } : {}),
          }));
          const data = await clientQuery(CreateEventMutation, {
            input: { ...input, caseId, ...(list.length ? { participants: list } : {}) } as never,
          });
          return { href: `/events/${encodeURIComponent(data.createEvent.event.id)}/edit` };
        }
        await clientQuery(UpdateEventMutation, { input: { ...input, id: event.id, version } as never });
        return { href: `${timeline}?event=${encodeURIComponent(event.id)}` };
      }}
      reload={async () => {
        const data = await clientQuery(EventForEditQuery, { id: event?.id ?? "" });
        const node = data.node as unknown as EventNode;
        return { values: eventValues(node), version: node.version };
      }}
      submitLabel={event ? "Save changes" : "Create event"}
      cancelHref={timeline}
      deleteLabel="Delete event"
      onDelete={
        event
          ? async (version) => {
              await clientQuery(DeleteRecordMutations.event, { input: { id: event.id, version } });
              return { href: `/history/${encodeURIComponent(event.id)}?deleted=1` };
            }
          : undefined
      }
    >
      {event ? null : (
        <LinkRows
          title="Participants"
          rows={participants}
          onChange={setParticipants}
          roles={participantRoles}
          entityLabel="Participant"
        />
      )}
    </RecordForm>
  );
}

// Charges ------------------------------------------------------------------------------------

const chargeSpecs: FieldSpec[] = [
  { name: "countNumber", label: "Count number", kind: "number", isRequired: true },
  { name: "statute", label: "Statute", kind: "text", isRequired: true, placeholder: "18 U.S.C. § 1030" },
  {
    name: "title",
    label: "Title",
    kind: "text",
    isRequired: true,
    isWide: true,
    placeholder: "Conspiracy to commit computer fraud",
  },
  ...factSpecs,
  { name: "description", label: "Description", kind: "textarea" },
];

type ChargeNode = {
  id: string;
  countNumber: number;
  title: string;
  statute: string;
  description?: string | null;
  status: string;
  confidence: number;
  version: number;
  case: { id: string; slug: string };
};

const chargeValues = (c: ChargeNode): FormValues => ({
  countNumber: str(c.countNumber),
  statute: c.statute,
  title: c.title,
  status: c.status,
  confidence: str(c.confidence),
  description: str(c.description),
});

export function ChargeForm({ caseId, caseSlug, charge }: { caseId: string; caseSlug: string; charge?: ChargeNode }) {
  const [defendants, setDefendants] = useState<LinkRow[]>([]);
  return (
    <RecordForm
      ariaLabel={charge ? "Edit charge" : "New charge"}
      fields={chargeSpecs}
      initial={charge ? chargeValues(charge) : { status: "", confidence: "" }}
      version={charge?.version}
      recordId={charge?.id}
      validate={validateWith(createChargeInput, { caseId })}
      extraErrors={linkRowErrors(defendants, "defendants")}
      isExtraDirty={defendants.length > 0}
      save={async (input, version) => {
        if (!charge) {
          const list = defendants.map((d) => ({ entityId: d.entity?.id ?? "", ...(d.status ? { status: d.status } : {}) }));
          const data = await clientQuery(CreateChargeMutation, {
            input: { ...input, caseId, ...(list.length ? { defendants: list } : {}) } as never,
          });
          return { href: `/charges/${encodeURIComponent(data.createCharge.charge.id)}/edit` };
        }
        await clientQuery(UpdateChargeMutation, { input: { ...input, id: charge.id, version } as never });
        return { href: `${caseHref(caseSlug)}#charges` };
      }}
      reload={async () => {
        const data = await clientQuery(ChargeForEditQuery, { id: charge?.id ?? "" });
        const node = data.node as unknown as ChargeNode;
        return { values: chargeValues(node), version: node.version };
      }}
      submitLabel={charge ? "Save changes" : "Create charge"}
      cancelHref={caseHref(caseSlug)}
      deleteLabel="Delete charge"
      onDelete={
        charge
          ? async (version) => {
              await clientQuery(DeleteRecordMutations.charge, { input: { id: charge.id, version } });
              return { href: `/history/${encodeURIComponent(charge.id)}?deleted=1` };
            }
          : undefined
      }
    >
      {charge ? null : <LinkRows title="Defendants" rows={defendants} onChange={setDefendants} entityLabel="Defendant" />}
    </RecordForm>
  );
}
