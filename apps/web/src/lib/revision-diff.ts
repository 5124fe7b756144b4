/** How one field changed in a revision, for display: words, lists and long texts each shown their own way. */
export type DisplayChange =
  | { kind: "value"; field: string; before: string; after: string }
  | { kind: "list"; field: string; added: string[]; removed: string[] }
  | { kind: "text"; field: string; before: string; after: string; summary: string };

const LONG_TEXT = 160;

export function displayValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.length === 0 ? "—" : value.map(displayValue).join(", ");
  return JSON.stringify(value);
}

/** Fields the history does not list as changes: bookkeeping, and the merge details (and merge target) shown separately. */
const HIDDEN = new Set(["id", "version", "createdAt", "updatedAt", "merge", "unmerge", "dependents", "mergedIntoId"]);

export function displayChanges(changes: ReadonlyArray<{ field: string; before?: unknown; after?: unknown }>): DisplayChange[] {
  const out: DisplayChange[] = [];
  for (const { field, before, after } of changes) {
    if (HIDDEN.has(field)) continue;
    if (Array.isArray(before) || Array.isArray(after)) {
      const b = (Array.isArray(before) ? before : []).map(displayValue);
      const a = (Array.isArray(after) ? after : []).map(displayValue);
      out.push({ kind: "list", field, added: a.filter((x) => !b.includes(x)), removed: b.filter((x) => !a.includes(x)) });
      continue;
    }
    const b = displayValue(before);
    const a = displayValue(after);
    if (b.length > LONG_TEXT || a.length > LONG_TEXT) {
      const delta = a.length - b.length;
      out.push({
        kind: "text",
        field,
        before: b,
        after: a,
        summary: `${b === "—" ? 0 : b.length} → ${a === "—" ? 0 : a.length} characters (${delta >= 0 ? "+" : ""}${delta})`,
      });
      continue;
    }
    out.push({ kind: "value", field, before: b, after: a });
  }
  return out;
}

export { fieldLabel } from "./field-labels";
