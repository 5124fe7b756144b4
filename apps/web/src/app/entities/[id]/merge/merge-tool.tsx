"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { EntityPicker } from "@/components/forms/entity-picker";
import { KindLabel } from "@/components/kind-label";
import type { EntityKind } from "@/gql/graphql";
import { fieldLabel } from "@/lib/field-labels";
import { conflictVersion, describeFailure } from "@/lib/form";
import { formatPartialDate, humanize, pluralize } from "@/lib/format";
import { clientQuery } from "@/lib/graphql-client";
import { entityHref } from "@/lib/links";
import { type FieldChoice, fieldChoices, type MergeSide, mergePreview } from "@/lib/merge-preview";
import { MergeEntitiesMutation, UnmergeEntitiesMutation } from "@/operations/entity-edit";

export type MergeEntity = MergeSide & { kind: EntityKind; version: number; description?: string | null } & Record<
    string,
    unknown
  >;

/** A field's value as the merge preview shows it (dates with their precision, kinds in words), or null. */
function showField(field: string, record: Record<string, unknown>): string | null {
  const value = record[field];
  if (value === null || value === undefined || value === "") return null;
  if (field === "birthDate") return formatPartialDate(String(value), record.birthDatePrecision as never);
  if (field.endsWith("Kind")) return humanize(String(value));
  return String(value);
}

/** Each field the two records disagree on, side by side, with the editor's choice of which value stays. */
function FieldChoices({
  choices,
  take,
  onChange,
  survivorName,
  duplicateName,
}: {
  choices: readonly FieldChoice[];
  take: ReadonlySet<string>;
  onChange: (field: string, isTaken: boolean) => void;
  survivorName: string;
  duplicateName: string;
}) {
  if (choices.length === 0)
    return (
      <p className="muted">No field conflicts: the duplicate has no value that {survivorName} lacks or states differently.</p>
    );
  return (
    <fieldset className="merge-fields" data-testid="merge-fields">
      <legend className="field-label">Fields that differ: choose the value {survivorName} keeps</legend>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">{survivorName} (stays)</th>
              <th scope="col">{duplicateName} (merged)</th>
            </tr>
          </thead>
          <tbody>
            {choices.map((c) => {
              const label = fieldLabel(c.field);
              return (
                <tr key={c.field}>
                  <th scope="row">{label}</th>
                  <td>
                    <label className="merge-choice">
                      <input
                        type="radio"
                        name={`take-${c.field}`}
                        checked={!take.has(c.field)}
                        onChange={() => onChange(c.field, false)}
                      />
                      <span className="visually-hidden">{label}: keep </span>
                      {c.survivorValue ?? <span className="muted">none</span>}
                    </label>
                  </td>
                  <td>
                    <label className="merge-choice">
                      <input
                        type="radio"
                        name={`take-${c.field}`}
                        checked={take.has(c.field)}
                        onChange={() => onChange(c.field, true)}
                      />
                      <span className="visually-hidden">{label}: take </span>
                      {c.duplicateValue}
                    </label>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}

function SideCard({ title, entity }: { title: string; entity: MergeEntity }) {
  return (
    <section className="card" aria-label={title}>
      <p className="eyebrow">{title}</p>
      <h2>
        <Link href={entityHref(entity.id)}>{entity.name}</Link>
      </h2>
      <p className="muted" style={{ margin: 0 }}>
        <KindLabel kind={entity.kind} /> · version {entity.version}
      </p>
      {entity.aliases.length ? <p>Aliases: {entity.aliases.join(", ")}</p> : null}
      <p className="muted" style={{ fontSize: "0.85rem" }}>
        {pluralize(entity.relationships.edges.length, "relationship")} · {pluralize(entity.events.edges.length, "event")} ·{" "}
        {pluralize(entity.charges.length, "charge")} · {pluralize(entity.cases.length, "case role")} ·{" "}
        {pluralize(entity.citations.length, "citation")} · {pluralize(entity.annotations.length, "annotation")}
      </p>
    </section>
  );
}

/**
 * Merge a duplicate into this entity: pick it, read what would move and what would be dropped
 * as a duplicate link, then merge. The merge can be undone right here or later from the history.
 */
export function MergeTool({ survivor, duplicate }: { survivor: MergeEntity; duplicate: MergeEntity | null }) {
  const router = useRouter();
  const [result, setResult] = useState<{ revisionId: string; moved: number; dropped: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [isUndone, setIsUndone] = useState(false);
  const choices = duplicate ? fieldChoices(survivor.kind, survivor, duplicate, showField) : [];
  const [take, setTake] = useState<ReadonlySet<string>>(
    () => new Set(choices.filter((c) => c.isTakenByDefault).map((c) => c.field)),
  );
  const onChoice = (field: string, isTaken: boolean) =>
    setTake((current) => {
      const next = new Set(current);
      if (isTaken) next.add(field);
      else next.delete(field);
      return next;
    });

  const onMerge = async () => {
    if (!duplicate) return;
    setIsBusy(true);
    setError(null);
    try {
      const data = await clientQuery(MergeEntitiesMutation, {
        input: {
          survivorId: survivor.id,
          duplicateId: duplicate.id,
          survivorVersion: survivor.version,
          duplicateVersion: duplicate.version,
          takeFromDuplicate: choices.filter((c) => take.has(c.field)).map((c) => c.field),
        },
      });
      const m = data.mergeEntities;
      setResult({ revisionId: m.revision.id, moved: m.movedCount, dropped: m.droppedCount });
    } catch (caught) {
      const version = conflictVersion(caught);
      setError(
        version !== null
          ? `One of the two entities changed since this preview was made (now version ${version}). Reload the page to see the new preview.`
          : describeFailure(caught),
      );
    } finally {
      setIsBusy(false);
    }
  };

  const onUndo = async () => {
    if (!result) return;
    setIsBusy(true);
    try {
      await clientQuery(UnmergeEntitiesMutation, { input: { mergeRevisionId: result.revisionId } });
      setIsUndone(true);
    } catch (caught) {
      setError(describeFailure(caught));
    } finally {
      setIsBusy(false);
    }
  };

  if (result && duplicate) {
    return (
      <section className="card stack" aria-live="polite" data-testid="merge-result">
        {isUndone ? (
          <p className="form-notice" role="status">
            Merge undone: {duplicate.name} stands on its own again, with its links.
          </p>
        ) : (
          <p className="form-notice" role="status">
            Merged {duplicate.name} into {survivor.name}: {pluralize(result.moved, "link")} moved,{" "}
            {pluralize(result.dropped, "duplicate link")} dropped. Its old address now opens {survivor.name}.
          </p>
        )}
        <div className="rel-line">
          <Link
            className="button button-primary"
            href={entityHref(isUndone ? duplicate.id : survivor.id)}
            onClick={() => router.refresh()}
          >
            Open {isUndone ? duplicate.name : survivor.name}
          </Link>
          {isUndone ? null : (
            <button type="button" className="button" onClick={onUndo} disabled={isBusy}>
              Undo merge
            </button>
          )}
          <Link className="button button-ghost" href={`/history/${encodeURIComponent(survivor.id)}`}>
            History of {survivor.name}
          </Link>
        </div>
        {error ? (
          <p className="alert" role="alert">
            {error}
          </p>
        ) : null}
      </section>
    );
  }

  const plan = duplicate ? mergePreview(survivor, duplicate) : null;
  const moved = plan?.moves.filter((m) => !m.dropReason) ?? [];
  const dropped = plan?.moves.filter((m) => m.dropReason) ?? [];
  return (
    <div className="stack">
      <section className="card">
        <div className="form-field" style={{ maxWidth: 520 }}>
          <label className="field-label" htmlFor="merge-duplicate">
            Duplicate to merge into {survivor.name}
          </label>
          <EntityPicker
            id="merge-duplicate"
            value={duplicate ? { id: duplicate.id, name: duplicate.name, kind: duplicate.kind } : null}
            kinds={[survivor.kind]}
            excludeIds={[survivor.id]}
            onChange={(picked) => router.push(picked ? `?with=${encodeURIComponent(picked.id)}` : "?")}
          />
          <span className="field-hint">
            Only a {humanize(survivor.kind).toLowerCase()} can be merged into a {humanize(survivor.kind).toLowerCase()}.
          </span>
        </div>
      </section>
      {duplicate && plan ? (
        <>
          <div className="merge-grid">
            <SideCard title="Stays (survivor)" entity={survivor} />
            <SideCard title="Merged into it (duplicate)" entity={duplicate} />
          </div>
          <section className="card" aria-labelledby="merge-preview-title" data-testid="merge-preview">
            <h2 id="merge-preview-title">What the merge does</h2>
            <FieldChoices
              choices={choices}
              take={take}
              onChange={onChoice}
              survivorName={survivor.name}
              duplicateName={duplicate.name}
            />
            <ul className="list-plain merge-moves">
              {choices
                .filter((c) => take.has(c.field))
                .map((c) => (
                  <li key={`field-${c.field}`}>
                    <span className="badge status-confirmed merge-badge">takes</span>
                    {fieldLabel(c.field)}: {c.duplicateValue}
                    {c.survivorValue ? <span className="muted"> (instead of {c.survivorValue})</span> : null}
                  </li>
                ))}
              <li>
                <span className="badge badge-neutral merge-badge">aliases</span>
                {plan.addedAliases.length ? `${plan.addedAliases.join(", ")} become aliases of ${survivor.name}` : "no new alias"}
              </li>
              {moved.map((m) => (
                <li key={m.id}>
                  <span className="badge status-confirmed merge-badge">moves</span>
                  {humanize(m.kind)}: {m.label}
                </li>
              ))}
              {dropped.map((m) => (
                <li key={m.id}>
                  <span className="badge status-disputed merge-badge">dropped</span>
                  {humanize(m.kind)}: {m.label}{" "}
                  <span className="muted">({m.dropReason}; its citations move to the kept link)</span>
                </li>
              ))}
              <li>
                <span className="badge status-confirmed merge-badge">moves</span>
                {pluralize(plan.citationCount, "citation")} and {pluralize(plan.annotationCount, "annotation")}
              </li>
            </ul>
            <p className="muted" style={{ fontSize: "0.85rem" }}>
              {duplicate.name}’s address will open {survivor.name}. Nothing is deleted: “Undo merge” (here, or in the history)
              puts every link back.
            </p>
            {error ? (
              <p className="alert" role="alert">
                {error}
              </p>
            ) : null}
            <div className="form-actions">
              <button type="button" className="button button-primary" onClick={onMerge} disabled={isBusy}>
                {isBusy ? "Merging…" : `Merge ${duplicate.name} into ${survivor.name}`}
              </button>
              <Link
                className="button"
                href={`/entities/${encodeURIComponent(duplicate.id)}/merge?with=${encodeURIComponent(survivor.id)}`}
              >
                Keep {duplicate.name} instead
              </Link>
            </div>
          </section>
        </>
      ) : null}
    </div>
  );
}
