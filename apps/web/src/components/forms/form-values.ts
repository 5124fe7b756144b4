import type { EntityKind } from "@/gql/graphql";
import type { EntityRef } from "./entity-picker";

export type FieldKind = "text" | "textarea" | "select" | "date" | "number" | "url" | "list" | "entity";
export type FormValue = string | string[] | EntityRef | null;
export type FormValues = Record<string, FormValue>;

/** One field of a record form. `name` is the mutation input's field (`subjectId` for a linked entity). */
export type FieldSpec = {
  name: string;
  label: string;
  kind: FieldKind;
  options?: readonly string[];
  optionLabel?: (value: string) => string;
  /** A select that may be left empty (the API's default applies). */
  allowEmpty?: boolean;
  hint?: string;
  isRequired?: boolean;
  rows?: number;
  entityKinds?: readonly EntityKind[];
  placeholder?: string;
  isWide?: boolean;
  /** Keep white space as typed (source text). */
  isRaw?: boolean;
};

export function isSameValue(a: FormValue | undefined, b: FormValue | undefined): boolean {
  const norm = (v: FormValue | undefined) => {
    if (v === null || v === undefined) return "";
    if (typeof v === "string") return v.trim();
    if (Array.isArray(v)) return JSON.stringify(v.map((s) => s.trim()).filter(Boolean));
    return v.id;
  };
  return norm(a) === norm(b);
}

/** A field's value as the API takes it: null for empty, numbers as numbers, entities by ID. */
export function inputValue(spec: FieldSpec, value: FormValue | undefined): unknown {
  if (value === null || value === undefined) return null;
  switch (spec.kind) {
    case "list":
      return (value as string[]).map((s) => s.trim()).filter(Boolean);
    case "entity":
      return (value as EntityRef).id;
    case "number": {
      const text = String(value).trim();
      return text === "" ? null : Number(text);
    }
    default: {
      const text = spec.isRaw ? String(value) : String(value).trim();
      return text.trim() === "" ? null : text;
    }
  }
}

/** Every non-empty field, as a create mutation (and the shared validator) takes it. */
export function fullInput(fields: readonly FieldSpec[], values: FormValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const spec of fields) {
    const v = inputValue(spec, values[spec.name]);
    if (v === null || (Array.isArray(v) && v.length === 0 && spec.kind === "list")) continue;
    out[spec.name] = v;
  }
  return out;
}

/** Only the fields changed from `base`, as an update takes them (null clears a field). */
export function changedInput(fields: readonly FieldSpec[], values: FormValues, base: FormValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const spec of fields) {
    if (isSameValue(values[spec.name], base[spec.name])) continue;
    out[spec.name] = inputValue(spec, values[spec.name]);
  }
  return out;
}

export function changedFields(fields: readonly FieldSpec[], values: FormValues, base: FormValues): string[] {
  return fields.filter((f) => !isSameValue(values[f.name], base[f.name])).map((f) => f.name);
}

/** A value for display in the conflict view and diffs. */
export function displayValue(spec: FieldSpec | undefined, value: FormValue | undefined): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string") return spec?.optionLabel && spec.kind === "select" ? spec.optionLabel(value) : value;
  if (Array.isArray(value)) return value.length ? value.join(", ") : "—";
  return value.name;
}

/** Text of an optional API value for a form field. */
export const str = (value: string | number | null | undefined): string =>
  value === null || value === undefined ? "" : String(value);
