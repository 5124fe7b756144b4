/** Builds a benchmark database without running the benchmark: `tsx src/build-cli.ts --entities N --relationships M [--fts triggers]`. */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildDatabase, databasePath } from "./build.js";

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = fileURLToPath(new URL("../../../", import.meta.url));
const entities = Number(arg("entities") ?? 10_000);
const relationships = Number(arg("relationships") ?? entities * 3);
const seed = Number(arg("seed") ?? 1);
const out = arg("out");
const fts = arg("fts") as "deferred" | "triggers" | undefined;
const rows = arg("rows-per-statement");
const path = out ? resolve(process.cwd(), out) : databasePath(root, { entities, relationships }, seed);
buildDatabase(path, { entities, relationships }, seed, {
  rebuild: true,
  bulk: { ...(fts ? { fts } : {}), ...(rows ? { rowsPerStatement: Number(rows) } : {}) },
});
