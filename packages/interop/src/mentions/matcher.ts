/**
 * Finding known names in a text: every name and alias of the known entities goes into a trie of
 * folded tokens; the text is folded and tokenized the same way (keeping each token's offsets in
 * the original), and every token position is tried against the trie. Tokens are maximal runs of
 * letters and digits, or single punctuation marks, so matches are always whole words
 * ("Rosenstein" never matches inside "Rosensteins"), case- and diacritic-insensitively. Of
 * overlapping matches the longest wins; between equally long ones, a full name beats a surname.
 */
import type { EntityKind } from "@casefile/schema/enums";
import { foldWithOffsets } from "../normalize.js";

export type MatchType = "name" | "alias" | "surname";

export interface KnownEntity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: readonly string[];
}

export interface NameEntry {
  entity: KnownEntity;
  /** The name or alias as stored. */
  variant: string;
  matchType: MatchType;
}

export interface KnownMatch {
  start: number;
  end: number;
  /** Entities this span names, best first (several when entities share a name). */
  entries: NameEntry[];
}

interface Token {
  text: string;
  start: number;
  end: number;
}

const tokenPattern = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

/** Tokens of a folded text, with offsets into the original. */
export function tokenize(original: string): Token[] {
  const folded = foldWithOffsets(original);
  const tokens: Token[] = [];
  for (const match of folded.text.matchAll(tokenPattern)) {
    const from = match.index;
    const to = from + match[0].length;
    tokens.push({ text: match[0], start: folded.origin[from] as number, end: folded.origin[to] as number });
  }
  return tokens;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: NameEntry[];
}

const rank: Record<MatchType, number> = { name: 0, alias: 1, surname: 2 };
/** Name parts that are not surnames. */
const suffixes = new Set(["jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"]);

export class NameMatcher {
  private readonly root: TrieNode = { next: new Map(), entries: [] };

  /**
   * @param entities the known entities
   * @param options.surnames also match a person by the last word of their name when no other
   *   known person shares it ("Trump" for Donald Trump); such matches say matchType "surname".
   */
  constructor(entities: readonly KnownEntity[], options: { surnames?: boolean } = {}) {
    for (const entity of entities) {
      this.add(entity, entity.name, "name");
      for (const alias of entity.aliases) this.add(entity, alias, "alias");
    }
    if (options.surnames ?? true) {
      const bySurname = new Map<string, KnownEntity[]>();
      for (const entity of entities) {
        if (entity.kind !== "PERSON") continue;
        const words = tokenize(entity.name)
          .map((t) => t.text)
          .filter((w) => /^\p{L}/u.test(w) && !suffixes.has(w));
        const surname = words.length > 1 ? words[words.length - 1] : undefined;
        if (surname && surname.length >= 3) bySurname.set(surname, [...(bySurname.get(surname) ?? []), entity]);
      }
      for (const [surname, people] of bySurname) {
        if (people.length === 1) this.add(people[0] as KnownEntity, surname, "surname");
      }
    }
  }

  private add(entity: KnownEntity, variant: string, matchType: MatchType) {
    const tokens = tokenize(variant);
    if (!tokens.some((t) => /[\p{L}\p{N}]/u.test(t.text)) || variant.trim().length < 2) return;
    let node = this.root;
    for (const token of tokens) {
      let child = node.next.get(token.text);
      if (!child) {
        child = { next: new Map(), entries: [] };
        node.next.set(token.text, child);
      }
      node = child;
    }
    if (!node.entries.some((e) => e.entity.id === entity.id && rank[e.matchType] <= rank[matchType])) {
      node.entries = node.entries.filter((e) => e.entity.id !== entity.id);
      node.entries.push({ entity, variant, matchType });
      node.entries.sort((a, b) => rank[a.matchType] - rank[b.matchType]);
    }
  }

  /** Non-overlapping matches, in text order. */
  find(text: string): KnownMatch[] {
    const tokens = tokenize(text);
    const all: KnownMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      let node: TrieNode | undefined = this.root;
      let best: { end: number; entries: NameEntry[] } | null = null;
      for (let j = i; j < tokens.length && node; j++) {
        node = node.next.get((tokens[j] as Token).text);
        if (node && node.entries.length > 0) best = { end: (tokens[j] as Token).end, entries: node.entries };
      }
      if (best) all.push({ start: (tokens[i] as Token).start, end: best.end, entries: best.entries });
    }
    const quality = (m: KnownMatch) => rank[(m.entries[0] as NameEntry).matchType];
    all.sort((a, b) => b.end - b.start - (a.end - a.start) || quality(a) - quality(b) || a.start - b.start);
    const chosen: KnownMatch[] = [];
    for (const match of all) {
      if (chosen.some((c) => c.start < match.end && match.start < c.end)) continue;
      chosen.push(match);
    }
    return chosen.sort((a, b) => a.start - b.start);
  }
}
