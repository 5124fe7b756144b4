"use client";

import { kindFields } from "@casefile/schema/rules";
import { createCitationInput } from "@casefile/schema/validators";
import { type FormEvent, useEffect, useId, useState } from "react";
import type { CaseFactsQuery, EntityKind, EntityRelationshipChoicesQuery } from "@/gql/graphql";
import { fieldLabel } from "@/lib/field-labels";
import { apiFieldErrors, describeFailure, type FieldErrors, zodFieldErrors } from "@/lib/form";
import { formatPartialDate, humanize, predicateLabel } from "@/lib/format";
import { clientQuery } from "@/lib/graphql-client";
import { ApiError } from "@/lib/graphql-errors";
import type { TextSelector } from "@/lib/text-selection";
import {
  CaseFactsQuery as CaseFactsDocument,
  EntityRelationshipChoicesQuery as RelationshipChoicesDocument,
} from "@/operations/links-edit";
import { CreateCitationMutation } from "@/operations/source-edit";
import { EntityPicker, type EntityRef } from "../forms/entity-picker";
import { FieldShell } from "../forms/field-control";

type TargetKind = "ENTITY" | "RELATIONSHIP" | "EVENT" | "CHARGE";

/** Fields of an entity a citation may support (besides the record as a whole): the common ones, then its kind's. */
const entityFieldsOf = (kind: EntityKind): string[] => ["name", "aliases", "description", ...kindFields[kind]];

type Relationship = NonNullable<EntityRelationshipChoicesQuery["node"]> & {
  relationships?: {
    edges: Array<{ node: { id: string; predicate: string; subject: { name: string }; object: { name: string } } }>;
  };
};
type CaseFacts = NonNullable<CaseFactsQuery["case"]>;

/**
 * Cites a selected passage for a fact: an entity (or one of its fields), a relationship, an
 * event, a count or one defendant's link to a count. The W3C selector comes from the selection;
 * the API anchors the quote again and must find it at the same place.
 */
export function CiteForm({
  sourceId,
  selector,
  cases,
  defaultCaseSlug,
  onDone,
  onCancel,
}: {
  sourceId: string;
  selector: TextSelector;
  cases: ReadonlyArray<{ slug: string; label: string }>;
  defaultCaseSlug: string;
  onDone: (citationId: string, warning: string | null) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [kind, setKind] = useState<TargetKind>("ENTITY");
  const [entity, setEntity] = useState<EntityRef | null>(null);
  const [field, setField] = useState("");
  const [relationshipId, setRelationshipId] = useState("");
  const [relationships, setRelationships] = useState<Array<{ id: string; label: string }>>([]);
  const [caseSlug, setCaseSlug] = useState(defaultCaseSlug);
  const [facts, setFacts] = useState<CaseFacts | null>(null);
  const [eventId, setEventId] = useState("");
  const [chargeTarget, setChargeTarget] = useState("");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [isBusy, setIsBusy] = useState(false);

  useEffect(() => {
    setRelationshipId("");
    if (kind !== "RELATIONSHIP" || !entity) return setRelationships([]);
    clientQuery(RelationshipChoicesDocument, { id: entity.id })
      .then((data) => {
        const node = data.node as Relationship | null;
        setRelationships(
          (node?.relationships?.edges ?? []).map(({ node: r }) => ({
            id: r.id,
            label: `${r.subject.name} ${predicateLabel(r.predicate)} ${r.object.name}`,
          })),
        );
      })
      .catch(() => setRelationships([]));
  }, [kind, entity]);

  useEffect(() => {
    if (kind !== "EVENT" && kind !== "CHARGE") return;
    clientQuery(CaseFactsDocument, { slug: caseSlug })
      .then((data) => setFacts(data.case ?? null))
      .catch(() => setFacts(null));
  }, [kind, caseSlug]);

  const targetId =
    kind === "ENTITY" ? entity?.id : kind === "RELATIONSHIP" ? relationshipId : kind === "EVENT" ? eventId : chargeTarget;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!targetId) {
      setErrors({
        targetId: kind === "RELATIONSHIP" && entity ? "choose one of the relationships" : "choose what the passage supports",
      });
      return;
    }
    const quote = { exact: selector.exact, prefix: selector.prefix, suffix: selector.suffix };
    const input = {
      sourceId,
      targetId,
      quote,
      ...(kind === "ENTITY" && field ? { field } : {}),
      ...(note.trim() ? { note } : {}),
    };
    const checked = createCitationInput.safeParse(input);
    if (!checked.success) return setErrors(zodFieldErrors(checked.error));
    setErrors({});
    setIsBusy(true);
    try {
      const data = await clientQuery(CreateCitationMutation, { input });
      const position = data.createCitation.citation.position;
      const warning =
        position && (position.start !== selector.start || position.end !== selector.end)
          ? `The server anchored the quote at ${position.start}–${position.end}, not where you selected it (${selector.start}–${selector.end}): check it.`
          : null;
      onDone(data.createCitation.citation.id, warning);
    } catch (caught) {
      setErrors(
        caught instanceof ApiError && caught.code === "BAD_USER_INPUT" ? apiFieldErrors(caught) : { "": describeFailure(caught) },
      );
    } finally {
      setIsBusy(false);
    }
  };

  const general = Object.entries(errors).filter(([k]) => !["targetId", "field", "note"].includes(k));
  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-label="Cite the selected passage">
      <blockquote className="quote" data-testid="cite-quote">
        <span className="ctx">…{selector.prefix.slice(-40)}</span>
        <strong>{selector.exact}</strong>
        <span className="ctx">{selector.suffix.slice(0, 40)}…</span>
      </blockquote>
      <p className="muted selector-line">
        Characters {selector.start}–{selector.end} of the text. The quote and its place are both kept, so the citation is found
        again if the text is corrected.
      </p>
      <fieldset className="kind-switch">
        <legend className="field-label">The passage supports</legend>
        {(
          [
            ["ENTITY", "An entity or one of its fields"],
            ["RELATIONSHIP", "A relationship"],
            ["EVENT", "An event"],
            ["CHARGE", "A count or a defendant's link to it"],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="chip">
            <input type="radio" name={`${id}-kind`} checked={kind === value} onChange={() => setKind(value)} />
            {label}
          </label>
        ))}
      </fieldset>
      {kind === "ENTITY" || kind === "RELATIONSHIP" ? (
        <FieldShell
          id={`${id}-entity`}
          label={kind === "ENTITY" ? "Entity" : "Entity in the relationship"}
          error={kind === "ENTITY" ? errors.targetId : undefined}
        >
          {({ describedBy, isInvalid }) => (
            <EntityPicker
              id={`${id}-entity`}
              value={entity}
              onChange={setEntity}
              describedBy={describedBy}
              isInvalid={isInvalid}
            />
          )}
        </FieldShell>
      ) : null}
      {kind === "ENTITY" && entity?.kind ? (
        <FieldShell id={`${id}-field`} label="Field it supports" error={errors.field}>
          {({ describedBy }) => (
            <select
              id={`${id}-field`}
              className="select"
              value={field}
              onChange={(e) => setField(e.target.value)}
              aria-describedby={describedBy}
            >
              <option value="">The record as a whole</option>
              {entityFieldsOf(entity.kind as EntityKind).map((f) => (
                <option key={f} value={f}>
                  {fieldLabel(f)}
                </option>
              ))}
            </select>
          )}
        </FieldShell>
      ) : null}
      {kind === "RELATIONSHIP" && entity ? (
        <FieldShell id={`${id}-rel`} label="Relationship" error={errors.targetId}>
          {({ describedBy, isInvalid }) => (
            <select
              id={`${id}-rel`}
              className="select"
              value={relationshipId}
              onChange={(e) => setRelationshipId(e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={isInvalid || undefined}
            >
              <option value="">{relationships.length ? "Choose…" : "This entity has no relationships"}</option>
              {relationships.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.label}
                </option>
              ))}
            </select>
          )}
        </FieldShell>
      ) : null}
      {kind === "EVENT" || kind === "CHARGE" ? (
        <FieldShell id={`${id}-case`} label="Case">
          {() => (
            <select id={`${id}-case`} className="select" value={caseSlug} onChange={(e) => setCaseSlug(e.target.value)}>
              {cases.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {c.label}
                </option>
              ))}
            </select>
          )}
        </FieldShell>
      ) : null}
      {kind === "EVENT" ? (
        <FieldShell id={`${id}-event`} label="Event" error={errors.targetId}>
          {({ describedBy, isInvalid }) => (
            <select
              id={`${id}-event`}
              className="select"
              value={eventId}
              onChange={(e) => setEventId(e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={isInvalid || undefined}
            >
              <option value="">Choose…</option>
              {(facts?.events.edges ?? []).map(({ node }) => (
                <option key={node.id} value={node.id}>
                  {formatPartialDate(node.date, node.datePrecision)}: {node.title}
                </option>
              ))}
            </select>
          )}
        </FieldShell>
      ) : null}
      {kind === "CHARGE" ? (
        <FieldShell id={`${id}-charge`} label="Count or defendant link" error={errors.targetId}>
          {({ describedBy, isInvalid }) => (
            <select
              id={`${id}-charge`}
              className="select"
              value={chargeTarget}
              onChange={(e) => setChargeTarget(e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={isInvalid || undefined}
            >
              <option value="">Choose…</option>
              {(facts?.charges ?? []).map((c) => (
                <optgroup key={c.id} label={`Count ${c.countNumber}: ${c.title}`}>
                  <option value={c.id}>Count {c.countNumber} itself</option>
                  {c.defendants.map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.defendant.name} charged in count {c.countNumber}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </FieldShell>
      ) : null}
      <FieldShell id={`${id}-note`} label="Note (optional)" error={errors.note}>
        {({ describedBy }) => (
          <textarea
            id={`${id}-note`}
            className="input textarea"
            rows={2}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            aria-describedby={describedBy}
          />
        )}
      </FieldShell>
      {general.length > 0 ? (
        <p className="alert" role="alert">
          {general.map(([k, m]) => (k && k !== "" ? `${humanize(k)}: ${m}` : m)).join("; ")}
        </p>
      ) : null}
      <div className="rel-line">
        <button type="submit" className="button button-primary" disabled={isBusy}>
          {isBusy ? "Citing…" : "Cite passage"}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
