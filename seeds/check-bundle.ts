/**
 * Checks an import bundle without loading it, and prints every problem with its JSON path:
 *
 * - what the loader checks (docs/bundle-format.md): JSON syntax (line and column), the schema,
 *   unique ids, references that resolve, quotes found verbatim in their sources, ids of another
 *   case's records, changes to records another case uses. References resolve inside the bundle,
 *   or, with `--db <path>`, against that database too (opened read-only, never written);
 * - the editorial conventions of seeds/README.md: every fact has a status, a confidence and a
 *   citation; an unverified fact has confidence 40 or less and an open "verify" annotation; a
 *   disputed fact or field has two citations, one per version; a source with text is cited by quote; every new entity has a role in a case; every charged
 *   entity is a defendant of the case.
 *
 * Run from packages/db (it needs better-sqlite3):
 *
 *   cd packages/db && node_modules/.bin/tsx ../../seeds/check-bundle.ts ../../seeds/us-v-netyksho/bundle.json [--db ../../data/casefile.db]
 *
 * Exits 0 when the bundle is fine, 1 when it has problems, 2 on bad usage.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { openStore, type Store } from "../packages/db/src/index.ts";
import { BundleError, checkBundle, readBundleFile } from "../packages/db/src/sqlite/seed/index.ts";
import {
  type BundleAnnotation,
  type BundleCitation,
  type BundleEntity,
  isEntityRef,
} from "../packages/schema/src/bundle/index.ts";

interface Problem {
  path: string;
  message: string;
}

const args = process.argv.slice(2);
const dbAt = args.indexOf("--db");
const dbPath = dbAt >= 0 ? args[dbAt + 1] : undefined;
const positionals = args.filter((a, i) => !a.startsWith("--") && (dbAt < 0 || i !== dbAt + 1));
const bundlePath = positionals[0];
if (!bundlePath || positionals.length > 1 || (dbAt >= 0 && !dbPath) || args.some((a) => a.startsWith("--") && a !== "--db")) {
  console.error("usage: tsx check-bundle.ts <bundle.json> [--db <casefile.db>]");
  process.exit(2);
}
if (dbPath && !existsSync(dbPath)) {
  console.error(`no database at ${resolve(dbPath)}`);
  process.exit(2);
}

const problems: Problem[] = [];
let store: Store | null = null;
try {
  store = dbPath ? openStore(dbPath, { readonly: true }) : null;
  const { json, baseDir } = readBundleFile(bundlePath);
  const checked = checkBundle(store, json, { baseDir });
  problems.push(...checked.issues);
  problems.push(...conventions(checked.bundle, store));
  finish(checked.bundle);
} catch (error) {
  if (!(error instanceof BundleError)) throw error;
  problems.push(...error.issues);
  finish(null);
} finally {
  store?.close();
}

function finish(bundle: { [list: string]: unknown } | null): void {
  for (const p of problems) console.error(`${p.path}: ${p.message}`);
  if (problems.length > 0) {
    console.error(`\n${problems.length} problem(s) in ${bundlePath}`);
    process.exitCode = 1;
    return;
  }
  const sizes = (["users", "cases", "sources", "entities", "relationships", "events", "charges"] as const)
    .map((key) => `${(bundle?.[key] as unknown[] | undefined)?.length ?? 0} ${key}`)
    .join(", ");
  console.log(`${bundlePath}: OK (${sizes})${dbPath ? `, checked against ${dbPath}` : ""}`);
}

/** The editorial conventions of seeds/README.md, which the loader does not require. */
function conventions(b: ReturnType<typeof checkBundle>["bundle"], db: Store | null): Problem[] {
  const out: Problem[] = [];
  const report = (path: string, message: string) => out.push({ path, message });
  const withText = new Set(b.sources.filter((s) => s.text != null || s.textFile !== undefined).map((s) => s.id));
  const storedText = (id: string) =>
    db
      ? (db.sqlite.prepare("SELECT text IS NOT NULL FROM sources WHERE id = ?").pluck().get(id) as number | undefined) === 1
      : false;

  const checkCitations = (citations: BundleCitation[] | undefined, path: string) => {
    citations?.forEach((c, i) => {
      if (!c.quote && (withText.has(c.source) || storedText(c.source)))
        report(`${path}.citations[${i}]`, `source "${c.source}" has text: cite it with a quote, not a locator`);
    });
  };
  const checkFact = (
    fact: {
      status?: string | undefined;
      confidence?: number | undefined;
      citations?: BundleCitation[] | undefined;
      annotations?: BundleAnnotation[] | undefined;
      fieldStatuses?: Record<string, { status: string; confidence: number }> | undefined;
    },
    path: string,
    parentAnnotations?: BundleAnnotation[],
  ) => {
    if (fact.status === undefined) report(path, "give the fact a status");
    if (fact.confidence === undefined) report(path, "give the fact a confidence");
    if (!fact.citations?.length) report(path, "cite a source for the fact");
    checkCitations(fact.citations, path);
    const hasVerifyNote = [...(fact.annotations ?? []), ...(parentAnnotations ?? [])].some(
      (a) => a.status === "OPEN" && a.tags?.includes("verify"),
    );
    const unverified: [string, number | undefined][] = [];
    if (fact.status === "UNVERIFIED") unverified.push([path, fact.confidence]);
    for (const [field, fs] of Object.entries(fact.fieldStatuses ?? {})) {
      if (fs.status === "UNVERIFIED") unverified.push([`${path}.fieldStatuses.${field}`, fs.confidence]);
    }
    for (const [p, confidence] of unverified) {
      if (confidence !== undefined && confidence > 40) report(p, "an unverified fact has confidence 40 or less");
      if (!hasVerifyNote) report(p, 'an unverified fact needs an open annotation tagged "verify"');
    }
    // Disputed means sources disagree: each side needs its own citation.
    if (fact.status === "DISPUTED" && (fact.citations?.length ?? 0) < 2)
      report(path, "a disputed fact needs at least two citations, one for each version");
    for (const [field, fs] of Object.entries(fact.fieldStatuses ?? {})) {
      const fieldCitations = (fact.citations ?? []).filter((c) => c.field === field).length;
      if (fs.status === "DISPUTED" && fieldCitations < 2)
        report(`${path}.fieldStatuses.${field}`, `a disputed field needs at least two citations with field "${field}"`);
    }
  };

  b.cases.forEach((c, i) => {
    const path = `$.cases[${i}]`;
    if (c.slug !== c.id) report(`${path}.slug`, `slug "${c.slug}" differs from id "${c.id}"`);
    if (!c.citations?.length) report(path, "cite a source for the case");
    checkCitations(c.citations, path);
  });

  const caseIdOf = (key: string) =>
    b.cases.find((c) => c.id === key || c.slug === key)?.id ??
    (db?.sqlite.prepare("SELECT id FROM cases WHERE id = ? OR slug = ?").pluck().get(key, key) as string | undefined) ??
    key;
  const defendants = new Set<string>();
  b.entities.forEach((e, i) => {
    const path = `$.entities[${i}]`;
    if (isEntityRef(e)) {
      checkCitations(e.citations, path);
    } else {
      checkFact(e as BundleEntity, path);
      const stored = db?.sqlite.prepare("SELECT 1 FROM case_roles WHERE entity_id = ? LIMIT 1").pluck().get(e.id);
      if (!e.roles?.length && stored === undefined)
        report(path, "give the entity a role in a case, or it will not show on any case");
    }
    const entityId = isEntityRef(e) ? e.ref : e.id;
    e.roles?.forEach((r, j) => {
      checkFact(r, `${path}.roles[${j}]`);
      if (r.role === "DEFENDANT") defendants.add(`${caseIdOf(r.case)}|${entityId}`);
    });
  });
  b.relationships.forEach((r, i) => {
    checkFact(r, `$.relationships[${i}]`);
  });
  b.events.forEach((ev, i) => {
    checkFact(ev, `$.events[${i}]`);
    ev.participants?.forEach((p, j) => {
      checkFact(p, `$.events[${i}].participants[${j}]`, ev.annotations);
    });
  });
  b.charges.forEach((ch, i) => {
    const path = `$.charges[${i}]`;
    checkFact(ch, path);
    const caseId = caseIdOf(ch.case);
    ch.defendants?.forEach((d, j) => {
      const dp = `${path}.defendants[${j}]`;
      checkFact(d, dp, ch.annotations);
      const stored = db?.sqlite
        .prepare("SELECT 1 FROM case_roles WHERE case_id = ? AND entity_id = ? AND role = 'DEFENDANT'")
        .pluck()
        .get(caseId, d.entity);
      if (!defendants.has(`${caseId}|${d.entity}`) && stored === undefined)
        report(`${dp}.entity`, `"${d.entity}" is charged but has no DEFENDANT role in "${ch.case}"`);
    });
  });
  return out;
}
