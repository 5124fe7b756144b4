"use client";

import { type ReactNode, useId } from "react";
import { humanize } from "@/lib/format";
import { EntityPicker, type EntityRef } from "./entity-picker";
import type { FieldSpec, FormValue } from "./form-values";

/** A form field: label, control, hint and error, tied together for assistive technology. */
export function FieldShell({
  id,
  label,
  hint,
  error,
  isRequired,
  isWide,
  children,
  name,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  isRequired?: boolean;
  isWide?: boolean;
  children: (props: { describedBy?: string; isInvalid: boolean }) => ReactNode;
  name?: string;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={isWide ? "form-field form-field-wide" : "form-field"} data-field={name}>
      <span className="field-label-row">
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        {isRequired ? (
          <span className="required" aria-hidden="true">
            *
          </span>
        ) : null}
      </span>
      {children({ describedBy, isInvalid: Boolean(error) })}
      {hint ? (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={errorId} className="field-error" data-testid={name ? `error-${name}` : undefined}>
          {error}
        </span>
      ) : null}
    </div>
  );
}

export function FieldControl({
  spec,
  value,
  error,
  onChange,
  idPrefix,
}: {
  spec: FieldSpec;
  value: FormValue | undefined;
  error?: string;
  onChange: (value: FormValue) => void;
  idPrefix?: string;
}) {
  const generated = useId();
  const id = `${idPrefix ?? generated}-${spec.name}`;
  return (
    <FieldShell
      id={id}
      name={spec.name}
      label={spec.label}
      hint={spec.hint}
      error={error}
      isRequired={spec.isRequired}
      isWide={spec.isWide || spec.kind === "textarea"}
    >
      {({ describedBy, isInvalid }) => {
        const common = {
          id,
          name: spec.name,
          "aria-describedby": describedBy,
          "aria-invalid": isInvalid || undefined,
          "aria-required": spec.isRequired || undefined,
        };
        switch (spec.kind) {
          case "textarea":
            return (
              <textarea
                {...common}
                className="input textarea"
                rows={spec.rows ?? 4}
                placeholder={spec.placeholder}
                value={typeof value === "string" ? value : ""}
                onChange={(e) => onChange(e.target.value)}
              />
            );
          case "select":
            return (
              <select
                {...common}
                className="select"
                value={typeof value === "string" ? value : ""}
                onChange={(e) => onChange(e.target.value)}
              >
                {spec.allowEmpty || !value ? <option value="">{spec.allowEmpty ? "(default)" : "Choose…"}</option> : null}
                {(spec.options ?? []).map((option) => (
                  <option key={option} value={option}>
                    {spec.optionLabel ? spec.optionLabel(option) : humanize(option)}
                  </option>
                ))}
              </select>
            );
          case "list":
            return (
              <input
                {...common}
                className="input"
                type="text"
                placeholder={spec.placeholder ?? "Separate with commas"}
                value={Array.isArray(value) ? value.join(", ") : ""}
                onChange={(e) => onChange(e.target.value.split(",").map((s) => s.trimStart()))}
              />
            );
          case "entity":
            return (
              <EntityPicker
                id={id}
                label={spec.label}
                value={(value as EntityRef | null) ?? null}
                onChange={(v) => onChange(v)}
                kinds={spec.entityKinds}
                isInvalid={isInvalid}
                describedBy={describedBy}
                placeholder={spec.placeholder}
              />
            );
          default:
            return (
              <input
                {...common}
                className="input"
                type={spec.kind === "number" ? "number" : spec.kind === "url" ? "url" : "text"}
                inputMode={spec.kind === "number" ? "numeric" : undefined}
                placeholder={spec.placeholder ?? (spec.kind === "date" ? "YYYY, YYYY-MM or YYYY-MM-DD" : undefined)}
                value={typeof value === "string" ? value : ""}
                onChange={(e) => onChange(e.target.value)}
              />
            );
        }
      }}
    </FieldShell>
  );
}
