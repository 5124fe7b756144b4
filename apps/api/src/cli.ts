/**
 * `casefile`: the operator's command line. Run from the repository root as `pnpm casefile <command>`.
 * Exit codes: 0 success, 1 the job failed (the message says why), 2 bad usage or configuration.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { extname, resolve } from "node:path";
import {
  BulkFileError,
  backupStore,
  bulkImportFile,
  checkIntegrity,
  migrateStore,
  openStore,
  Queries,
  rebuildSearchIndex,
  type Store,
} from "@casefile/db";
import { BundleError, exportBundle, loadBundleFile, restoreStore } from "@casefile/db/seed";
import { csvRecordTypes } from "@casefile/interop/csv";
import { importFtm } from "@casefile/interop/ftm";
import { sourceKinds } from "@casefile/schema/enums";
import { fromGlobalId, toGlobalId } from "@casefile/schema/ids";
import { bundleUsage, runCreateCase, runImport, UsageError } from "./bundle-commands.js";
import { ConfigError, loadConfig, repoRoot } from "./config.js";
import { createContext } from "./context.js";
import { AppError } from "./lib/errors.js";
import { createSourceFromText } from "./modules/interop/mutations.js";
import { csvFormats, type ExportedFile, exportFile, findMentionSuggestions, fromInterop } from "./modules/interop/service.js";

const usage = `Usage: pnpm casefile <command> [arguments]

Commands:
  migrate                 Create or upgrade the database (committed migrations, forward only)
  seed                    Load every bundle under seeds/ (idempotent), and the demo accounts
${bundleUsage}
  bulk-import <file.jsonl>
                          Load many new records fast: one {"table": ..., "row": {...}} per
                          line, written in batches (one transaction each), inserts only,
                          one summary revision per batch (docs/bulk-import.md)
                          --batch <rows>: rows per batch (default 50000)
                          --defer-indexes: build secondary indexes once at the end
                          (for loading into an empty or small database)
  export [case-slug]      Print an import bundle of one case, or of everything, to stdout
                          (--out <file> writes it to a file instead)
  backup <file>           Copy the live database to <file> (safe while the API is serving)
  restore <file>          Replace the database with a backup (stop the API first)
  reindex                 Rebuild the full-text search indexes
  check                   Run SQLite's integrity check
  serve                   Start the API alone

Interoperability (--out <file> writes to a file instead of stdout):
  export-ftm <case-slug>  Print a case as a FollowTheMoney entity stream (JSON lines)
  import-ftm <case-slug> <file>
                          Import an FtM stream into a case (created from the stream's
                          CourtCase if the database lacks it); prints the report. Possible
                          duplicates are created and reported, never merged.
                          --dry-run: report only, write nothing
                          --resolve <ftmId>=<entityId|new>: match an entity (repeatable)
  export-annotations [case-slug]
                          Print citations and annotations as W3C Web Annotations (JSON-LD)
                          --base-url <url>: public site URL for record IRIs
  export-csv <type> [case-slug]
                          Print a CSV of one record type:
                          ${csvRecordTypes.join(", ")}
  add-source <file.txt|.md|.html>
                          Create a source from a text, Markdown or HTML file (HTML is reduced
                          to safe text); prints its id. --title <t>, --kind <kind>
                          (${sourceKinds.join(", ")}; default OTHER)
  suggest-mentions <source-id>
                          List known entities and candidate new ones mentioned in a source
                          --case <slug>: match only that case's entities

Environment: CASEFILE_DB_PATH (default data/casefile.db), CASEFILE_API_HOST, CASEFILE_API_PORT.
See README.md for the full list.`;

function fail(message: string, code = 1): never {
  process.stderr.write(`casefile: ${message}\n`);
  process.exit(code);
}

/**
 * Splits arguments into positionals and options. `values` take one argument (repeated ones
 * collect), `flags` none; anything else starting with "--" is a usage error.
 */
function parseArgs(args: string[], spec: { values?: string[]; flags?: string[]; max: number }, command: string) {
  const positionals: string[] = [];
  const values = new Map<string, string[]>();
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith("--")) {
      positionals.push(arg);
    } else if (spec.flags?.includes(arg)) {
      flags.add(arg);
    } else if (spec.values?.includes(arg)) {
      const value = args[++i];
      if (value === undefined || value.startsWith("--")) fail(`${arg} needs a value`, 2);
      values.set(arg, [...(values.get(arg) ?? []), value]);
    } else {
      fail(`${command} does not take ${arg} (see pnpm casefile --help)`, 2);
    }
  }
  if (positionals.length > spec.max) fail(`${command} takes at most ${spec.max} argument(s), got: ${positionals.join(" ")}`, 2);
  return { positionals, flags, value: (name: string) => values.get(name)?.at(-1), all: (name: string) => values.get(name) ?? [] };
}

/** Writes an export to --out or stdout; skipped records go to stderr. */
function writeExport(file: ExportedFile, out: string | undefined, what: string) {
  if (file.skipped.length > 0) {
    process.stderr.write(
      `${file.skipped.length} record(s) left out:\n${file.skipped.map((s) => `  ${s.recordType} ${s.id}: ${s.reason}`).join("\n")}\n`,
    );
  }
  if (out) {
    writeFileSync(resolve(process.cwd(), out), file.content);
    process.stderr.write(`Exported ${what} to ${out}\n`);
  } else {
    process.stdout.write(file.content);
  }
}

/**
 * The operator at the command line writes as the bundle loader does: with every right and no
 * user account (revisions name no actor).
 */
function operatorContext(store: Store) {
  const operator = { userId: null as unknown as string, name: "casefile CLI", role: "ADMIN" as const, tokenId: null };
  return createContext(store, new Queries(store.sqlite), operator, "cli");
}

function progress(label: string) {
  let last = -1;
  return (done: number, total: number) => {
    const percent = Math.floor((done / total) * 100);
    if (percent !== last && (percent % 10 === 0 || done === total)) {
      last = percent;
      process.stderr.write(`${label}: ${percent}% (${done}/${total})\n`);
    }
  };
}

async function main(argv: string[]) {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(`${usage}\n`);
    return;
  }
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message, 2);
    throw error;
  }
  const dbPath = config.CASEFILE_DB_PATH;
  const open = () => {
    const store = openStore(dbPath);
    migrateStore(store);
    return store;
  };

  switch (command) {
    case "migrate": {
      const store = open();
      store.close();
      process.stderr.write(`Migrated ${dbPath}\n`);
      return;
    }
    case "seed": {
      const store = open();
      const seedsDir = resolve(repoRoot, "seeds");
      const bundles = readdirSync(seedsDir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(resolve(seedsDir, d.name, "bundle.json")))
        .map((d) => resolve(seedsDir, d.name, "bundle.json"));
      for (const file of bundles) {
        const result = loadBundleFile(store, file, { onProgress: progress(`seed ${file}`) });
        process.stderr.write(
          `Loaded ${file}: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged\n`,
        );
      }
      const { seedDemoUsers } = await import("./seed-users.js").catch(() => ({ seedDemoUsers: null }));
      if (seedDemoUsers) seedDemoUsers(store, config);
      store.close();
      return;
    }
    case "import": {
      process.stdout.write(`${runImport(rest, open, progress("import"))}\n`);
      return;
    }
    case "create-case": {
      process.stdout.write(`${runCreateCase(rest, open)}\n`);
      return;
    }
    case "bulk-import": {
      const args = parseArgs(rest, { values: ["--batch"], flags: ["--defer-indexes"], max: 1 }, command);
      const file = args.positionals[0];
      if (!file) fail("bulk-import needs a JSON Lines file: pnpm casefile bulk-import <file.jsonl>", 2);
      const batchArg = args.value("--batch");
      const batchRows = batchArg === undefined ? undefined : Number(batchArg);
      if (batchRows !== undefined && (!Number.isInteger(batchRows) || batchRows < 1)) {
        fail(`--batch must be a positive whole number of rows, got ${batchArg}`, 2);
      }
      const path = resolve(process.cwd(), file);
      if (!existsSync(path)) fail(`no such file: ${path}`, 2);
      const store = open();
      try {
        const result = await bulkImportFile(store, path, {
          batchRows,
          deferIndexes: args.flags.has("--defer-indexes"),
          onBatch: ({ batches, rows }) =>
            process.stderr.write(`bulk-import: batch ${batches}, ${rows.toLocaleString("en")} rows\n`),
        });
        const tables = Object.entries(result.inserted).map(([t, n]) => `${n.toLocaleString("en")} ${t}`);
        process.stderr.write(
          `Imported ${result.rows.toLocaleString("en")} rows in ${result.batches} batches, ${result.seconds.toFixed(1)} s: ${tables.join(", ")}\n`,
        );
      } catch (error) {
        if (error instanceof BulkFileError) fail(`bulk-import ${file}: ${error.message}`);
        throw error;
      } finally {
        store.close();
      }
      return;
    }
    case "export": {
      const outIndex = rest.indexOf("--out");
      const out = outIndex >= 0 ? rest[outIndex + 1] : undefined;
      if (outIndex >= 0 && !out) fail("--out needs a file name", 2);
      const slug = rest.find((arg, i) => !arg.startsWith("--") && i !== outIndex + 1);
      const store = open();
      const bundle = exportBundle(store, slug);
      store.close();
      const json = `${JSON.stringify(bundle, null, 2)}\n`;
      if (out) {
        writeFileSync(resolve(process.cwd(), out), json);
        process.stderr.write(`Exported ${slug ?? "everything"} to ${out}\n`);
      } else {
        process.stdout.write(json);
      }
      return;
    }
    case "backup": {
      const file = rest[0];
      if (!file) fail("backup needs a destination file: pnpm casefile backup <file>", 2);
      const store = open();
      await backupStore(store, resolve(process.cwd(), file), (f) => process.stderr.write(`backup: ${Math.round(f * 100)}%\n`));
      store.close();
      process.stderr.write(`Backed up ${dbPath} to ${file}\n`);
      return;
    }
    case "restore": {
      const file = rest[0];
      if (!file) fail("restore needs a backup file: pnpm casefile restore <file>", 2);
      const source = resolve(process.cwd(), file);
      if (!existsSync(source)) fail(`no such backup file: ${source}`);
      await restoreStore(source, dbPath);
      process.stderr.write(`Restored ${dbPath} from ${file}\n`);
      return;
    }
    case "reindex": {
      const store = open();
      rebuildSearchIndex(store);
      store.close();
      process.stderr.write("Rebuilt the full-text indexes\n");
      return;
    }
    case "check": {
      const store = open();
      const result = checkIntegrity(store);
      store.close();
      if (result !== "ok") fail(`integrity check failed:\n${result}`);
      process.stderr.write("Integrity check: ok\n");
      return;
    }
    case "export-ftm": {
      const args = parseArgs(rest, { values: ["--out"], max: 1 }, command);
      const slug = args.positionals[0];
      if (!slug) fail("export-ftm needs a case slug: pnpm casefile export-ftm <case-slug> [--out file]", 2);
      const store = open();
      process.stderr.write(`Exporting ${slug} as FollowTheMoney entities...\n`);
      const file = exportFile(store, { format: "FTM_JSONL", caseSlug: slug });
      store.close();
      writeExport(file, args.value("--out"), `${file.content.split("\n").filter(Boolean).length} FtM entities of ${slug}`);
      return;
    }
    case "import-ftm": {
      const args = parseArgs(rest, { values: ["--resolve"], flags: ["--dry-run"], max: 2 }, command);
      const [slug, file] = args.positionals;
      if (!slug || !file)
        fail("import-ftm needs a case slug and a file: pnpm casefile import-ftm <case-slug> <file> [--dry-run]", 2);
      const resolutions: Record<string, string> = {};
      for (const pair of args.all("--resolve")) {
        const at = pair.lastIndexOf("=");
        if (at <= 0 || at === pair.length - 1) fail(`--resolve takes <ftmId>=<entityId> or <ftmId>=new, not "${pair}"`, 2);
        const target = pair.slice(at + 1);
        resolutions[pair.slice(0, at)] = target === "new" ? "new" : (fromGlobalId(target)?.id ?? target);
      }
      const path = resolve(process.cwd(), file);
      if (!existsSync(path)) fail(`no such file: ${path}`);
      const isDryRun = args.flags.has("--dry-run");
      const store = open();
      process.stderr.write(`${isDryRun ? "Checking" : "Importing"} ${file} into ${slug}...\n`);
      const report = fromInterop(() => importFtm(store, slug, readFileSync(path, "utf8"), { dryRun: isDryRun, resolutions }));
      store.close();
      const line = (r: { ftmId: string; recordType: string; casefileId: string; name?: string; matchedBy?: string }) =>
        `  ${r.recordType.padEnd(12)} ${r.casefileId}${r.name ? ` "${r.name}"` : ""} (FtM ${r.ftmId}${r.matchedBy ? `, by ${r.matchedBy}` : ""})`;
      const out = [
        `${isDryRun ? "Dry run (nothing written)" : "Imported"} into ${slug}: ${report.rows.created} row(s) created, ${report.rows.updated} updated, ${report.rows.unchanged} unchanged`,
        `Created (${report.created.length}):`,
        ...report.created.map(line),
        `Matched (${report.matched.length}):`,
        ...report.matched.map(line),
        `Possible duplicates (${report.possibleDuplicates.length}): created anyway; merge them, or re-run with --resolve <ftmId>=<entityId>`,
        ...report.possibleDuplicates.flatMap((d) => [
          `  ${d.ftmId} "${d.name}" (${d.kind}, ${d.casefileId}) may be:`,
          ...d.candidates.map(
            (c) => `    ${c.casefileId} "${c.name}"${c.isInStream ? " (in the stream)" : ""}: ${c.reasons.join("; ")}`,
          ),
        ]),
        `Skipped (${report.skipped.length}):`,
        ...report.skipped.map((s) => `  ${s.ftmId} (${s.schema}): ${s.reason}`),
        `Warnings (${report.warnings.length}):`,
        ...report.warnings.map((w) => `  ${w.ftmId || "stream"}: ${w.message}`),
      ];
      process.stdout.write(`${out.join("\n")}\n`);
      return;
    }
    case "export-annotations": {
      const args = parseArgs(rest, { values: ["--out", "--base-url"], max: 1 }, command);
      const slug = args.positionals[0];
      const store = open();
      const file = exportFile(store, { format: "WEB_ANNOTATION_JSONLD", caseSlug: slug, baseUrl: args.value("--base-url") });
      store.close();
      writeExport(file, args.value("--out"), `the annotations of ${slug ?? "everything"}`);
      return;
    }
    case "export-csv": {
      const args = parseArgs(rest, { values: ["--out"], max: 2 }, command);
      const [type, slug] = args.positionals;
      const format = Object.entries(csvFormats).find(([, t]) => t === type)?.[0] as keyof typeof csvFormats | undefined;
      if (!type || !format)
        fail(`export-csv needs a record type, one of: ${csvRecordTypes.join(", ")}${type ? ` (not "${type}")` : ""}`, 2);
      const store = open();
      const file = exportFile(store, { format, caseSlug: slug });
      store.close();
      writeExport(file, args.value("--out"), `the ${type} of ${slug ?? "everything"}`);
      return;
    }
    case "add-source": {
      const args = parseArgs(rest, { values: ["--title", "--kind"], max: 1 }, command);
      const file = args.positionals[0];
      if (!file)
        fail("add-source needs a file: pnpm casefile add-source <file.txt|.md|.html> [--title T] [--kind NEWS_ARTICLE]", 2);
      const kind = args.value("--kind") ?? "OTHER";
      if (!(sourceKinds as readonly string[]).includes(kind)) fail(`--kind must be one of ${sourceKinds.join(", ")}`, 2);
      const path = resolve(process.cwd(), file);
      if (!existsSync(path)) fail(`no such file: ${path}`);
      const format =
        ({ ".txt": "TEXT", ".md": "MARKDOWN", ".markdown": "MARKDOWN", ".html": "HTML", ".htm": "HTML" } as const)[
          extname(path).toLowerCase()
        ] ?? "AUTO";
      const store = open();
      const { row } = createSourceFromText(operatorContext(store), {
        kind,
        format,
        content: readFileSync(path, "utf8"),
        title: args.value("--title"),
      });
      store.close();
      process.stderr.write(
        `Created source "${row.title}" (${(row.text as string).length} characters of text; global ID ${toGlobalId("Source", row.id)})\n`,
      );
      process.stdout.write(`${row.id}\n`);
      return;
    }
    case "suggest-mentions": {
      const args = parseArgs(rest, { values: ["--case"], max: 1 }, command);
      const given = args.positionals[0];
      if (!given) fail("suggest-mentions needs a source id: pnpm casefile suggest-mentions <source-id> [--case slug]", 2);
      const decoded = fromGlobalId(given);
      const sourceId = decoded?.typeName === "Source" ? decoded.id : given;
      const store = open();
      const found = findMentionSuggestions(store, sourceId, args.value("--case"));
      store.close();
      const row = (s: (typeof found.known)[number]) =>
        `  ${String(s.start).padStart(6)}  ${s.kind.padEnd(12)}  ${JSON.stringify(s.text)}${s.entity ? ` -> ${s.entity.id} (${s.entity.matchType})` : ""}\n          key: ${s.key}`;
      const out = [
        `Known entities (${found.known.length}):`,
        ...found.known.map(row),
        `Candidate new entities (${found.candidates.length}):`,
        ...found.candidates.map(row),
        ...(found.rejectedCount ? [`(${found.rejectedCount} rejected suggestion(s) left out)`] : []),
      ];
      process.stdout.write(`${out.join("\n")}\n`);
      return;
    }
    case "serve": {
      const { serve } = await import("./main.js");
      await serve();
      return;
    }
    default:
      fail(`unknown command "${command}"\n\n${usage}`, 2);
  }
}

// `casefile export-csv entities | head` closes stdout early: that is not a failure.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof BundleError) fail(error.message);
  if (error instanceof UsageError) fail(error.message, 2);
  if (error instanceof AppError) {
    // The interop package's issues name lines of the input file or paths in the bundle.
    const issues = (error.details.issues as { path: string; message: string }[] | undefined) ?? [];
    fail(
      issues.length
        ? `${error.message}\n${issues
            .slice(0, 50)
            .map((i) => `  ${i.path}: ${i.message}`)
            .join("\n")}`
        : error.message,
    );
  }
  fail(error instanceof Error ? error.message : String(error));
});
