/**
 * Checks an import bundle: the zod schema first, then what the schema cannot see on its own
 * (unique ids, references that resolve, quotes that are really in their sources, the expected
 * defendants and counts of the seeded cases). Prints every problem with its JSON path and exits
 * non-zero if there is any.
 *
 *   cd packages/schema && node_modules/.bin/tsx ../../seeds/check-bundle.ts ../../seeds/us-v-netyksho/bundle.json
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { type Bundle, type BundleAnnotation, type BundleCitation, bundleSchema } from "../packages/schema/src/bundle/index.ts";
import { describeIssues } from "../packages/schema/src/validators/index.ts";

/** What each seeded case must hold, so a slip in the seed data is caught before it loads. */
const expectations: Record<string, { defendants: number; counts: number }> = {
  "us-v-netyksho": { defendants: 12, counts: 11 },
};

interface Problem {
  path: string;
  message: string;
}

const bundlePath = process.argv[2];
if (!bundlePath) {
  console.error("usage: tsx check-bundle.ts <bundle.json>");
  process.exit(2);
}

const problems: Problem[] = [];
const report = (path: string, message: string) => problems.push({ path, message });

let raw: unknown;
try {
  raw = JSON.parse(readFileSync(bundlePath, "utf8"));
} catch (error) {
  console.error(`${bundlePath}: cannot read the bundle: ${(error as Error).message}`);
  process.exit(1);
}

const parsed = bundleSchema.safeParse(raw);
if (!parsed.success) {
  for (const issue of describeIssues(parsed.error)) report(issue.path, issue.message);
  // The checks below rely on the bundle's shape, so they only run on a bundle the schema accepts.
  finish();
}
const bundle = (parsed as { data: Bundle }).data;
checkBundle(bundle, dirname(resolve(bundlePath)));
finish();

function finish(): never {
  for (const p of problems) console.error(`${p.path}: ${p.message}`);
  if (problems.length > 0) {
    console.error(`\n${problems.length} problem(s) in ${bundlePath}`);
    process.exit(1);
  }
  console.log(`${bundlePath}: OK (${summarize(bundle)})`);
  process.exit(0);
}

function summarize(b: Bundle): string {
  return (["users", "cases", "sources", "entities", "relationships", "events", "charges"] as const)
    .map((key) => `${b[key].length} ${key}`)
    .join(", ");
}

function checkBundle(b: Bundle, baseDir: string): void {
  // Every id, top-level or nested, names one record of the bundle.
  const seen = new Map<string, string>();
  const claimId = (id: string | undefined, path: string) => {
    if (id === undefined) return;
    const first = seen.get(id);
    if (first) report(path, `id "${id}" is already used at ${first}`);
    else seen.set(id, path);
  };

  const users = new Set(b.users.map((u) => u.id));
  const cases = new Set(b.cases.map((c) => c.id));
  const sources = new Map(b.sources.map((s) => [s.id, s]));
  const entities = new Map(b.entities.map((e) => [e.id, e]));

  // Source texts, read once: a source has text inline or in a file beside the bundle.
  const texts = new Map<string, string>();
  b.sources.forEach((source, i) => {
    const path = `$.sources[${i}]`;
    if (source.text != null && source.textFile !== undefined) report(path, "give text or textFile, not both");
    if (source.textFile !== undefined) {
      const file = resolve(baseDir, source.textFile);
      if (!file.startsWith(baseDir + "/")) report(`${path}.textFile`, "textFile must stay inside the bundle's folder");
      else if (!existsSync(file)) report(`${path}.textFile`, `no file at ${file}`);
      else texts.set(source.id, readFileSync(file, "utf8"));
    } else if (source.text != null) {
      texts.set(source.id, source.text);
    }
  });

  const checkRef = (set: { has(id: string): boolean }, id: string | undefined, what: string, path: string) => {
    if (id !== undefined && !set.has(id)) report(path, `${what} "${id}" is not in the bundle`);
  };

  const checkQuote = (
    quote: { exact: string; prefix?: string | undefined; suffix?: string | undefined },
    sourceId: string,
    path: string,
  ) => {
    const text = texts.get(sourceId);
    if (text === undefined) {
      report(path, `source "${sourceId}" has no text, so it is cited by locator, never by quote`);
      return;
    }
    const at: number[] = [];
    for (let i = text.indexOf(quote.exact); i !== -1; i = text.indexOf(quote.exact, i + 1)) at.push(i);
    if (at.length === 0) {
      report(`${path}.exact`, `not found verbatim in "${sourceId}": "${quote.exact}"`);
      return;
    }
    const matching = at.filter(
      (i) =>
        (quote.prefix === undefined || text.slice(0, i).endsWith(quote.prefix)) &&
        (quote.suffix === undefined || text.slice(i + quote.exact.length).startsWith(quote.suffix)),
    );
    if (matching.length === 0) report(path, `prefix/suffix match none of the ${at.length} occurrence(s) in "${sourceId}"`);
    else if (matching.length > 1)
      report(path, `occurs ${matching.length} times in "${sourceId}": add a prefix or suffix that picks one`);
  };

  const checkCitations = (citations: BundleCitation[] | undefined, record: object, path: string) => {
    citations?.forEach((c, i) => {
      const cp = `${path}.citations[${i}]`;
      claimId(c.id, cp);
      if (!sources.has(c.source)) {
        report(`${cp}.source`, `source "${c.source}" is not in the bundle`);
        return;
      }
      if (c.quote) checkQuote(c.quote, c.source, `${cp}.quote`);
      else if (texts.has(c.source)) report(cp, `source "${c.source}" has text: cite it with a quote, not a locator`);
      if (c.field !== undefined && !(c.field in record)) report(`${cp}.field`, `the record has no field "${c.field}"`);
    });
  };

  const checkAnnotations = (annotations: BundleAnnotation[] | undefined, path: string, sourceId?: string) => {
    annotations?.forEach((a, i) => {
      const ap = `${path}.annotations[${i}]`;
      claimId(a.id, ap);
      checkRef(users, a.author, "author", `${ap}.author`);
      if (a.quote) {
        if (sourceId === undefined) report(`${ap}.quote`, "only annotations on a source can quote a passage");
        else checkQuote(a.quote, sourceId, `${ap}.quote`);
      }
      a.replies?.forEach((r, j) => {
        claimId(r.id, `${ap}.replies[${j}]`);
        checkRef(users, r.author, "author", `${ap}.replies[${j}].author`);
      });
    });
  };

  /**
   * Every fact carries status, confidence and at least one citation; an unverified one is
   * low-confidence and has an open "verify" annotation on it or on the record it belongs to; a
   * disputed one (or a disputed field) cites at least two sources, one for each version.
   */
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

  for (const [i, u] of b.users.entries()) claimId(u.id, `$.users[${i}]`);

  b.cases.forEach((c, i) => {
    const path = `$.cases[${i}]`;
    claimId(c.id, path);
    if (c.slug !== c.id) report(`${path}.slug`, `slug "${c.slug}" differs from id "${c.id}"`);
    if (!c.citations?.length) report(path, "cite a source for the case");
    checkCitations(c.citations, c, path);
    checkAnnotations(c.annotations, path);
  });

  b.sources.forEach((s, i) => {
    const path = `$.sources[${i}]`;
    claimId(s.id, path);
    checkAnnotations(s.annotations, path, s.id);
  });

  const rolesByCase = new Map<string, { role: string; position?: number | undefined; entity: string }[]>();
  b.entities.forEach((e, i) => {
    const path = `$.entities[${i}]`;
    claimId(e.id, path);
    checkFact(e, path);
    checkCitations(e.citations, e, path);
    checkAnnotations(e.annotations, path);
    if (e.parent !== undefined) {
      const parent = entities.get(e.parent);
      if (!parent) report(`${path}.parent`, `parent "${e.parent}" is not in the bundle`);
      else if (parent.kind !== "ORGANIZATION") report(`${path}.parent`, `parent "${e.parent}" is not an organization`);
      if (e.kind !== "ORGANIZATION") report(`${path}.parent`, "only organizations have a parent");
    }
    if (!e.roles?.length) report(path, "give the entity a role in a case, or it will not show on any case");
    e.roles?.forEach((r, j) => {
      const rp = `${path}.roles[${j}]`;
      claimId(r.id, rp);
      checkRef(cases, r.case, "case", `${rp}.case`);
      checkFact(r, rp);
      checkCitations(r.citations, r, rp);
      checkAnnotations(r.annotations, rp);
      const list = rolesByCase.get(r.case) ?? [];
      list.push({ role: r.role, position: r.position, entity: e.id });
      rolesByCase.set(r.case, list);
    });
  });

  b.relationships.forEach((r, i) => {
    const path = `$.relationships[${i}]`;
    claimId(r.id, path);
    checkRef(entities, r.subject, "subject", `${path}.subject`);
    checkRef(entities, r.object, "object", `${path}.object`);
    if (r.subject === r.object) report(path, "a relationship joins two different entities");
    checkFact(r, path);
    checkCitations(r.citations, r, path);
    checkAnnotations(r.annotations, path);
  });

  b.events.forEach((ev, i) => {
    const path = `$.events[${i}]`;
    claimId(ev.id, path);
    checkRef(cases, ev.case, "case", `${path}.case`);
    if (ev.place !== undefined) {
      const place = entities.get(ev.place);
      if (!place) report(`${path}.place`, `place "${ev.place}" is not in the bundle`);
      else if (place.kind !== "PLACE") report(`${path}.place`, `"${ev.place}" is not a place`);
    }
    checkFact(ev, path);
    checkCitations(ev.citations, ev, path);
    checkAnnotations(ev.annotations, path);
    ev.participants?.forEach((p, j) => {
      const pp = `${path}.participants[${j}]`;
      claimId(p.id, pp);
      checkRef(entities, p.entity, "entity", `${pp}.entity`);
      checkFact(p, pp, ev.annotations);
      checkCitations(p.citations, p, pp);
      checkAnnotations(p.annotations, pp);
    });
  });

  const countsByCase = new Map<string, number[]>();
  const defendantsByCount = new Map<string, string[]>();
  b.charges.forEach((ch, i) => {
    const path = `$.charges[${i}]`;
    claimId(ch.id, path);
    checkRef(cases, ch.case, "case", `${path}.case`);
    checkFact(ch, path);
    checkCitations(ch.citations, ch, path);
    checkAnnotations(ch.annotations, path);
    const counts = countsByCase.get(ch.case) ?? [];
    counts.push(ch.countNumber);
    countsByCase.set(ch.case, counts);
    const linked = new Set<string>();
    ch.defendants?.forEach((d, j) => {
      const dp = `${path}.defendants[${j}]`;
      claimId(d.id, dp);
      checkRef(entities, d.entity, "entity", `${dp}.entity`);
      if (linked.has(d.entity)) report(`${dp}.entity`, `"${d.entity}" is already a defendant on this count`);
      linked.add(d.entity);
      checkFact(d, dp, ch.annotations);
      checkCitations(d.citations, d, dp);
      checkAnnotations(d.annotations, dp);
    });
    defendantsByCount.set(`${ch.case}#${ch.countNumber}`, [...linked]);
  });

  // Each charge's defendants must be defendants of the case.
  for (const [key, linked] of defendantsByCount) {
    const caseId = key.slice(0, key.indexOf("#"));
    const caseDefendants = new Set((rolesByCase.get(caseId) ?? []).filter((r) => r.role === "DEFENDANT").map((r) => r.entity));
    for (const entity of linked) {
      if (!caseDefendants.has(entity)) report(`count ${key}`, `"${entity}" is charged but has no DEFENDANT role in "${caseId}"`);
    }
  }

  const folderCase = basename(baseDir);
  for (const [caseId, expected] of Object.entries(expectations)) {
    if (!cases.has(caseId)) {
      if (caseId === folderCase) report("$.cases", `the case "${caseId}" is missing`);
      continue;
    }
    const defendants = (rolesByCase.get(caseId) ?? []).filter((r) => r.role === "DEFENDANT");
    if (defendants.length !== expected.defendants)
      report(`case ${caseId}`, `expected ${expected.defendants} defendants, found ${defendants.length}`);
    const positions = defendants.map((d) => d.position).sort((x, y) => (x ?? 0) - (y ?? 0));
    const wantedPositions = Array.from({ length: expected.defendants }, (_, k) => k + 1);
    if (JSON.stringify(positions) !== JSON.stringify(wantedPositions))
      report(`case ${caseId}`, `defendant positions are ${JSON.stringify(positions)}, expected 1..${expected.defendants}`);
    const counts = (countsByCase.get(caseId) ?? []).sort((x, y) => x - y);
    const wantedCounts = Array.from({ length: expected.counts }, (_, k) => k + 1);
    if (JSON.stringify(counts) !== JSON.stringify(wantedCounts))
      report(`case ${caseId}`, `counts are ${JSON.stringify(counts)}, expected each of 1..${expected.counts} once`);
  }
}
