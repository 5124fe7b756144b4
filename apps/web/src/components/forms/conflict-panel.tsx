"use client";

import { useEffect, useRef } from "react";
import { formatDateTime } from "@/lib/format";
import { changedFields, displayValue, type FieldSpec, type FormValues, isSameValue } from "./form-values";

export type Conflict = {
  /** What the editor had when they saved. */
  mine: FormValues;
  /** What they had loaded (their changes are relative to it). */
  base: FormValues;
  baseVersion: number;
  /** The record as it is now on the server. */
  theirs: FormValues;
  version: number;
  changedBy?: string | null;
  changedAt?: string | null;
};

/** The editor's values re-applied on top of the current version: their changed fields win, the rest is current. */
export function reapply(fields: readonly FieldSpec[], conflict: Conflict): FormValues {
  const merged: FormValues = { ...conflict.theirs };
  for (const name of changedFields(fields, conflict.mine, conflict.base)) merged[name] = conflict.mine[name] ?? null;
  return merged;
}

/**
 * Shown when a save is refused with CONFLICT: the editor's change beside the current version,
 * field by field, and the choice to reapply it on top of the current version or discard it.
 * Nothing is lost silently: until one is chosen, the editor's values stay in the form.
 */
export function ConflictPanel({
  fields,
  conflict,
  onReapply,
  onReview,
  onDiscard,
  isBusy,
}: {
  fields: readonly FieldSpec[];
  conflict: Conflict;
  onReapply: () => void;
  onReview: () => void;
  onDiscard: () => void;
  isBusy: boolean;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const mineChanged = new Set(changedFields(fields, conflict.mine, conflict.base));
  const theirsChanged = new Set(changedFields(fields, conflict.theirs, conflict.base));
  const rows = fields.filter((f) => mineChanged.has(f.name) || theirsChanged.has(f.name));
  const clashes = rows.filter(
    (f) => mineChanged.has(f.name) && theirsChanged.has(f.name) && !isSameValue(conflict.mine[f.name], conflict.theirs[f.name]),
  );
  return (
    <section className="conflict" aria-labelledby="conflict-title" data-testid="conflict-view">
      <h2 id="conflict-title" ref={headingRef} tabIndex={-1}>
        Someone else saved this record while you were editing
      </h2>
      <p>
        You edited version {conflict.baseVersion}; it is now at version {conflict.version}
        {conflict.changedBy ? `, saved by ${conflict.changedBy}` : ""}
        {conflict.changedAt ? ` on ${formatDateTime(conflict.changedAt)}` : ""}. Your changes are not saved yet and are kept
        below.
        {clashes.length > 0
          ? ` ${clashes.length === 1 ? "One field was" : `${clashes.length} fields were`} changed by both of you: reapplying keeps yours.`
          : " None of your fields was changed by them."}
      </p>
      <div className="table-scroll">
        <table className="data-table conflict-table">
          <caption className="visually-hidden">Your change beside the current version</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">You started from (v{conflict.baseVersion})</th>
              <th scope="col">Your change</th>
              <th scope="col">Current version (v{conflict.version})</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((f) => {
              const isClash = clashes.includes(f);
              return (
                <tr key={f.name} data-field={f.name} className={isClash ? "conflict-clash" : undefined}>
                  <th scope="row">
                    {f.label}
                    {isClash ? <span className="badge status-disputed">both changed</span> : null}
                  </th>
                  <td className="muted">{displayValue(f, conflict.base[f.name])}</td>
                  <td data-testid="conflict-mine">
                    {mineChanged.has(f.name) ? (
                      <ins>{displayValue(f, conflict.mine[f.name])}</ins>
                    ) : (
                      <span className="muted">unchanged</span>
                    )}
                  </td>
                  <td data-testid="conflict-theirs">
                    {theirsChanged.has(f.name) ? (
                      <strong>{displayValue(f, conflict.theirs[f.name])}</strong>
                    ) : (
                      <span className="muted">unchanged</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={onReapply} disabled={isBusy}>
          Reapply my changes and save
        </button>
        <button type="button" className="button" onClick={onReview} disabled={isBusy}>
          Reapply and review first
        </button>
        <button type="button" className="button button-danger" onClick={onDiscard} disabled={isBusy}>
          Discard my changes
        </button>
      </div>
    </section>
  );
}
