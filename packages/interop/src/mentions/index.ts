/**
 * Mention suggestions for a source text: known entities found by their names and aliases, and
 * candidate new people, organizations and places found by a natural-language library
 * (compromise). Each suggestion has a stable key (source id, kind, normalized text, offset), so
 * the suggestions an editor rejected can be passed back in and do not come back.
 */
import type { SourceRow } from "@casefile/db/tables";
import { anchorAt, anchorQuote } from "@casefile/schema/anchors";
import { type EntityKind, entityTypeNames } from "@casefile/schema/enums";
import { toGlobalId } from "@casefile/schema/ids";
import { createCitationInput, type EntityFields, entityFields } from "@casefile/schema/validators";
import nlp from "compromise";
import { caseScope, type Reader } from "../case-scope.js";
import { InteropError } from "../errors.js";
import { normalizeName } from "../normalize.js";
import { type KnownEntity, type MatchType, NameMatcher } from "./matcher.js";

export { type KnownEntity, type KnownMatch, type MatchType, NameMatcher, tokenize } from "./matcher.js";

/** ENTITY: a known entity; the others: a candidate new entity of that kind. */
export type MentionKind = "ENTITY" | "PERSON" | "ORGANIZATION" | "PLACE";

export interface MentionSuggestion {
  /** Stable: `${sourceId}|${kind}|${normalized text}|${start}`. */
  key: string;
  kind: MentionKind;
  /** The mention as it appears in the text. */
  text: string;
  /** Offsets into the source text (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  selector: { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string };
  /** For known entities: which one, and by which of its names. */
  entity?: { id: string; name: string; kind: EntityKind; matchedName: string; matchType: MatchType };
  /** Other known entities with the same name, when the name is shared. */
  alternatives?: { id: string; name: string; kind: EntityKind }[];
}

export interface MentionSuggestions {
  sourceId: string;
  textVersion: number;
  known: MentionSuggestion[];
  candidates: MentionSuggestion[];
}

export interface SuggestOptions {
  /** Keys of suggestions an editor rejected for this source: they are left out. */
  rejectedKeys?: Iterable<string>;
  /** Match only the entities of this case (default: every entity). */
  caseSlug?: string;
  /** Also suggest candidate new entities (default true). */
  includeCandidates?: boolean;
  /** Match people by surname alone when it is unambiguous (default true). */
  surnames?: boolean;
}

export function suggestionKey(sourceId: string, kind: MentionKind, text: string, start: number): string {
  return `${sourceId}|${kind}|${normalizeName(text)}|${start}`;
}

/** Suggestions for a stored source. Throws NOT_FOUND (source, case) or BAD_USER_INPUT (no text). */
export async function suggestMentions(
  store: Reader,
  sourceId: string,
  options: SuggestOptions = {},
): Promise<MentionSuggestions> {
  const source = await getSourceWithText(store, sourceId);
  const entities = await knownEntities(store, options.caseSlug);
  return suggestMentionsInText(source.id, source.text, entities, options, source.textVersion);
}

/** The known entities mentions are matched against: one case's, or all (merged ones left out). */
export async function knownEntities(store: Reader, caseSlug?: string): Promise<KnownEntity[]> {
  const rows = await store.interop.nameRecords();
  if (!caseSlug) return rows;
  const scope = await caseScope(store, caseSlug);
  return rows.filter((e) => scope.entityIds.has(e.id));
}

/** The same, on a text in hand (no database): what the quality script measures. */
export function suggestMentionsInText(
  sourceId: string,
  text: string,
  entities: readonly KnownEntity[],
  options: Omit<SuggestOptions, "caseSlug"> = {},
  textVersion = 1,
): MentionSuggestions {
  const rejected = new Set(options.rejectedKeys ?? []);
  const make = (kind: MentionKind, start: number, end: number): MentionSuggestion => {
    const anchor = anchorAt(text, start, end);
    return {
      key: suggestionKey(sourceId, kind, anchor.exact, start),
      kind,
      text: anchor.exact,
      start,
      end,
      selector: { type: "TextQuoteSelector", exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix },
    };
  };

  const matcher = new NameMatcher(entities, { surnames: options.surnames ?? true });
  const matches = matcher.find(text);
  const known = matches.map((m) => {
    const [best, ...others] = m.entries;
    const entry = best as NonNullable<typeof best>;
    return {
      ...make("ENTITY", m.start, m.end),
      entity: {
        id: entry.entity.id,
        name: entry.entity.name,
        kind: entry.entity.kind,
        matchedName: entry.variant,
        matchType: entry.matchType,
      },
      ...(others.length
        ? { alternatives: others.map((o) => ({ id: o.entity.id, name: o.entity.name, kind: o.entity.kind })) }
        : {}),
    } satisfies MentionSuggestion;
  });

  const candidates: MentionSuggestion[] = [];
  if (options.includeCandidates ?? true) {
    const knownNames = new Set(entities.flatMap((e) => [e.name, ...e.aliases].map(normalizeName)));
    const taken = matches.map((m) => [m.start, m.end] as const);
    const overlaps = (start: number, end: number) => taken.some(([a, b]) => a < end && start < b);
    for (const found of findCandidates(text)) {
      if (knownNames.has(normalizeName(found.text)) || overlaps(found.start, found.end)) continue;
      taken.push([found.start, found.end]);
      candidates.push(make(found.kind, found.start, found.end));
    }
  }
  const keep = (s: MentionSuggestion) => !rejected.has(s.key);
  return { sourceId, textVersion, known: known.filter(keep), candidates: candidates.filter(keep) };
}

/** Words that compromise takes for names but that name no one on their own. */
const notNames = new Set(
  [
    "president",
    "vice president",
    "minister",
    "prime minister",
    "general",
    "attorney general",
    "deputy attorney general",
    "officials",
    "official",
    "senator",
    "judge",
    "director",
    "chairman",
    "mr",
    "mrs",
    "ms",
    "dr",
    "today",
    "picture",
  ].map(normalizeName),
);

const honorific =
  /^(?:(?:the|president|vice president|deputy attorney general|attorney general|special counsel|senator|judge|director|mr\.?|mrs\.?|ms\.?|dr\.?|gen\.?|col\.?|maj\.?|capt\.?|lt\.?|sgt\.?)\s+)+/i;

/** People, organizations and places compromise finds, trimmed to the name itself. */
export function findCandidates(
  text: string,
): { kind: "PERSON" | "ORGANIZATION" | "PLACE"; text: string; start: number; end: number }[] {
  const doc = nlp(text);
  const found: { kind: "PERSON" | "ORGANIZATION" | "PLACE"; text: string; start: number; end: number }[] = [];
  const collect = (kind: "PERSON" | "ORGANIZATION" | "PLACE", view: { json(options: object): unknown }) => {
    for (const item of view.json({ offset: true }) as { offset?: { start: number; length: number } }[]) {
      if (!item.offset) continue;
      const span = trimSpan(text, item.offset.start, item.offset.start + item.offset.length);
      if (!span) continue;
      const value = text.slice(span.start, span.end);
      if (notNames.has(normalizeName(value)) || !/\p{Lu}/u.test(value)) continue;
      found.push({ kind, text: value, start: span.start, end: span.end });
    }
  };
  collect("PERSON", doc.people());
  collect("ORGANIZATION", doc.organizations());
  collect("PLACE", doc.places());
  // Overlaps between kinds: the longer span wins (people first on a tie).
  const chosen: typeof found = [];
  for (const f of [...found].sort((a, b) => b.end - b.start - (a.end - a.start))) {
    if (!chosen.some((c) => c.start < f.end && f.start < c.end)) chosen.push(f);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** Trims quotes, brackets, trailing sentence punctuation, possessive 's and honorifics. */
function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = start;
  let e = end;
  const isTrimmable = (c: string | undefined) => c !== undefined && /[\s"'“”‘’()[\]{},;:!?]/u.test(c);
  for (;;) {
    const before = [s, e];
    while (s < e && isTrimmable(text[s])) s++;
    while (e > s && isTrimmable(text[e - 1])) e--;
    // A final period ends the sentence unless it closes an abbreviation ("U.S.", "Jr.").
    if (e > s && text[e - 1] === "." && !/(?:^|[\s.])\p{L}{1,3}\.$/u.test(text.slice(Math.max(s, e - 5), e))) e--;
    if (/['’]s$/u.test(text.slice(s, e))) e -= 2;
    const lead = honorific.exec(text.slice(s, e));
    if (lead && lead[0].length < e - s) s += lead[0].length;
    if (before[0] === s && before[1] === e) break;
  }
  return e > s ? { start: s, end: e } : null;
}

export interface CitationInputDraft {
  /** Global IDs, as the API's createCitation mutation takes them. */
  sourceId: string;
  /** Null for a new entity: the API fills in the entity it creates. */
  targetId: string | null;
  quote: { exact: string; prefix: string; suffix: string };
  /** Where the quote is, for the UI (the API re-anchors it from the quote). */
  position: { start: number; end: number };
}

export type AcceptedMention =
  | { action: "CITE_ENTITY"; suggestion: MentionSuggestion; entityId: string; citation: CitationInputDraft }
  | { action: "CREATE_ENTITY"; suggestion: MentionSuggestion; entity: EntityFields; citation: CitationInputDraft };

export interface AcceptOptions extends Omit<SuggestOptions, "rejectedKeys"> {
  /** For a candidate: the name to create it under (default: the mentioned text). */
  name?: string;
}

/**
 * What accepting a suggestion creates, for the API to write: a citation of the known entity with
 * the exact quote, or a new entity (validated with the shared entity validator) and a citation
 * of it. Throws NOT_FOUND when the key is no longer suggested (the text changed, or it never was).
 */
export async function acceptMention(
  store: Reader,
  sourceId: string,
  key: string,
  options: AcceptOptions = {},
): Promise<AcceptedMention> {
  const source = await getSourceWithText(store, sourceId);
  const suggestions = await suggestMentions(store, sourceId, options);
  const suggestion = [...suggestions.known, ...suggestions.candidates].find((s) => s.key === key);
  if (!suggestion) throw InteropError.notFound(`Suggestion "${key}"`);
  const anchored = anchorQuote(source.text, suggestion.selector);
  if ("error" in anchored || anchored.anchor.start !== suggestion.start) {
    throw InteropError.badInput(`the mention "${suggestion.text}" cannot be anchored in the source text`);
  }
  const { anchor } = anchored;
  const citation = (targetId: string | null): CitationInputDraft => ({
    sourceId: toGlobalId("Source", source.id),
    targetId,
    quote: { exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix },
    position: { start: anchor.start, end: anchor.end },
  });
  if (suggestion.kind === "ENTITY" && suggestion.entity) {
    const draft = citation(toGlobalId(entityTypeNames[suggestion.entity.kind], suggestion.entity.id));
    const checked = createCitationInput.safeParse(draft);
    if (!checked.success) throw InteropError.badInput(checked.error.issues.map((i) => i.message).join("; "));
    return { action: "CITE_ENTITY", suggestion, entityId: suggestion.entity.id, citation: draft };
  }
  const name = (options.name ?? suggestion.text).trim();
  const fields =
    suggestion.kind === "PERSON"
      ? { kind: "PERSON", name }
      : suggestion.kind === "ORGANIZATION"
        ? { kind: "ORGANIZATION", name, organizationKind: "OTHER" }
        : { kind: "PLACE", name, placeKind: "OTHER" };
  const parsed = entityFields.safeParse({ ...fields, status: "REPORTED", confidence: 50 });
  if (!parsed.success) {
    throw InteropError.badInput(
      "the suggested entity is not valid",
      parsed.error.issues.map((i) => ({ path: `$.${i.path.join(".")}`, message: i.message })),
    );
  }
  return { action: "CREATE_ENTITY", suggestion, entity: parsed.data, citation: citation(null) };
}

async function getSourceWithText(store: Reader, sourceId: string): Promise<SourceRow & { text: string }> {
  const source = await store.records.read("sources", sourceId);
  if (!source) throw InteropError.notFound(`Source "${sourceId}"`);
  if (source.text === null) throw InteropError.badInput(`source "${sourceId}" has no text to find mentions in`);
  return source as SourceRow & { text: string };
}
