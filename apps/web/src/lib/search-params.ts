/** Reads one string value from Next's searchParams (which may hold arrays). */
export function param(params: Record<string, string | string[] | undefined>, key: string): string | undefined {
  const value = params[key];
  const first = Array.isArray(value) ? value[0] : value;
  return first === "" ? undefined : first;
}

/** Reads a comma-separated list value, keeping only allowed entries. */
export function listParam<T extends string>(
  params: Record<string, string | string[] | undefined>,
  key: string,
  allowed: readonly T[],
): T[] {
  const raw = params[key];
  const values = (Array.isArray(raw) ? raw : raw ? [raw] : []).flatMap((v) => v.split(","));
  return values.filter((v): v is T => (allowed as readonly string[]).includes(v));
}

/** Builds a query string from a record, dropping empty values. */
export function buildQuery(values: Record<string, string | number | null | undefined | readonly string[]>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === null || value === undefined || value === "") continue;
    if (Array.isArray(value)) {
      if (value.length > 0) search.set(key, value.join(","));
    } else search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
