/**
 * `casefile`: the operator's command line. Run from the repository root as `pnpm casefile <command>`.
 * Exit codes: 0 success, 1 the job failed (the message says why), 2 bad usage or configuration.
 */
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { backupStore, checkIntegrity, migrateStore, openStore, rebuildSearchIndex } from "@casefile/db";
import { BundleError, exportBundle, loadBundleFile, restoreStore } from "@casefile/db/seed";
import { ConfigError, loadConfig, repoRoot } from "./config.js";

const usage = `Usage: pnpm casefile <command> [arguments]

Commands:
  migrate                 Create or upgrade the database (committed migrations, forward only)
  seed                    Load every bundle under seeds/ (idempotent), and the demo accounts
  import <bundle.json>    Load an import bundle: all of it in one transaction, or nothing
  export [case-slug]      Print an import bundle of one case, or of everything, to stdout
                          (--out <file> writes it to a file instead)
  backup <file>           Copy the live database to <file> (safe while the API is serving)
  restore <file>          Replace the database with a backup (stop the API first)
  reindex                 Rebuild the full-text search indexes
  check                   Run SQLite's integrity check
  serve                   Start the API alone

Environment: CASEFILE_DB_PATH (default data/casefile.db), CASEFILE_API_HOST, CASEFILE_API_PORT.
See README.md for the full list.`;


function fail(message: string, code = 1): never {
  process.stderr.write(`casefile: ${message}\n`);
  process.exit(code);
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
        process.stderr.write(`Loaded ${file}: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged\n`);
      }
      const { seedDemoUsers } = await import("./seed-users.js").catch(() => ({ seedDemoUsers: null }));
      if (seedDemoUsers) seedDemoUsers(store, config);
      store.close();
      return;
    }
    case "import": {
      const file = rest[0];
      if (!file) fail("import needs a bundle file: pnpm casefile import <bundle.json>", 2);
      const store = open();
      const result = loadBundleFile(store, resolve(process.cwd(), file), { onProgress: progress("import") });
      store.close();
      process.stderr.write(`Imported ${file}: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged\n`);
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
    case "serve": {
      const { serve } = await import("./main.js");
      await serve();
      return;
    }
    default:
      fail(`unknown command "${command}"\n\n${usage}`, 2);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof BundleError) fail(error.message);
  fail(error instanceof Error ? error.message : String(error));
});
