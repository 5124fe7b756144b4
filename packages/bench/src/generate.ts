/**
 * Deterministic synthetic data for Casefile at any scale: the same (scale, seed) always gives the
 * same rows. Entities of every kind with names, aliases and descriptions; relationships whose
 * ends are drawn from a power law (a few hubs with thousands of links, most entities with a
 * handful); cases with defendants, victims, charges and counts; events with participants;
 * sources with paragraphs of text; citations anchored in that text (TextQuote + TextPosition,
 * as the bundle loader would record them); annotations with reply threads.
 *
 * Rows come out in batches (camelCase, the bulk importer's input), parents before children, so
 * memory stays bounded whatever the scale.
 */
import type { BulkBatch } from "@casefile/db";
import { mix, Random, scatter } from "./random.js";

export interface Scale {
  entities: number;
  relationships: number;
}

export interface GenerateOptions extends Scale {
  seed: number;
  /** Entities per bulk batch (one transaction each). */
  entityBatch?: number;
  /** Rows per batch for the other tables. */
  rowBatch?: number;
}

/** Bump when the generated data changes, so cached databases are rebuilt. */
export const GENERATOR_VERSION = 2;

export interface Phase {
  name: string;
  batch: BulkBatch;
}

/** What the benchmark needs to know about the data: ids and terms to rotate through. */
export interface Samples {
  /** Local ids of entities with relationships, events, charges and citations (defendants). */
  entityPageIds: string[];
  /** Local ids of entities for graph neighborhoods (defendants and others). */
  graphIds: string[];
  /** Type-ahead name prefixes for the directory. */
  namePrefixes: string[];
  /** Search terms: whole words and prefixes. */
  searchTerms: string[];
  /**
   * Search terms by query class (names, prefixes being typed, common words, rare words, typos,
   * multi-word cross-field), one benchmark workload each. Absent in builds made before it.
   */
  searchClasses?: Record<string, string[]>;
  /** One-month timeline windows ["YYYY-MM", "YYYY-MM"]. */
  timelineRanges: [string, string][];
}

export interface Counts {
  [table: string]: number;
}

const ENTITY_KINDS = ["PERSON", "ORGANIZATION", "ONLINE_PERSONA", "PLACE", "ARTIFACT"] as const;
type Kind = (typeof ENTITY_KINDS)[number];
const STATUSES = [
  ["ALLEGED", 50],
  ["REPORTED", 20],
  ["CONFIRMED", 15],
  ["UNVERIFIED", 10],
  ["DISPUTED", 4],
  ["REFUTED", 1],
] as const;

const pad = (n: number, width = 8) => String(n).padStart(width, "0");
export const entityId = (i: number) => `ent-${pad(i)}`;
const relationshipId = (i: number) => `rel-${pad(i)}`;
const caseId = (c: number) => `case-${pad(c, 5)}`;
const sourceId = (s: number) => `src-${pad(s, 6)}`;
const eventId = (v: number) => `evt-${pad(v)}`;
const userId = (u: number) => `user-bench-${pad(u, 2)}`;

/** The kind of entity i, from its index alone (55% people, 20% organizations...). */
export function kindOf(i: number): Kind {
  const r = mix(i, 1) % 100;
  return r < 55 ? "PERSON" : r < 75 ? "ORGANIZATION" : r < 85 ? "ONLINE_PERSONA" : r < 93 ? "PLACE" : "ARTIFACT";
}

// ---------------------------------------------------------------- vocabulary

const ONSETS = [
  "b",
  "d",
  "g",
  "k",
  "l",
  "m",
  "n",
  "p",
  "r",
  "s",
  "t",
  "v",
  "z",
  "ch",
  "sh",
  "zh",
  "kr",
  "gr",
  "st",
  "br",
  "dr",
  "tr",
  "sl",
  "pl",
  "y",
  "f",
  "h",
];
const VOWELS = ["a", "e", "i", "o", "u", "ya", "ie", "ai", "ou"];
const CODAS = ["", "", "", "n", "r", "l", "s", "k", "v", "m"];
const SURNAME_ENDINGS = ["ov", "ev", "in", "enko", "sky", "uk", "son", "er", "ski", "ich", "man", "berg", "ova", "ina", ""];

const WORDS = (
  "intrusion network server account credential password email phishing spearphishing malware implant " +
  "tunnel proxy domain registration bitcoin payment transfer leak release document archive campaign " +
  "election committee party candidate official agency unit officer directorate operation target victim " +
  "journalist indictment court filing statement evidence persona website platform hosting infrastructure " +
  "cluster botnet exploit vulnerability firmware payload beacon command control exfiltration storage " +
  "meeting contract shipment invoice company subsidiary director shareholder offshore bank wallet " +
  "sanctions ministry embassy consulate border customs cargo vessel aircraft satellite telemetry"
).split(" ");

const TITLES = ["Officer", "Lieutenant", "Captain", "Major", "Colonel", "Director", "Analyst", "Engineer", "Manager", "Adviser"];
const ORG_SUFFIXES = ["Holdings", "Group", "LLC", "Ltd", "Logistics", "Systems", "Trading", "Consulting", "Media", "Foundation"];
const ORG_KINDS = [
  "INTELLIGENCE_AGENCY",
  "MILITARY_UNIT",
  "POLITICAL_PARTY",
  "CAMPAIGN",
  "COMPANY",
  "GOVERNMENT_BODY",
  "MEDIA",
  "OTHER",
] as const;
const COUNTRIES = [
  "Russia",
  "United States",
  "Ukraine",
  "Germany",
  "France",
  "Netherlands",
  "Latvia",
  "Cyprus",
  "Malaysia",
  "Romania",
  "Estonia",
  "Finland",
];
const PLATFORMS = ["Twitter", "WordPress", "Facebook", "Telegram", "Reddit", "GitHub", "Medium", "VK"];
const ARTIFACT_WORDS = ["Agent", "Tunnel", "Loader", "Keylogger", "Dropper", "Relay", "Vault", "Scanner", "Shell", "Beacon"];
const EVENT_KINDS = [
  "INTRUSION",
  "SPEARPHISHING",
  "DATA_RELEASE",
  "REGISTRATION",
  "LEGAL_FILING",
  "ANNOUNCEMENT",
  "MEETING",
  "OTHER",
] as const;
const SOURCE_KINDS = ["NEWS_ARTICLE", "COURT_FILING", "PRESS_RELEASE", "REPORT", "OTHER"] as const;
const PUBLISHERS = [
  "The Courier",
  "Daily Ledger",
  "Department of Justice",
  "Northwind Research",
  "Civic Post",
  "Metro Tribune",
  "Open Records Project",
];

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function syllableWord(r: Random, syllables: number): string {
  let w = "";
  for (let s = 0; s < syllables; s++) w += r.pick(ONSETS) + r.pick(VOWELS) + (s === syllables - 1 ? r.pick(CODAS) : "");
  return w;
}

/** Name pools shared by all phases (built from their own stream, so identical across runs). */
class Vocabulary {
  readonly surnames: string[];
  readonly givenNames: string[];
  readonly placeNames: string[];
  /** Content words by rank: the domain words first, then 20,000 invented ones. */
  readonly words: string[];
  /** Cumulative Zipf weights over `words` (s = 1.07), for drawing words as real text does. */
  private readonly cumulative: Float64Array;
  constructor(seed: number) {
    const r = new Random(seed, "vocabulary");
    const unique = (count: number, make: () => string) => {
      const set = new Set<string>();
      for (let tries = 0; set.size < count && tries < count * 20; tries++) set.add(make());
      return [...set];
    };
    this.surnames = unique(20_000, () => capitalize(syllableWord(r, r.range(2, 3)) + r.pick(SURNAME_ENDINGS)));
    this.givenNames = unique(800, () => capitalize(syllableWord(r, r.range(2, 3))));
    this.placeNames = unique(5_000, () => capitalize(syllableWord(r, r.range(2, 4))));
    const invented = unique(20_000, () => syllableWord(r, r.range(2, 4)));
    this.words = [...new Set([...WORDS, ...invented])];
    this.cumulative = new Float64Array(this.words.length);
    let total = 0;
    for (let k = 0; k < this.words.length; k++) this.cumulative[k] = total += 1 / (k + 10) ** 1.07;
    for (let k = 0; k < this.words.length; k++) (this.cumulative as Float64Array)[k] = (this.cumulative[k] as number) / total;
  }

  /** A word drawn from the Zipf distribution: a few common words, a long tail of rare ones. */
  word(r: Random): string {
    const u = r.next();
    let lo = 0;
    let hi = this.words.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] as number) < u) lo = mid + 1;
      else hi = mid;
    }
    return this.words[lo] as string;
  }
}

let vocabulary: Vocabulary | null = null;

function sentence(r: Random, names: string[]): string {
  const words: string[] = [];
  const length = r.range(8, 18);
  for (let i = 0; i < length; i++) {
    if (names.length > 0 && r.chance(0.12)) words.push(r.pick(names));
    else words.push((vocabulary as Vocabulary).word(r));
  }
  const first = words[0] as string;
  words[0] = capitalize(first);
  return `${words.join(" ")}.`;
}

function partialDateIn(r: Random, fromYear: number, toYear: number): string {
  const year = r.range(fromYear, toYear);
  const precision = r.weighted([
    ["DAY", 70],
    ["MONTH", 22],
    ["YEAR", 8],
  ] as const);
  if (precision === "YEAR") return String(year);
  const month = String(r.range(1, 12)).padStart(2, "0");
  if (precision === "MONTH") return `${year}-${month}`;
  return `${year}-${month}-${String(r.range(1, 28)).padStart(2, "0")}`;
}

function rangeOf(date: string): { start: string; end: string; precision: "YEAR" | "MONTH" | "DAY" } {
  if (date.length === 4) return { start: `${date}-01-01`, end: `${date}-12-31`, precision: "YEAR" };
  if (date.length === 7) {
    const [y, m] = date.split("-").map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { start: `${date}-01`, end: `${date}-${String(last).padStart(2, "0")}`, precision: "MONTH" };
  }
  return { start: date, end: date, precision: "DAY" };
}

// ---------------------------------------------------------------- the generator

interface CaseShape {
  id: string;
  defendants: number[];
  victims: number[];
  unit: number;
}

interface SourceText {
  id: string;
  text: string;
  /** [start, end) of each sentence. */
  sentences: [number, number][];
}

/**
 * Produces the data as a sequence of batches. The generator keeps only what later phases need
 * (case shapes, source texts): a few tens of MB at a million entities.
 */
export class DataGenerator {
  readonly vocabulary: Vocabulary;
  readonly counts: Counts = {};
  readonly samples: Samples = { entityPageIds: [], graphIds: [], namePrefixes: [], searchTerms: [], timelineRanges: [] };
  private readonly cases: CaseShape[] = [];
  private readonly sources: SourceText[] = [];
  private readonly scatterEntities: (i: number) => number;
  private readonly caseCount: number;
  private readonly sourceCount: number;
  private readonly eventCount: number;
  private readonly userCount = 20;
  private citationSeq = 0;
  private annotationSeq = 0;
  private readonly entityBatch: number;
  private readonly rowBatch: number;

  constructor(readonly options: GenerateOptions) {
    this.vocabulary = new Vocabulary(options.seed);
    vocabulary = this.vocabulary;
    this.scatterEntities = scatter(options.entities);
    this.caseCount = Math.max(1, Math.round(options.entities / 1000));
    this.sourceCount = Math.max(20, Math.round(options.entities / 100));
    this.eventCount = Math.max(50, Math.round(options.entities / 5));
    this.entityBatch = options.entityBatch ?? 50_000;
    this.rowBatch = options.rowBatch ?? 100_000;
  }

  private count(table: string, n: number) {
    this.counts[table] = (this.counts[table] ?? 0) + n;
  }

  /** Display name of entity i (derived from i alone, so any phase can name any entity). */
  nameOf(i: number): string {
    const v = this.vocabulary;
    const h = mix(i, 2);
    const h2 = mix(i, 3);
    switch (kindOf(i)) {
      case "PERSON":
        return `${v.givenNames[h % v.givenNames.length]} ${v.surnames[h2 % v.surnames.length]}`;
      case "ORGANIZATION":
        return h % 10 === 0
          ? `Unit ${10000 + (h2 % 90000)}`
          : `${v.surnames[h2 % v.surnames.length]} ${ORG_SUFFIXES[h % ORG_SUFFIXES.length]}`;
      case "ONLINE_PERSONA":
        return `${v.placeNames[h2 % v.placeNames.length]?.toLowerCase()}${h % 1000}`;
      case "PLACE":
        return v.placeNames[h2 % v.placeNames.length] as string;
      case "ARTIFACT":
        return `${v.placeNames[h2 % v.placeNames.length]}-${ARTIFACT_WORDS[h % ARTIFACT_WORDS.length]}`;
    }
  }

  /** A random entity of the wanted kind (uniform over indexes). */
  private entityOfKind(r: Random, kind: Kind): number {
    for (;;) {
      const i = r.int(this.options.entities);
      if (kindOf(i) === kind) return i;
    }
  }

  /** Everything, in batches, parents first. */
  *phases(): Generator<Phase> {
    yield* this.usersCasesSources();
    yield* this.entities();
    yield* this.caseStructure();
    yield* this.relationships();
    yield* this.events();
    yield* this.provenance();
    this.finishSamples();
  }

  private *usersCasesSources(): Generator<Phase> {
    const r = new Random(this.options.seed, "cases");
    const users = Array.from({ length: this.userCount }, (_, u) => ({
      id: userId(u),
      email: `editor${u}@bench.example`,
      name: `Editor ${this.vocabulary.givenNames[u]} ${this.vocabulary.surnames[u]}`,
      role: u === 0 ? "ADMIN" : "EDITOR",
    }));
    const cases = [];
    for (let c = 0; c < this.caseCount; c++) {
      const defendants = Array.from({ length: r.range(3, 12) }, () => this.entityOfKind(r, "PERSON"));
      const uniqueDefendants = [...new Set(defendants)];
      const victims = [...new Set(Array.from({ length: r.range(1, 4) }, () => this.entityOfKind(r, "ORGANIZATION")))];
      const unit = this.entityOfKind(r, "ORGANIZATION");
      this.cases.push({ id: caseId(c), defendants: uniqueDefendants, victims, unit });
      const lead = this.nameOf(uniqueDefendants[0] as number);
      const filed = partialDateIn(r, 2012, 2024);
      cases.push({
        id: caseId(c),
        slug: `bench-case-${c + 1}`,
        caption: `United States v. ${lead} et al.`,
        shortTitle: `U.S. v. ${lead.split(" ").at(-1)}`,
        docketNumber: `1:${String(r.range(10, 24))}-cr-${String(r.range(100, 999))}`,
        court: "District Court",
        jurisdiction: "Federal",
        status: r.pick(["INVESTIGATION", "INDICTED", "PRE_ARREST", "TRIAL", "CONVICTED", "DISMISSED"]),
        filedDate: filed,
        filedDatePrecision: rangeOf(filed).precision,
        summary: `${sentence(r, [lead])} ${sentence(r, [])}`,
      });
    }
    const sources = [];
    for (let s = 0; s < this.sourceCount; s++) {
      const names = Array.from({ length: 6 }, () => this.nameOf(r.int(this.options.entities)));
      let text = "";
      const sentences: [number, number][] = [];
      const paragraphs = r.range(4, 8);
      for (let p = 0; p < paragraphs; p++) {
        if (p > 0) text += "\n\n";
        const count = r.range(3, 6);
        for (let k = 0; k < count; k++) {
          if (k > 0) text += " ";
          const line = sentence(r, names);
          sentences.push([text.length, text.length + line.length]);
          text += line;
        }
      }
      this.sources.push({ id: sourceId(s), text, sentences });
      const published = partialDateIn(r, 2014, 2024);
      sources.push({
        id: sourceId(s),
        kind: r.pick(SOURCE_KINDS),
        title: `${capitalize(r.pick(WORDS))} ${r.pick(WORDS)} involving ${names[0]}`,
        publisher: r.pick(PUBLISHERS),
        author: `${this.vocabulary.givenNames[s % 800]} ${this.vocabulary.surnames[(s * 7) % 20000]}`,
        url: `https://news.example/${s}`,
        publishedDate: published,
        publishedDatePrecision: rangeOf(published).precision,
        description: sentence(r, []),
        text,
      });
    }
    this.count("users", users.length);
    this.count("cases", cases.length);
    this.count("sources", sources.length);
    yield { name: "users, cases, sources", batch: { users, cases, sources } };
  }

  private *entities(): Generator<Phase> {
    const total = this.options.entities;
    for (let start = 0; start < total; start += this.entityBatch) {
      const end = Math.min(total, start + this.entityBatch);
      const r = new Random(this.options.seed, `entities:${start}`);
      const rows: Record<string, unknown>[] = new Array(end - start);
      for (let i = start; i < end; i++) {
        const kind = kindOf(i);
        const name = this.nameOf(i);
        const aliases: string[] = [];
        const aliasCount = r.weighted([
          [0, 40],
          [1, 35],
          [2, 18],
          [3, 7],
        ] as const);
        for (let a = 0; a < aliasCount; a++) {
          if (kind === "PERSON") {
            const parts = name.split(" ");
            aliases.push(
              a === 0
                ? `${parts[0]?.charAt(0)}. ${parts[1]}`
                : a === 1
                  ? (parts[1] ?? "").replace(/v$/, "ff").replace(/ov/, "off") + ` ${parts[0]}`
                  : `${r.pick(WORDS)}${r.range(1, 99)}`,
            );
          } else {
            aliases.push(`${capitalize(r.pick(WORDS))} ${capitalize(syllableWord(r, 2))}`);
          }
        }
        const row: Record<string, unknown> = {
          id: entityId(i),
          kind,
          name,
          aliases,
          description: r.chance(0.8) ? sentence(r, []) : null,
          status: r.weighted(STATUSES),
          confidence: r.range(20, 95),
        };
        switch (kind) {
          case "PERSON":
            row.rank = r.chance(0.3) ? r.pick(TITLES) : null;
            row.position = r.chance(0.4) ? `${r.pick(TITLES)} of ${r.pick(WORDS)}` : null;
            row.nationality = r.pick(COUNTRIES);
            if (r.chance(0.5)) {
              const birth = partialDateIn(r, 1950, 1998);
              row.birthDate = birth;
              row.birthDatePrecision = rangeOf(birth).precision;
            }
            if (r.chance(0.05)) row.fieldStatuses = { rank: { status: "UNVERIFIED", confidence: 30 } };
            break;
          case "ORGANIZATION":
            row.organizationKind = name.startsWith("Unit ") ? "MILITARY_UNIT" : r.pick(ORG_KINDS);
            row.country = r.pick(COUNTRIES);
            // Parents point to earlier entities only (they are already written).
            if (i > 0 && r.chance(0.1)) {
              const parent = r.skewed(i, 2);
              if (kindOf(parent) === "ORGANIZATION") row.parentId = entityId(parent);
            }
            break;
          case "ONLINE_PERSONA":
            row.personaKind = r.chance(0.3) ? "WEBSITE" : "ACCOUNT";
            row.platform = r.pick(PLATFORMS);
            row.url = `https://${name}.example`;
            break;
          case "PLACE":
            row.placeKind = r.pick(["COUNTRY", "REGION", "CITY", "ADDRESS", "OTHER"]);
            row.country = r.pick(COUNTRIES);
            break;
          case "ARTIFACT":
            row.artifactKind = r.pick(["MALWARE", "TOOL", "WEBSITE", "DATASET", "OTHER"]);
            break;
        }
        rows[i - start] = row;
      }
      this.count("entities", rows.length);
      yield { name: "entities", batch: { entities: rows } };
    }
  }

  /** Case roles, charges and defendants' links, and each defendant's membership of the case's unit. */
  private *caseStructure(): Generator<Phase> {
    const r = new Random(this.options.seed, "structure");
    const roles: Record<string, unknown>[] = [];
    const charges: Record<string, unknown>[] = [];
    const links: Record<string, unknown>[] = [];
    const citations: Record<string, unknown>[] = [];
    const statutes = ["18 U.S.C. § 371", "18 U.S.C. § 1030", "18 U.S.C. § 1028A", "18 U.S.C. § 1956(h)", "18 U.S.C. § 1343"];
    const titles = [
      "Conspiracy to commit an offense",
      "Computer fraud",
      "Aggravated identity theft",
      "Conspiracy to launder money",
      "Wire fraud",
    ];
    for (const shape of this.cases) {
      const seen = new Set<string>();
      const role = (entity: number, kind: string, position: number) => {
        const id = `role-${shape.id}-${entityId(entity)}-${kind.toLowerCase()}`;
        if (seen.has(id)) return;
        seen.add(id);
        roles.push({ id, caseId: shape.id, entityId: entityId(entity), role: kind, position, status: "ALLEGED", confidence: 80 });
      };
      for (const [p, d] of shape.defendants.entries()) role(d, "DEFENDANT", p);
      for (const [p, v] of shape.victims.entries()) role(v, "VICTIM", p);
      role(shape.unit, "OTHER", 0);
      const counts = r.range(3, 10);
      for (let n = 1; n <= counts; n++) {
        const t = (n - 1) % titles.length;
        const chargeId = `chg-${shape.id}-${n}`;
        charges.push({
          id: chargeId,
          caseId: shape.id,
          countNumber: n,
          title: titles[t],
          statute: statutes[t],
          description: sentence(r, []),
          status: "CONFIRMED",
          confidence: 95,
        });
        citations.push(this.citation(r, "CHARGE", chargeId));
        for (const d of shape.defendants) {
          if (n === 1 || r.chance(0.5)) {
            const linkId = `cd-${chargeId}-${entityId(d)}`;
            links.push({ id: linkId, chargeId, entityId: entityId(d), status: "ALLEGED", confidence: 70 });
            citations.push(this.citation(r, "CHARGE_DEFENDANT", linkId));
          }
        }
      }
    }
    this.count("case_roles", roles.length);
    this.count("charges", charges.length);
    this.count("charge_defendants", links.length);
    this.count("citations", citations.length);
    yield { name: "case roles and charges", batch: { case_roles: roles, charges, charge_defendants: links, citations } };
  }

  private predicateFor(r: Random, subject: Kind, object: Kind): string {
    if (subject === "PERSON" && object === "ORGANIZATION") return r.pick(["MEMBER_OF", "EMPLOYED_BY", "MEMBER_OF", "COMMANDS"]);
    if (subject === "PERSON" && object === "PERSON") return r.pick(["COMMUNICATED_WITH", "ASSOCIATED_WITH"]);
    if (subject === "ORGANIZATION" && object === "ORGANIZATION") return r.pick(["PART_OF", "ASSOCIATED_WITH"]);
    if (object === "ONLINE_PERSONA") return subject === "ONLINE_PERSONA" ? "ALIAS_OF" : "OPERATES";
    if (object === "ARTIFACT") return r.pick(["OPERATES", "ASSOCIATED_WITH"]);
    if (object === "PLACE") return "ASSOCIATED_WITH";
    return r.pick(["TARGETED", "ASSOCIATED_WITH", "COMMUNICATED_WITH"]);
  }

  private *relationships(): Generator<Phase> {
    const total = this.options.relationships;
    const n = this.options.entities;
    let seq = 0;
    // Each defendant is a member of the case's unit (these count towards the total).
    const fixed: Record<string, unknown>[] = [];
    for (const shape of this.cases) {
      for (const d of shape.defendants) {
        if (seq >= total) break;
        fixed.push({
          id: relationshipId(seq++),
          subjectId: entityId(d),
          predicate: "MEMBER_OF",
          objectId: entityId(shape.unit),
          status: "ALLEGED",
          confidence: 75,
          startDate: "2016",
          startDatePrecision: "YEAR",
        });
      }
    }
    let pending = fixed;
    while (seq < total || pending.length > 0) {
      const r = new Random(this.options.seed, `relationships:${seq}`);
      const rows = pending;
      pending = [];
      const end = Math.min(total, seq + this.rowBatch - rows.length);
      for (; seq < end; seq++) {
        // Subjects mildly skewed, objects strongly: organizations and hubs collect many links.
        const s = this.scatterEntities(r.skewed(n, 1.4));
        let o = this.scatterEntities(r.skewed(n, 2.6));
        if (o === s) o = (o + 1) % n;
        if (o === s) continue; // a single-entity dataset has no pairs
        const row: Record<string, unknown> = {
          id: relationshipId(seq),
          subjectId: entityId(s),
          predicate: this.predicateFor(r, kindOf(s), kindOf(o)),
          objectId: entityId(o),
          status: r.weighted(STATUSES),
          confidence: r.range(20, 95),
        };
        if (r.chance(0.4)) {
          const start = partialDateIn(r, 2005, 2020);
          row.startDate = start;
          row.startDatePrecision = rangeOf(start).precision;
        }
        if (r.chance(0.25)) row.description = sentence(r, []);
        rows.push(row);
      }
      this.count("relationships", rows.length);
      yield { name: "relationships", batch: { relationships: rows } };
    }
  }

  private *events(): Generator<Phase> {
    const n = this.options.entities;
    const total = this.eventCount;
    const perBatch = Math.max(1000, Math.floor(this.rowBatch / 4));
    for (let start = 0; start < total; start += perBatch) {
      const end = Math.min(total, start + perBatch);
      const r = new Random(this.options.seed, `events:${start}`);
      const events: Record<string, unknown>[] = [];
      const participants: Record<string, unknown>[] = [];
      for (let v = start; v < end; v++) {
        const shape = this.cases[v % this.cases.length] as CaseShape;
        const date = partialDateIn(r, 2010, 2024);
        const range = rangeOf(date);
        const kind = r.pick(EVENT_KINDS);
        const id = eventId(v);
        let place: number | null = null;
        if (r.chance(0.4)) {
          const p = this.scatterEntities(r.skewed(n, 2));
          if (kindOf(p) === "PLACE") place = p;
        }
        const row: Record<string, unknown> = {
          id,
          caseId: shape.id,
          title: `${capitalize(kind.toLowerCase().replace("_", " "))}: ${r.pick(WORDS)} ${r.pick(WORDS)}`,
          kind,
          date,
          datePrecision: range.precision,
          rangeStart: range.start,
          rangeEnd: range.end,
          placeId: place === null ? null : entityId(place),
          description: r.chance(0.7) ? sentence(r, []) : null,
          status: r.weighted(STATUSES),
          confidence: r.range(30, 95),
        };
        if (r.chance(0.1)) {
          const endDate = `${Number(range.end.slice(0, 4)) + 1}`;
          row.endDate = endDate;
          row.endDatePrecision = "YEAR";
          row.rangeEnd = `${endDate}-12-31`;
        }
        events.push(row);
        const seen = new Set<string>();
        const take = (entity: number, role: string) => {
          const key = `${entity}:${role}`;
          if (seen.has(key)) return;
          seen.add(key);
          participants.push({
            id: `par-${id}-${seen.size}`,
            eventId: id,
            entityId: entityId(entity),
            role,
            status: "ALLEGED",
            confidence: 60,
          });
        };
        take(r.pick(shape.defendants), "ACTOR");
        if (r.chance(0.5)) take(r.pick(shape.defendants), "ACTOR");
        if (r.chance(0.6)) take(r.pick(shape.victims), r.chance(0.5) ? "TARGET" : "VICTIM");
        const extra = r.range(0, 2);
        for (let k = 0; k < extra; k++) take(this.scatterEntities(r.skewed(n, 1.6)), "SUBJECT");
      }
      this.count("events", events.length);
      this.count("event_participants", participants.length);
      yield { name: "events", batch: { events, event_participants: participants } };
    }
  }

  private citation(r: Random, targetType: string, targetId: string, field: string | null = null): Record<string, unknown> {
    const source = this.sources[r.int(this.sources.length)] as SourceText;
    const [start, end] = r.pick(source.sentences);
    return {
      id: `cit-${pad(this.citationSeq++, 9)}`,
      sourceId: source.id,
      targetType,
      targetId,
      field,
      exact: source.text.slice(start, end),
      prefix: source.text.slice(Math.max(0, start - 32), start),
      suffix: source.text.slice(end, end + 32),
      startOffset: start,
      endOffset: end,
      isOrphaned: false,
      createdById: r.chance(0.5) ? userId(r.int(this.userCount)) : null,
    };
  }

  private annotation(r: Random, targetType: string, targetId: string, caseId: string | null, parentId: string | null = null) {
    const tags = parentId ? [] : r.chance(0.5) ? [r.pick(["verify", "source-needed", "translation", "follow-up", "legal"])] : [];
    return {
      id: `ann-${pad(this.annotationSeq++, 9)}`,
      targetType,
      targetId,
      caseId,
      parentId,
      authorId: userId(r.int(this.userCount)),
      body: `${sentence(r, [])} ${r.chance(0.5) ? sentence(r, []) : ""}`.trim(),
      tags,
      status: parentId ? "OPEN" : r.chance(0.3) ? "RESOLVED" : "OPEN",
    };
  }

  /** Citations and annotations on entities, roles, charges, relationships and events. */
  private *provenance(): Generator<Phase> {
    const n = this.options.entities;
    let citations: Record<string, unknown>[] = [];
    let annotations: Record<string, unknown>[] = [];
    const flush = function* (this: DataGenerator, force: boolean): Generator<Phase> {
      if (citations.length + annotations.length >= this.rowBatch || (force && citations.length + annotations.length > 0)) {
        this.count("citations", citations.length);
        this.count("annotations", annotations.length);
        yield { name: "citations and annotations", batch: { citations, annotations } };
        citations = [];
        annotations = [];
      }
    }.bind(this);

    // The cases' own records: every defendant, role, count and defendant link is cited.
    const r = new Random(this.options.seed, "provenance:cases");
    for (const shape of this.cases) {
      citations.push(this.citation(r, "CASE", shape.id));
      for (const d of shape.defendants) {
        citations.push(this.citation(r, "ENTITY", entityId(d)));
        if (r.chance(0.5)) citations.push(this.citation(r, "ENTITY", entityId(d), "rank"));
        citations.push(this.citation(r, "CASE_ROLE", `role-${shape.id}-${entityId(d)}-defendant`));
        if (r.chance(0.3)) {
          const a = this.annotation(r, "ENTITY", entityId(d), shape.id);
          annotations.push(a);
          if (r.chance(0.5)) annotations.push(this.annotation(r, "ENTITY", entityId(d), shape.id, a.id));
        }
      }
    }
    yield* flush(false);

    // Entities: about a third cited, one in twenty annotated.
    for (let start = 0; start < n; start += this.entityBatch) {
      const re = new Random(this.options.seed, `provenance:entities:${start}`);
      const end = Math.min(n, start + this.entityBatch);
      for (let i = start; i < end; i++) {
        if (re.chance(0.3)) citations.push(this.citation(re, "ENTITY", entityId(i)));
        if (re.chance(0.05)) {
          const a = this.annotation(re, "ENTITY", entityId(i), null);
          annotations.push(a);
          if (re.chance(0.2)) annotations.push(this.annotation(re, "ENTITY", entityId(i), null, a.id));
        }
      }
      yield* flush(false);
    }
    // Relationships: one in ten cited.
    const rels = this.counts.relationships ?? 0;
    for (let start = 0; start < rels; start += this.rowBatch) {
      const rr = new Random(this.options.seed, `provenance:relationships:${start}`);
      const end = Math.min(rels, start + this.rowBatch);
      for (let k = start; k < end; k++) if (rr.chance(0.1)) citations.push(this.citation(rr, "RELATIONSHIP", relationshipId(k)));
      yield* flush(false);
    }
    // Events: half cited.
    for (let start = 0; start < this.eventCount; start += this.rowBatch) {
      const rv = new Random(this.options.seed, `provenance:events:${start}`);
      const end = Math.min(this.eventCount, start + this.rowBatch);
      for (let v = start; v < end; v++) if (rv.chance(0.5)) citations.push(this.citation(rv, "EVENT", eventId(v)));
      yield* flush(false);
    }
    yield* flush(true);
  }

  private finishSamples() {
    const r = new Random(this.options.seed, "samples");
    const defendants = [...new Set(this.cases.flatMap((c) => c.defendants))];
    // Shuffle (deterministically) and keep up to 2000.
    for (let i = defendants.length - 1; i > 0; i--) {
      const j = r.int(i + 1);
      [defendants[i], defendants[j]] = [defendants[j] as number, defendants[i] as number];
    }
    this.samples.entityPageIds = defendants.slice(0, 2000).map(entityId);
    const others = Array.from({ length: 1000 }, () => r.int(this.options.entities));
    this.samples.graphIds = [...defendants.slice(0, 1000), ...others].map(entityId);
    const prefixes = new Set<string>();
    const terms = new Set<string>();
    for (const d of defendants.slice(0, 500)) {
      const surname = this.nameOf(d).split(" ").at(-1) as string;
      prefixes.add(surname.slice(0, 4).toLowerCase());
      terms.add(surname.toLowerCase());
    }
    // Terms as people type them: names (whole, or a 5-letter prefix while typing), domain words
    // (the vocabulary's most frequent ranks: thousands of matches at scale) and rarer words.
    const words = this.vocabulary.words;
    for (let k = 0; k < 100; k++) {
      const place = r.pick(this.vocabulary.placeNames);
      terms.add(place.slice(0, 5).toLowerCase());
      terms.add(r.pick(WORDS));
      const rare = words[r.range(200, Math.min(words.length - 1, 5000))] as string;
      terms.add(k % 2 === 0 ? rare : rare.slice(0, Math.max(4, rare.length - 2)));
    }
    this.samples.namePrefixes = [...prefixes];
    this.samples.searchTerms = [...terms];
    // The same kinds of terms, by class, plus typos and name-and-topic queries.
    const classes = {
      names: new Set<string>(),
      prefixes: new Set<string>(),
      "common words": new Set<string>(),
      "rare words": new Set<string>(),
      typos: new Set<string>(),
      "cross-field": new Set<string>(),
    };
    for (const d of defendants.slice(0, 200)) {
      const name = this.nameOf(d).toLowerCase();
      const surname = name.split(" ").at(-1) as string;
      classes.names.add(r.chance(0.5) ? surname : name);
      // Type-ahead on every word: "jo smi" for "John Smith".
      classes.prefixes.add(
        name
          .split(" ")
          .map((w) => w.slice(0, Math.max(2, Math.min(w.length, 3 + r.int(3)))))
          .join(" "),
      );
      // One edit: a letter dropped, doubled or two swapped, past the first letter.
      const at = 1 + r.int(Math.max(1, surname.length - 2));
      const edit = r.int(3);
      classes.typos.add(
        edit === 0
          ? surname.slice(0, at) + surname.slice(at + 1)
          : edit === 1
            ? surname.slice(0, at) + (surname[at] ?? "") + surname.slice(at)
            : surname.slice(0, at) + (surname[at + 1] ?? "") + (surname[at] ?? "") + surname.slice(at + 2),
      );
      classes["cross-field"].add(`${surname} ${r.pick(WORDS)}`);
    }
    for (let k = 0; k < 100; k++) {
      classes["common words"].add(r.pick(WORDS));
      classes["rare words"].add(words[r.range(200, Math.min(words.length - 1, 5000))] as string);
    }
    this.samples.searchClasses = Object.fromEntries(Object.entries(classes).map(([k, v]) => [k, [...v]]));
    for (let year = 2010; year <= 2024; year++) {
      for (let month = 1; month <= 12; month++) {
        const m = `${year}-${String(month).padStart(2, "0")}`;
        this.samples.timelineRanges.push([m, m]);
      }
    }
  }
}
