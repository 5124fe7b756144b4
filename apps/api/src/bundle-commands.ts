/**
 * The CLI's bundle commands, kept in their own module: `import <bundle.json> [--dry-run]` and
 * `create-case --slug ... --caption ...`. cli.ts parses their arguments (node:util parseArgs,
 * strict, with the option specs below) and hands them the values and a way to open the store.
 */
import { resolve } from "node:path";
import type { SqliteStore as Store } from "@casefile/db";
import { type LoadResult, loadBundleFile, type PlannedRow } from "@casefile/db/seed";
import { caseStatuses } from "@casefile/schema/enums";
import { toGlobalId } from "@casefile/schema/ids";
import { createContext } from "./context.js";
import { AppError } from "./lib/errors.js";
import { createCase } from "./modules/cases/mutations.js";

export const bundleUsage = `  import <bundle.json>    Load an import bundle: all of it in one transaction, or nothing.
                          Refuses ids of another case's records and changes to records
                          another case uses (docs/bundle-format.md)
                          --dry-run: print the plan per case and table, and every change
                          to records outside the bundle's cases; write nothing
  create-case --slug <slug> --caption <caption> [--status ${caseStatuses[0]}]
                          Create an empty case (then import bundles or FtM into it)
                          [--short-title t] [--docket-number n] [--court c]
                          [--jurisdiction j] [--filed-date YYYY[-MM[-DD]]] [--summary s]`;

/** A usage error found after parsing (e.g. an option's value the validation refuses): exit code 2. */
export class UsageError extends Error {}

/** `import`'s options, for parseArgs. */
export const importOptions = { "dry-run": { type: "boolean" } } as const;

const counts = (t: { created: number; updated: number; unchanged: number }) =>
  `${t.created} created, ${t.updated} updated, ${t.unchanged} unchanged`;
const show = (value: unknown) => {
  if (value === null || value === undefined) return "(none)";
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
};

/** The plan of a load, per case and table, and the records outside the bundle's cases. */
export function describeLoad(file: string, result: LoadResult): string {
  const lines = [`${result.dryRun ? "Dry run (nothing written)" : "Imported"} ${file}: ${counts(result)}`];
  for (const [caseKey, tables] of Object.entries(result.byCase)) {
    lines.push(`  ${caseKey}`);
    for (const [table, tally] of Object.entries(tables)) lines.push(`    ${table.padEnd(20)} ${counts(tally)}`);
  }
  const outside = result.outside;
  lines.push(
    outside.length === 0
      ? "No change to records outside the bundle's cases."
      : `Changes to records outside the bundle's cases (${outside.length}):`,
  );
  const label = (r: PlannedRow) => `${r.table} ${r.row.id as string} (${r.outside})`;
  for (const r of outside) {
    if (r.action === "create") {
      const on = r.row.targetId ? ` on ${String(r.row.targetType).toLowerCase()} ${r.row.targetId as string}` : "";
      lines.push(`  + ${label(r)}: added${on}`);
    } else {
      lines.push(`  ~ ${label(r)}`);
      // A password hash is a secret even in the operator's terminal: say that it changes, not what to.
      for (const c of r.changes)
        lines.push(
          `      ${c.field}: ${c.field === "passwordHash" ? "(hidden) → (hidden)" : `${show(c.before)} → ${show(c.after)}`}`,
        );
    }
  }
  return lines.join("\n");
}

/**
 * `import <file> [--dry-run]`. The operator's import may restore accounts' password hashes from
 * a full export (`casefile export` without a case); bundles from anywhere else cannot.
 */
export function runImport(
  file: string | undefined,
  options: { dryRun: boolean },
  open: () => Store,
  onProgress?: (done: number, total: number) => void,
): string {
  if (!file) throw new UsageError("import needs a bundle file: pnpm casefile import <bundle.json> [--dry-run]");
  const store = open();
  try {
    const result = loadBundleFile(store, resolve(process.cwd(), file), {
      onProgress,
      dryRun: options.dryRun,
      allowAccountSecrets: true,
    });
    return describeLoad(file, result);
  } finally {
    store.close();
  }
}

/** create-case's options (each takes a value) and the case field each sets. */
const caseOptions = {
  slug: "slug",
  caption: "caption",
  status: "status",
  "short-title": "shortTitle",
  "docket-number": "docketNumber",
  court: "court",
  jurisdiction: "jurisdiction",
  "filed-date": "filedDate",
  summary: "summary",
} as const;

/** `create-case`'s options, for parseArgs. */
export const createCaseOptions = Object.fromEntries(
  Object.keys(caseOptions).map((name) => [name, { type: "string" as const }]),
) as Record<keyof typeof caseOptions, { type: "string" }>;

/** Creates a case through the same validation and revisions as the createCase mutation. */
export async function runCreateCase(values: Partial<Record<string, string>>, open: () => Store): Promise<string> {
  const input: Record<string, string> = { status: "INVESTIGATION" };
  for (const [option, field] of Object.entries(caseOptions)) {
    const value = values[option];
    if (value !== undefined) input[field] = value;
  }
  const store = open();
  try {
    // The operator at the command line has every right and no user account (revisions name no actor).
    const operator = { userId: null as unknown as string, name: "casefile CLI", role: "ADMIN" as const, tokenId: null };
    const row = await createCase(createContext(store, operator, "cli"), input);
    return `Created case ${row.slug as string} (id ${row.id as string}, global ID ${toGlobalId("Case", row.id as string)})`;
  } catch (error) {
    // Field problems name the option to fix.
    if (error instanceof AppError) {
      const fields = (error.details.fields as { path: string; message: string }[] | undefined) ?? [];
      const flagOf = (path: string) => {
        const option = Object.entries(caseOptions).find(([, f]) => path.endsWith(f))?.[0];
        return option ? `--${option}` : path;
      };
      if (fields.length) throw new UsageError(`create-case: ${fields.map((f) => `${flagOf(f.path)}: ${f.message}`).join("; ")}`);
    }
    throw error;
  } finally {
    store.close();
  }
}
