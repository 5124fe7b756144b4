/**
 * `casefile`: the operator's command line. Run from the repository root as `pnpm casefile <command>`.
 * Exit codes: 0 success, 1 the job failed (the message says why), 2 bad usage or configuration.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { extname, resolve } from "node:path";
import { type ParseArgsConfig, parseArgs } from "node:util";
import {
  BulkFileError,
  backupStore,
  bulkImportFile,
  checkIntegrity,
  copyStore,
  migratePostgres,
  migrateStore,
  openConfiguredStore,
  openMigratedStore,
  openPostgresStore,
  openStore,
  rebuildSearchIndex,
  redactUrl,
  type SqliteStore as Store,
  type StoreCore,
  storeDigest,
} from "@casefile/db";
import { BundleError, exportBundle, loadBundleFile, restoreStore } from "@casefile/db/seed";
import { csvRecordTypes } from "@casefile/interop/csv";
import { importFtm } from "@casefile/interop/ftm";
import { sourceKinds } from "@casefile/schema/enums";
import { fromGlobalId, toGlobalId } from "@casefile/schema/ids";
import { bundleUsage, createCaseOptions, importOptions, runCreateCase, runImport, UsageError } from "./bundle-commands.js";
import { ConfigError, loadConfig, repoRoot } from "./config.js";
import { createContext } from "./context.js";
import { AppError } from "./lib/errors.js";
import { createSourceFromText } from "./modules/interop/mutations.js";
import { csvFormats, type ExportedFile, exportFile, findMentionSuggestions, fromInterop } from "./modules/interop/service.js";

const usage = `Usage: pnpm casefile <command> [arguments]

Commands:
  migrate                 Create or upgrade the database (committed migrations, forward only):
                          PostgreSQL at CASEFILE_DATABASE_URL if it is set, else the SQLite file
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
                          (--out <file> writes it to a file instead); an unknown slug
                          is an error
  backup <file>           Copy the live database to <file> (safe while the API is serving)
  restore <file>          Replace the database's contents with a backup, in place (a
                          running API sees the restored data at once)
  reindex                 Rebuild the full-text search indexes
  check [file]            Run SQLite's integrity check on the database (or on a backup
                          file); reads only, never creates a database
  copy --to <target>      Copy the whole database (cases, revisions, users, sessions and
                          tokens included) into a new, empty one, with progress, and verify
                          it: <target> is a PostgreSQL URL (postgres://user@host/db: the
                          database must exist and be empty; its schema is created) or a path
                          for a new SQLite file. The source is CASEFILE_DB_PATH.
  serve                   Start the API alone (on PostgreSQL at CASEFILE_DATABASE_URL if it is
                          set, else on the SQLite file)

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

Commands that read or copy the database (export*, backup, copy, check, reindex, import-ftm,
suggest-mentions, import --dry-run) refuse to run when it does not exist. Unknown options are an error (exit 2).

Environment: CASEFILE_DB_PATH (default data/casefile.db), CASEFILE_DATABASE_URL (a PostgreSQL
URL: migrate and serve use it; the other commands, SQLite only for now, refuse to run while it
is set; copy reads CASEFILE_DB_PATH), CASEFILE_API_HOST, CASEFILE_API_PORT.
See README.md for the full list.`;

function fail(message: string, code = 1): never {
  process.stderr.write(`casefile: ${message}\n`);
  process.exit(code);
}

type OptionSpec = NonNullable<ParseArgsConfig["options"]>;
const out = { type: "string" } as const;

/**
 * What each command takes: its options (besides --help) and how many arguments at most.
 * Anything else is a usage error (exit code 2), found before the database is opened.
 */
const commands: Record<string, { options?: OptionSpec; max: number }> = {
  migrate: { max: 0 },
  seed: { max: 0 },
  import: { options: importOptions, max: 1 },
  "create-case": { options: createCaseOptions, max: 0 },
  "bulk-import": { options: { batch: { type: "string" }, "defer-indexes": { type: "boolean" } }, max: 1 },
  export: { options: { out }, max: 1 },
  backup: { max: 1 },
  restore: { max: 1 },
  reindex: { max: 0 },
  check: { max: 1 },
  serve: { max: 0 },
  copy: { options: { to: { type: "string" } }, max: 0 },
  "export-ftm": { options: { out }, max: 1 },
  "import-ftm": { options: { resolve: { type: "string", multiple: true }, "dry-run": { type: "boolean" } }, max: 2 },
  "export-annotations": { options: { out, "base-url": { type: "string" } }, max: 1 },
  "export-csv": { options: { out }, max: 2 },
  "add-source": { options: { title: { type: "string" }, kind: { type: "string" } }, max: 1 },
  "suggest-mentions": { options: { case: { type: "string" } }, max: 1 },
};

/** Parses a command's arguments with node:util's parseArgs (strict): unknown options are usage errors. */
function parseCommandArgs(command: string, args: string[], spec: { options?: OptionSpec; max: number }) {
  const options: OptionSpec = { ...spec.options, help: { type: "boolean", short: "h" } };
  let parsed: ReturnType<typeof parseArgs<{ options: OptionSpec; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const given = /'(-[^' ]*)/.exec(message)?.[1] ?? "";
    const known = Object.keys(spec.options ?? {}).map((name) => `--${name}`);
    const takes = known.length ? `it takes ${known.join(", ")}` : "it takes no options";
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
      fail(`${command} does not take ${given} (${takes}; see pnpm casefile --help)`, 2);
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      const option = given.replace(/ .*/, "");
      const isFlag = options[option.replace(/^-+/, "")]?.type === "boolean";
      fail(isFlag ? `${option} takes no value` : `${option} needs a value (e.g. ${option} <value>, or ${option}=<value>)`, 2);
    }
    fail(`${command}: ${message}`, 2);
  }
  if (parsed.positionals.length > spec.max) {
    fail(
      `${command} takes ${spec.max === 0 ? "no arguments" : `at most ${spec.max} argument(s)`}, got: ${parsed.positionals.join(" ")} (see pnpm casefile --help)`,
      2,
    );
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  return {
    positionals: parsed.positionals,
    isHelp: values.help === true,
    flag: (name: string) => values[name] === true,
    value: (name: string) => {
      const value = values[name];
      return typeof value === "string" ? value : undefined;
    },
    all: (name: string) => {
      const value = values[name];
      return Array.isArray(value) ? value : [];
    },
  };
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
  return createContext(store, operator, "cli");
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
  const spec = commands[command];
  if (!spec) fail(`unknown command "${command}"\n\n${usage}`, 2);
  const args = parseCommandArgs(command, rest, spec);
  if (args.isHelp) {
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
  // The other commands reach the SQLite engine's own operations (bundle loader, backup, bulk
  // import...): with CASEFILE_DATABASE_URL set they would silently work on another database.
  if (config.CASEFILE_DATABASE_URL && !["migrate", "serve", "copy"].includes(command)) {
    fail(
      `${command} works on the SQLite file only for now, and CASEFILE_DATABASE_URL selects PostgreSQL: unset it to run ${command} on the SQLite file at CASEFILE_DB_PATH (migrate, serve and copy work with PostgreSQL)`,
      2,
    );
  }
  const open = () => {
    const store = openStore(dbPath, { synchronous: config.CASEFILE_SQLITE_SYNCHRONOUS });
    migrateStore(store);
    return store;
  };
  /** For commands that read or copy a database: a missing file is an error, never a new empty database. */
  const requireDatabase = (path = dbPath) => {
    const full = resolve(process.cwd(), path);
    if (path === ":memory:" || !existsSync(full)) {
      fail(
        `there is no database at ${path === ":memory:" ? path : full}: ${command} works on an existing database and creates none (set CASEFILE_DB_PATH to the database file, or create one with pnpm casefile migrate)`,
        2,
      );
    }
    return full;
  };
  const openExisting = () => {
    requireDatabase();
    return open();
  };

  switch (command) {
    case "migrate": {
      let store: StoreCore;
      try {
        store = await openConfiguredStore({
          databaseUrl: config.CASEFILE_DATABASE_URL,
          dbPath,
          synchronous: config.CASEFILE_SQLITE_SYNCHRONOUS,
        });
      } catch (error) {
        fail((error as Error).message);
      }
      const location = store.location;
      await store.close();
      process.stderr.write(`Migrated ${location}\n`);
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
      if (seedDemoUsers) await seedDemoUsers(store, config);
      store.close();
      return;
    }
    case "import": {
      // The operator may restore accounts' password hashes from a full export (see runImport).
      // A dry run writes nothing, not even a new empty database.
      const isDryRun = args.flag("dry-run");
      const report = runImport(args.positionals[0], { dryRun: isDryRun }, isDryRun ? openExisting : open, progress("import"));
      process.stdout.write(`${report}\n`);
      return;
    }
    case "create-case": {
      const values = Object.fromEntries(Object.keys(createCaseOptions).map((name) => [name, args.value(name)]));
      process.stdout.write(`${await runCreateCase(values, open)}\n`);
      return;
    }
    case "bulk-import": {
      const file = args.positionals[0];
      if (!file) fail("bulk-import needs a JSON Lines file: pnpm casefile bulk-import <file.jsonl>", 2);
      const batchArg = args.value("batch");
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
          deferIndexes: args.flag("defer-indexes"),
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
      const slug = args.positionals[0];
      const out = args.value("out");
      const store = openExisting();
      let bundle: ReturnType<typeof exportBundle>;
      try {
        // An unknown slug throws (naming the known ones): never a silent export of everything.
        // Everything: every account too, with its password hash (this is the operator's copy).
        bundle = exportBundle(store, slug, { includeAccounts: slug === undefined });
      } finally {
        store.close();
      }
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
      const file = args.positionals[0];
      if (!file) fail("backup needs a destination file: pnpm casefile backup <file>", 2);
      const store = openExisting();
      process.stderr.write(`Backing up ${dbPath} to ${file}...\n`);
      try {
        await backupStore(store, resolve(process.cwd(), file));
      } finally {
        store.close();
      }
      process.stderr.write(`Backed up ${dbPath} to ${file}\n`);
      return;
    }
    case "copy": {
      const target = args.value("to");
      if (!target) fail("copy needs a target: pnpm casefile copy --to <postgres://user@host/database | new-file.db>", 2);
      const isPostgres = /^postgres(ql)?:\/\//i.test(target);
      const source = openExisting();
      let destination: StoreCore;
      let label: string;
      if (isPostgres) {
        label = redactUrl(target);
        try {
          await migratePostgres(target);
        } catch (error) {
          source.close();
          fail(`cannot prepare ${label}: ${(error as Error).message}`);
        }
        destination = openPostgresStore(target);
      } else {
        const file = resolve(process.cwd(), target);
        label = file;
        if (file === source.path) fail("the copy must go to another database, not the source itself", 2);
        if (existsSync(file)) fail(`${file} already exists: copy into a new file (or an empty PostgreSQL database)`, 2);
        destination = openMigratedStore(file);
      }
      process.stderr.write(`Copying ${dbPath} to ${label}...\n`);
      let lastTable = "";
      try {
        const copied = await copyStore(source, destination, {
          onProgress: ({ table, copied: done, total }) => {
            if (table !== lastTable || done === total || done % 50_000 < 5000) {
              process.stderr.write(`  ${table}: ${done.toLocaleString("en")} of ${total.toLocaleString("en")}\n`);
              lastTable = table;
            }
          },
        });
        process.stderr.write("Verifying (a digest of every table on both sides)...\n");
        const [before, after] = [await storeDigest(source), await storeDigest(destination)];
        const differing = Object.keys(before).filter((table) => JSON.stringify(before[table]) !== JSON.stringify(after[table]));
        if (differing.length > 0)
          fail(`the copy differs from the source in ${differing.join(", ")}: delete the target and copy again`);
        const rows = Object.values(copied).reduce((a, b) => a + b, 0);
        process.stderr.write(`Copied ${rows.toLocaleString("en")} rows to ${label}; every table matches the source.\n`);
      } catch (error) {
        fail(`copy to ${label} failed: ${(error as Error).message}`);
      } finally {
        source.close();
        await destination.close();
      }
      return;
    }
    case "restore": {
      const file = args.positionals[0];
      if (!file) fail("restore needs a backup file: pnpm casefile restore <file>", 2);
      const source = resolve(process.cwd(), file);
      if (!existsSync(source)) fail(`no such backup file: ${source}`);
      const result = await restoreStore(source, dbPath);
      process.stderr.write(
        `Restored ${dbPath} from ${file} (${result.pages} pages, ${result.mode === "in place" ? "in place: a running API now serves the restored data" : "new file"})\n`,
      );
      return;
    }
    case "reindex": {
      const store = openExisting();
      rebuildSearchIndex(store);
      store.close();
      process.stderr.write("Rebuilt the full-text indexes\n");
      return;
    }
    case "check": {
      // The configured database, or a file named on the command line (a backup, say); read only.
      const path = requireDatabase(args.positionals[0] ?? dbPath);
      const store = openStore(path, { readonly: true });
      let result: string;
      try {
        result = checkIntegrity(store);
      } finally {
        store.close();
      }
      if (result !== "ok") fail(`integrity check of ${path} failed:\n${result}`);
      process.stderr.write(`Integrity check of ${path}: ok\n`);
      return;
    }
    case "export-ftm": {
      const slug = args.positionals[0];
      if (!slug) fail("export-ftm needs a case slug: pnpm casefile export-ftm <case-slug> [--out file]", 2);
      const store = openExisting();
      process.stderr.write(`Exporting ${slug} as FollowTheMoney entities...\n`);
      const file = await exportFile(store, { format: "FTM_JSONL", caseSlug: slug });
      store.close();
      writeExport(file, args.value("out"), `${file.content.split("\n").filter(Boolean).length} FtM entities of ${slug}`);
      return;
    }
    case "import-ftm": {
      const [slug, file] = args.positionals;
      if (!slug || !file)
        fail("import-ftm needs a case slug and a file: pnpm casefile import-ftm <case-slug> <file> [--dry-run]", 2);
      const resolutions: Record<string, string> = {};
      for (const pair of args.all("resolve")) {
        const at = pair.lastIndexOf("=");
        if (at <= 0 || at === pair.length - 1) fail(`--resolve takes <ftmId>=<entityId> or <ftmId>=new, not "${pair}"`, 2);
        const target = pair.slice(at + 1);
        resolutions[pair.slice(0, at)] = target === "new" ? "new" : (fromGlobalId(target)?.id ?? target);
      }
      const path = resolve(process.cwd(), file);
      if (!existsSync(path)) fail(`no such file: ${path}`);
      const isDryRun = args.flag("dry-run");
      const store = openExisting();
      process.stderr.write(`${isDryRun ? "Checking" : "Importing"} ${file} into ${slug}...\n`);
      const report = await fromInterop(() =>
        importFtm(store, slug, readFileSync(path, "utf8"), { dryRun: isDryRun, resolutions }),
      );
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
      const slug = args.positionals[0];
      const store = openExisting();
      const file = await exportFile(store, { format: "WEB_ANNOTATION_JSONLD", caseSlug: slug, baseUrl: args.value("base-url") });
      store.close();
      writeExport(file, args.value("out"), `the annotations of ${slug ?? "everything"}`);
      return;
    }
    case "export-csv": {
      const [type, slug] = args.positionals;
      const format = Object.entries(csvFormats).find(([, t]) => t === type)?.[0] as keyof typeof csvFormats | undefined;
      if (!type || !format)
        fail(`export-csv needs a record type, one of: ${csvRecordTypes.join(", ")}${type ? ` (not "${type}")` : ""}`, 2);
      const store = openExisting();
      const file = await exportFile(store, { format, caseSlug: slug });
      store.close();
      writeExport(file, args.value("out"), `the ${type} of ${slug ?? "everything"}`);
      return;
    }
    case "add-source": {
      const file = args.positionals[0];
      if (!file)
        fail("add-source needs a file: pnpm casefile add-source <file.txt|.md|.html> [--title T] [--kind NEWS_ARTICLE]", 2);
      const kind = args.value("kind") ?? "OTHER";
      if (!(sourceKinds as readonly string[]).includes(kind)) fail(`--kind must be one of ${sourceKinds.join(", ")}`, 2);
      const path = resolve(process.cwd(), file);
      if (!existsSync(path)) fail(`no such file: ${path}`);
      const format =
        ({ ".txt": "TEXT", ".md": "MARKDOWN", ".markdown": "MARKDOWN", ".html": "HTML", ".htm": "HTML" } as const)[
          extname(path).toLowerCase()
        ] ?? "AUTO";
      const store = open();
      const { row } = await createSourceFromText(operatorContext(store), {
        kind,
        format,
        content: readFileSync(path, "utf8"),
        title: args.value("title"),
      });
      store.close();
      process.stderr.write(
        `Created source "${row.title}" (${(row.text as string).length} characters of text; global ID ${toGlobalId("Source", row.id)})\n`,
      );
      process.stdout.write(`${row.id}\n`);
      return;
    }
    case "suggest-mentions": {
      const given = args.positionals[0];
      if (!given) fail("suggest-mentions needs a source id: pnpm casefile suggest-mentions <source-id> [--case slug]", 2);
      const decoded = fromGlobalId(given);
      const sourceId = decoded?.typeName === "Source" ? decoded.id : given;
      const store = openExisting();
      const found = await findMentionSuggestions(store, sourceId, args.value("case"));
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
