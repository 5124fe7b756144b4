"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { useConfirm } from "@/components/confirm-dialog";
import { apiFieldErrors, describeFailure, errorFor, type FieldErrors } from "@/lib/form";
import { humanize } from "@/lib/format";
import { clientQuery } from "@/lib/graphql-client";
import { ApiError } from "@/lib/graphql-errors";
import { LatestRevisionQuery } from "@/operations/history";
import { type Conflict, ConflictPanel, reapply } from "./conflict-panel";
import { FieldControl } from "./field-control";
import { changedInput, type FieldSpec, type FormValue, type FormValues, fullInput, isSameValue } from "./form-values";
import { useUnsavedChanges } from "./use-unsaved-changes";

export type SaveResult = { href?: string; message?: string; version?: number };

type Props = {
  fields: readonly FieldSpec[];
  initial: FormValues;
  /** Set for an edit form: the version the editor loaded (sent back for the optimistic-concurrency check). */
  version?: number;
  /** The record's global ID (edit forms): used to say who changed it after a conflict. */
  recordId?: string;
  /** Checks the whole record with the shared zod validator; returns errors by field, or null. */
  validate: (input: Record<string, unknown>) => FieldErrors | null;
  /** Create: every non-empty field. Update: only the changed fields, and the version. */
  save: (input: Record<string, unknown>, version: number | undefined) => Promise<SaveResult>;
  /** Loads the record as it is now (after a CONFLICT). */
  reload?: () => Promise<{ values: FormValues; version: number }>;
  submitLabel: string;
  cancelHref?: string;
  onDelete?: (version: number) => Promise<SaveResult>;
  deleteLabel?: string;
  /** Extra parts of the form (participants of a new event, say), after the fields. */
  children?: ReactNode;
  /** True when the extra parts hold unsaved input. */
  isExtraDirty?: boolean;
  /** Extra validation errors from the extra parts, merged with the field errors. */
  extraErrors?: FieldErrors;
  ariaLabel: string;
};

/**
 * A create or edit form for any record, driven by field specs: validated in the browser with the
 * API's own zod validators, server errors placed on their field, CONFLICT answered with the
 * conflict view, and a warning before unsaved changes are lost.
 */
export function RecordForm(props: Props) {
  const { fields, validate, save, reload, submitLabel, cancelHref, onDelete, deleteLabel, children, recordId } = props;
  const router = useRouter();
  const [values, setValues] = useState<FormValues>(props.initial);
  const [base, setBase] = useState<FormValues>(props.initial);
  const [version, setVersion] = useState(props.version);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<{ message: string; details?: string[] } | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [hasSubmitted, setHasSubmitted] = useState(false);
  const { confirm, dialog } = useConfirm();
  const summaryRef = useRef<HTMLDivElement>(null);
  const isEdit = props.version !== undefined;
  const isDirty = fields.some((f) => !isSameValue(values[f.name], base[f.name])) || Boolean(props.isExtraDirty);
  const release = useUnsavedChanges(isDirty || conflict !== null);
  // The extra parts' own errors (an empty participant row) show once the editor tries to save.
  const allErrors = { ...errors, ...(hasSubmitted ? props.extraErrors : undefined) };
  const errorCount = Object.keys(allErrors).length;

  useEffect(() => {
    if (failure || (errorCount > 0 && !conflict)) summaryRef.current?.focus();
  }, [failure, errorCount, conflict]);

  const setField = (name: string, value: FormValue) => {
    setValues((v) => ({ ...v, [name]: value }));
    setNotice(null);
    if (errors[name]) setErrors(({ [name]: _, ...rest }) => rest);
  };

  const finish = (result: SaveResult) => {
    release();
    if (result.href) {
      router.push(result.href);
      router.refresh();
    } else {
      setNotice(result.message ?? "Saved.");
      router.refresh();
    }
  };

  const submit = async (current: FormValues, from: FormValues, atVersion: number | undefined) => {
    setHasSubmitted(true);
    setFailure(null);
    setNotice(null);
    const clientErrors = validate(fullInput(fields, current));
    if (clientErrors && Object.keys(clientErrors).length > 0) {
      setErrors(clientErrors);
      return;
    }
    if (props.extraErrors && Object.keys(props.extraErrors).length > 0) return;
    setErrors({});
    const input = isEdit ? changedInput(fields, current, from) : fullInput(fields, current);
    if (isEdit && Object.keys(input).length === 0 && !props.isExtraDirty) {
      setNotice("Nothing to save: no field was changed.");
      return;
    }
    setIsBusy(true);
    try {
      const result = await save(input, atVersion);
      setConflict(null);
      if (!result.href) {
        setBase(current);
        setValues(current);
        if (result.version !== undefined) setVersion(result.version);
      }
      finish(result);
    } catch (error) {
      if (error instanceof ApiError && error.code === "CONFLICT" && reload && atVersion !== undefined) {
        const fresh = await reload().catch(() => null);
        if (fresh) {
          let changedBy: string | null = null;
          let changedAt: string | null = null;
          if (recordId) {
            const latest = await clientQuery(LatestRevisionQuery, { id: recordId }).catch(() => null);
            const rev = latest?.history.edges[0]?.node;
            changedBy = rev?.actor?.name ?? null;
            changedAt = rev?.createdAt ?? null;
          }
          setConflict({
            mine: current,
            base: from,
            baseVersion: atVersion,
            theirs: fresh.values,
            version: fresh.version,
            changedBy,
            changedAt,
          });
        } else {
          setFailure({ message: describeFailure(error) });
        }
      } else if (error instanceof ApiError && error.code === "BAD_USER_INPUT") {
        const fieldErrors = apiFieldErrors(error);
        const { "": general, ...byField } = fieldErrors;
        setErrors(byField);
        const dependents = error.errors[0]?.extensions?.dependents as Array<{ label: string; count: number }> | undefined;
        if (general || Object.keys(byField).length === 0)
          setFailure({ message: general ?? error.message, details: dependents?.map((d) => `${d.count} ${d.label}`) });
      } else {
        setFailure({ message: describeFailure(error) });
      }
    } finally {
      setIsBusy(false);
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit(values, base, version);
  };

  const onReapply = () => {
    if (!conflict) return;
    const merged = reapply(fields, conflict);
    setBase(conflict.theirs);
    setValues(merged);
    setVersion(conflict.version);
    void submit(merged, conflict.theirs, conflict.version);
  };

  const onReview = () => {
    if (!conflict) return;
    setBase(conflict.theirs);
    setValues(reapply(fields, conflict));
    setVersion(conflict.version);
    setConflict(null);
    setNotice(`Your changes are reapplied on top of version ${conflict.version}. Review them, then save.`);
  };

  const onDiscard = () => {
    if (!conflict) return;
    setBase(conflict.theirs);
    setValues(conflict.theirs);
    setVersion(conflict.version);
    setConflict(null);
    setNotice(`Your changes were discarded; the form shows version ${conflict.version}.`);
  };

  const onDeleteClick = async () => {
    if (!onDelete || version === undefined) return;
    const isSure = await confirm({
      title: `${deleteLabel ?? "Delete"}?`,
      message: "It can be restored from its history.",
      confirmLabel: deleteLabel ?? "Delete",
      isDanger: true,
    });
    if (!isSure) return;
    setIsBusy(true);
    setFailure(null);
    try {
      finish(await onDelete(version));
    } catch (error) {
      const dependents =
        error instanceof ApiError
          ? (error.errors[0]?.extensions?.dependents as Array<{ label: string; count: number }> | undefined)
          : undefined;
      setFailure({ message: describeFailure(error), details: dependents?.map((d) => `${d.count} ${d.label}`) });
    } finally {
      setIsBusy(false);
    }
  };

  const unplaced = Object.entries(allErrors).filter(
    ([key]) => !fields.some((f) => key === f.name || key.startsWith(`${f.name}.`)),
  );

  return (
    <form className="card record-form" onSubmit={onSubmit} noValidate aria-label={props.ariaLabel} aria-busy={isBusy}>
      {dialog}
      {conflict ? (
        <ConflictPanel
          fields={fields}
          conflict={conflict}
          onReapply={onReapply}
          onReview={onReview}
          onDiscard={onDiscard}
          isBusy={isBusy}
        />
      ) : null}
      {failure || errorCount > 0 ? (
        <div className="alert form-summary" role="alert" tabIndex={-1} ref={summaryRef} data-testid="form-errors">
          {failure ? (
            <p>{failure.message}</p>
          ) : (
            <p>Nothing was saved. Fix {errorCount === 1 ? "this field" : `these ${errorCount} fields`}:</p>
          )}
          {failure?.details?.length ? (
            <ul>
              {failure.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          ) : null}
          {errorCount > 0 ? (
            <ul>
              {fields
                .filter((f) => errorFor(allErrors, f.name))
                .map((f) => (
                  <li key={f.name}>
                    <strong>{f.label}</strong>: {errorFor(allErrors, f.name)}
                  </li>
                ))}
              {unplaced.map(([key, message]) => (
                <li key={key}>
                  {key ? <strong>{humanize(key.split(/[[.]/)[0] ?? key)}: </strong> : null}
                  {message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {notice ? (
        <p className="form-notice" role="status">
          {notice}
        </p>
      ) : null}
      <div className="form-grid">
        {fields.map((spec) => (
          <FieldControl
            key={spec.name}
            spec={spec}
            value={values[spec.name]}
            error={errorFor(allErrors, spec.name)}
            onChange={(v) => setField(spec.name, v)}
          />
        ))}
      </div>
      {children}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isBusy || conflict !== null}>
          {isBusy ? "Saving…" : submitLabel}
        </button>
        {cancelHref ? (
          <Link className="button" href={cancelHref}>
            Cancel
          </Link>
        ) : null}
        {isDirty ? <span className="muted unsaved-flag">Unsaved changes</span> : null}
        <span className="spacer" />
        {onDelete && isEdit ? (
          <button type="button" className="button button-danger" onClick={onDeleteClick} disabled={isBusy}>
            {deleteLabel ?? "Delete"}
          </button>
        ) : null}
      </div>
    </form>
  );
}
