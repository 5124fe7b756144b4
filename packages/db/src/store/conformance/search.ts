/**
 * The search port (store.search): ranking by name and by words, prefixes, phrases, stemming,
 * case scope, facts, highlighted snippets, name vocabulary, the directory's filter, deadlines,
 * and hostile input answered as words, never as query syntax and never as an error.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type NamedKind, type RankOptions, type SearchKind, type SearchTerm, searchTerms } from "../search.js";
import { SNIPPET_CLOSE, SNIPPET_OPEN } from "../snippets.js";
import type { Store, Tx } from "../types.js";
import { fixtureIds as ids, storeFixture } from "./fixture.js";
import type { OpenStore } from "./index.js";

/** A long text with one rare word in its middle. */
const LONG_TEXT = `${"The convoy crossed the river at night. ".repeat(400)}A courier carried the quillwort ledger. ${"The convoy crossed the river at night. ".repeat(400)}`;

/** Records beyond the shared fixture, written through the store. */
async function searchFixture(tx: Tx): Promise<void> {
  await storeFixture(tx);
  await tx.records.insert("entities", {
    id: "ent_red_fox",
    kind: "ARTIFACT",
    name: "Vixen loader",
    description: "Dropper whose operator calls himself the red fox of Tallinn.",
  });
  await tx.records.insert("entities", {
    id: "ent_fox_red",
    kind: "ARTIFACT",
    name: "Ember loader",
    description: "Dropper that paints a fox in red on the screen.",
  });
  await tx.records.insert("entities", {
    id: "ent_near",
    kind: "ORGANIZATION",
    name: "Near Orbit Group",
    description: "Front company whose AND and OR desks handled recruiting of voters.",
  });
  await tx.records.insert("entities", {
    id: "ent_merged",
    kind: "PERSON",
    name: "Ivan Fixture Duplicate",
    mergedIntoId: ids.person,
  });
  await tx.records.insert("sources", {
    id: "src_long",
    kind: "REPORT",
    title: "Convoy logbook",
    text: LONG_TEXT,
  });
}

const HOSTILE = [
  '"',
  '"unclosed phrase',
  "fox)",
  "(red OR fox",
  "NEAR(red fox)",
  "NEAR(red fox, 2)",
  "red AND NOT fox",
  "*",
  "fox*",
  "^red",
  "-fox",
  "name: Ivan",
  "{name aliases}: Ivan",
  "title:Spearphishing",
  "description : fox",
  "''; DROP TABLE entities; --",
  "\\",
  "\u0000fox",
  "😀 fox 😀",
  "a".repeat(5000),
];

export function searchConformance(open: OpenStore<Store>): void {
  describe("search", () => {
    let store: Store;
    let close: () => Promise<void>;
    const never = { check() {} };
    const everywhere: RankOptions = { caseId: null, deadline: never };

    /** The ids of ranked matches, best first. */
    const idsOf = async (kind: SearchKind, matches: { key: number }[]) => {
      const records = await store.search.records(
        kind,
        matches.map((m) => m.key),
      );
      return matches.map((m) => records.get(m.key)?.row.id);
    };
    const byName = async (kind: NamedKind, text: string, options = everywhere) =>
      idsOf(kind, await store.search.rankNames(kind, searchTerms(text), options));
    const byWords = async (kind: SearchKind, text: string, options = everywhere) =>
      idsOf(kind, await store.search.rankWords(kind, searchTerms(text), options));

    beforeEach(async () => {
      ({ store, close } = await open());
      await store.write(searchFixture);
    });
    afterEach(async () => {
      await close();
    });

    it("ranks records by name: whole names, aliases, every word a prefix", async () => {
      expect(await byName("entities", "Ivan Fixture")).toEqual([ids.person]);
      expect(await byName("entities", "fixer")).toEqual([ids.person]);
      expect(await byName("entities", "Iv Fix")).toEqual([ids.person]);
      expect(await byName("entities", "Unit 00000")).toEqual([ids.org]);
      expect(await byName("events", "spear")).toEqual([ids.event]);
      expect(await byName("sources", "Indict")).toEqual([ids.source]);
      const fix = await store.search.rankNames("entities", searchTerms("fix"), everywhere);
      const names = await store.search.names(
        "entities",
        fix.map((m) => m.key),
      );
      expect([...names.values()]).toEqual(["Ivan Fixture"]);
    });

    it("finds names only in names, and leaves merged-away entities out", async () => {
      // "officer" is in the source's text, not in any name.
      expect(await byName("entities", "officer")).toEqual([]);
      expect(await byName("sources", "officer")).toEqual([]);
      expect(await byName("entities", "Duplicate")).toEqual([]);
      expect(await byWords("entities", "Duplicate")).toEqual([]);
    });

    it("ranks records by the words of any field, stemmed, every word required", async () => {
      expect(await byWords("sources", "officer")).toEqual([ids.source]);
      expect(await byWords("sources", "officers")).toEqual([ids.source]);
      expect(await byWords("sources", "Fixture officer")).toEqual([ids.source]);
      expect(await byWords("sources", "quillwort")).toEqual(["src_long"]);
      expect(await byWords("entities", "voter recruit")).toEqual(["ent_near"]);
      // A name word and a description word of the same record.
      expect(await byWords("entities", "Vixen Tallinn")).toEqual(["ent_red_fox"]);
      expect(await byWords("annotations", "second source")).toEqual([ids.annotation]);
      expect(await byWords("annotations", "check")).toEqual([ids.annotation]);
    });

    it("matches the last word as a prefix by name, and whole words by text", async () => {
      expect(await byName("entities", "Near Orb")).toEqual(["ent_near"]);
      expect(await byWords("entities", "Near Orb")).toEqual([]);
    });

    it("matches quoted phrases as phrases", async () => {
      expect((await byWords("entities", "red fox")).sort()).toEqual(["ent_fox_red", "ent_red_fox"]);
      expect(await byWords("entities", '"red fox"')).toEqual(["ent_red_fox"]);
      expect(await byWords("entities", '"fox in red"')).toEqual(["ent_fox_red"]);
    });

    it("answers a query that matches nothing with nothing", async () => {
      for (const kind of ["entities", "events", "sources"] as const) {
        expect(await byName(kind, "zzyzx")).toEqual([]);
        expect(await byWords(kind, "zzyzx")).toEqual([]);
      }
      expect(await byWords("annotations", "zzyzx")).toEqual([]);
      expect(await store.search.rankWords("entities", [], everywhere)).toEqual([]);
    });

    it("narrows rankings to a case: entities by their roles, events and annotations by their case, not sources", async () => {
      const inCase: RankOptions = { caseId: ids.case, deadline: never };
      expect(await byName("entities", "Ivan", inCase)).toEqual([ids.person]);
      expect(await byName("entities", "Unit", inCase)).toEqual([]);
      expect(await byName("events", "Spearphishing", inCase)).toEqual([ids.event]);
      expect(await byName("events", "Spearphishing", { caseId: "no_such_case", deadline: never })).toEqual([]);
      expect(await byWords("sources", "officer", { caseId: "no_such_case", deadline: never })).toEqual([ids.source]);
    });

    it("answers hostile input as words, never as query syntax, never with an error", async () => {
      for (const text of HOSTILE) {
        const terms: SearchTerm[] = searchTerms(text);
        for (const kind of ["entities", "events", "sources"] as const) {
          await expect(store.search.rankNames(kind, terms, everywhere), text).resolves.toBeInstanceOf(Array);
        }
        for (const kind of ["entities", "events", "sources", "annotations"] as const) {
          await expect(store.search.rankWords(kind, terms, everywhere), text).resolves.toBeInstanceOf(Array);
        }
        expect(() => store.search.directoryFilter(text), text).not.toThrow();
        await expect(store.search.directoryFilter(text)?.count() ?? Promise.resolve(0), text).resolves.toBeTypeOf("number");
      }
      // Operators and column names are words like any other.
      expect(await byName("entities", "NEAR(orbit)")).toEqual(["ent_near"]);
      expect(await byWords("entities", '"AND" OR desks')).toEqual(["ent_near"]);
      expect(await byWords("entities", "fox*")).toHaveLength(2);
      expect(await byName("entities", "name: Ivan")).toEqual([]);
      expect(await byWords("entities", "description: fox")).toEqual([]);
    });

    it("stops at the search's deadline", async () => {
      const expired = {
        check: () => {
          throw new Error("deadline passed");
        },
      };
      await expect(store.search.rankNames("entities", searchTerms("Ivan"), { caseId: null, deadline: expired })).rejects.toThrow(
        "deadline passed",
      );
      await expect(
        store.search.rankWords("sources", searchTerms("officer"), { caseId: null, deadline: expired }),
      ).rejects.toThrow("deadline passed");
    });

    it("makes snippets bounded in length that mark the searched words", async () => {
      const terms = searchTerms("quillwort");
      const [match] = await store.search.rankWords("sources", terms, everywhere);
      const record = (await store.search.records("sources", [match?.key ?? -1])).get(match?.key ?? -1);
      expect(record?.row.id).toBe("src_long");
      if (!record) return;
      const snippet = store.search.highlighter(terms).snippet(record, "TEXT");
      expect(snippet.field).toBe("text");
      expect(snippet.text).toContain(`${SNIPPET_OPEN}quillwort${SNIPPET_CLOSE}`);
      expect(snippet.text.length).toBeLessThan(400);
      expect(snippet.text.startsWith("…")).toBe(true);

      // Names: every word a prefix, in the name.
      const nameTerms = searchTerms("iv fix");
      const [person] = await store.search.rankNames("entities", nameTerms, everywhere);
      const found = (await store.search.records("entities", [person?.key ?? -1])).get(person?.key ?? -1);
      if (!found) throw new Error("the person was not found");
      expect(found.row.aliases).toEqual(["I. Fixture", "Fixer"]);
      const highlighter = store.search.highlighter(nameTerms);
      expect(highlighter.snippet(found, "NAME")).toEqual({
        text: `${SNIPPET_OPEN}Ivan${SNIPPET_CLOSE} ${SNIPPET_OPEN}Fixture${SNIPPET_CLOSE}`,
        field: "name",
      });
      expect(highlighter.snippet(found, "ALIAS").field).toBe("aliases");
    });

    it("tells each record's name, name text, facts, and what annotations point at", async () => {
      const [person] = await store.search.rankNames("entities", searchTerms("Ivan"), everywhere);
      const [event] = await store.search.rankNames("events", searchTerms("Spearphishing"), everywhere);
      const [source] = await store.search.rankNames("sources", searchTerms("Indictment"), everywhere);
      const [annotation] = await store.search.rankWords("annotations", searchTerms("rank"), everywhere);
      if (!person || !event || !source || !annotation) throw new Error("a fixture record was not found");
      expect((await store.search.names("events", [event.key])).get(event.key)).toBe("Spearphishing");
      const nameText = (await store.search.nameTexts("entities", [person.key])).get(person.key) ?? "";
      for (const word of ["Ivan", "Fixture", "Fixer"]) expect(nameText).toContain(word);
      expect((await store.search.facts("entities", [person.key])).get(person.key)).toEqual({
        status: "ALLEGED",
        caseSlugs: ["fixture-case"],
        date: null,
      });
      expect((await store.search.facts("events", [event.key])).get(event.key)).toMatchObject({
        caseSlugs: ["fixture-case"],
        date: "2016-03-19",
      });
      expect((await store.search.facts("sources", [source.key])).get(source.key)).toEqual({
        status: null,
        caseSlugs: [],
        date: null,
      });
      expect((await store.search.facts("annotations", [annotation.key])).get(annotation.key)?.caseSlugs).toEqual([]);
      const labels = await store.search.targetLabels([
        { type: "ENTITY", id: ids.person },
        { type: "CASE", id: ids.case },
        { type: "ENTITY", id: "no_such_entity" },
        { type: "RELATIONSHIP", id: ids.relationship },
      ]);
      expect(Object.fromEntries(labels)).toEqual({
        [`ENTITY:${ids.person}`]: "Ivan Fixture",
        [`CASE:${ids.case}`]: "United States v. Fixture",
      });
      expect(await store.search.names("entities", [])).toEqual(new Map());
    });

    it("knows the words of names, for spelling suggestions", async () => {
      expect(await store.search.isNameWord("fixture")).toBe(true);
      expect(await store.search.isNameWord("officer")).toBe(false);
      const words = await store.search.nameWordsStartingWith("f", 100);
      expect(words.map((w) => w.word)).toEqual(["fixer", "fixture"]);
      expect(words.find((w) => w.word === "fixture")?.records).toBe(2);
      expect(await store.search.nameWordsStartingWith("f", 1)).toHaveLength(1);
      expect(await store.search.nameWordsStartingWith("q", 100)).toEqual([]);
    });

    it("filters the directory by name (the last word a prefix) or description (whole words)", async () => {
      expect(await store.search.directoryFilter("Ivan Fix")?.count()).toBe(1);
      expect(await store.search.directoryFilter("dropper")?.count()).toBe(2);
      expect(await store.search.directoryFilter("dropp")?.count()).toBe(0);
      expect(await store.search.directoryFilter("zzyzx")?.count()).toBe(0);
      expect(store.search.directoryFilter("  ()*  ")).toBeNull();
      const condition = store.search.directoryFilter("Ivan")?.condition("e");
      expect(typeof condition?.sql).toBe("string");
      expect(condition?.params.length).toBeGreaterThan(0);
    });
  });
}
