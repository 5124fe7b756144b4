"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { EntityPicker } from "@/components/forms/entity-picker";
import { KindLabel } from "@/components/kind-label";
import type { EntityKind } from "@/gql/graphql";
import { conflictVersion, describeFailure } from "@/lib/form";
import { humanize, pluralize } from "@/lib/format";
import { clientQuery } from "@/lib/graphql-client";
import { entityHref } from "@/lib/links";
import { type MergeSide, mergePreview } from "@/lib/merge-preview";
import { MergeEntitiesMutation, UnmergeEntitiesMutation } from "@/operations/entity-edit";

export type MergeEntity = MergeSide & { kind: EntityKind; version: number; description?: string | null };

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
            <ul className="list-plain merge-moves">
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
