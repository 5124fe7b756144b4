import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { InteropError } from "../errors.js";
import { normalizeName } from "../normalize.js";
import { type TempStores, tempStores } from "../test/support.js";
import { acceptMention, type KnownEntity, NameMatcher, suggestMentions, suggestMentionsInText } from "./index.js";
import { type LabelledMention, scoreCandidates, scoreKnown } from "./score.js";

let stores: TempStores;
beforeEach(() => {
  stores = tempStores();
});
afterEach(() => stores.cleanup());

const people: KnownEntity[] = [
  { id: "p-mueller", kind: "PERSON", name: "Robert S. Mueller III", aliases: ["Robert Mueller"] },
  { id: "p-muller", kind: "PERSON", name: "Jörg Müller", aliases: [] },
  { id: "o-dnc", kind: "ORGANIZATION", name: "Democratic National Committee", aliases: ["DNC"] },
  { id: "o-democratic", kind: "ORGANIZATION", name: "Democratic Party", aliases: [] },
  { id: "g-2", kind: "ONLINE_PERSONA", name: "Guccifer 2.0", aliases: [] },
];

describe("known-entity matching", () => {
  it("is case- and diacritic-insensitive, whole-word, and lets the longest match win", () => {
    const text = "ROBERT MUELLER met jorg muller of the DNC; the Democratic National Committee, not DNCs. Guccifer 2.0's post.";
    const found = new NameMatcher(people)
      .find(text)
      .map((m) => [text.slice(m.start, m.end), m.entries[0]?.entity.id, m.entries[0]?.matchType]);
    expect(found).toEqual([
      ["ROBERT MUELLER", "p-mueller", "alias"],
      ["jorg muller", "p-muller", "name"],
      ["DNC", "o-dnc", "alias"],
      ["Democratic National Committee", "o-dnc", "name"],
      ["Guccifer 2.0", "g-2", "name"],
    ]);
  });

  it("matches a person by an unambiguous surname, below a full name", () => {
    const text = "Mueller said so; later Robert Mueller agreed.";
    const found = new NameMatcher(people).find(text).map((m) => [text.slice(m.start, m.end), m.entries[0]?.matchType]);
    expect(found).toEqual([
      ["Mueller", "surname"],
      ["Robert Mueller", "alias"],
    ]);
    expect(new NameMatcher(people, { surnames: false }).find(text)).toHaveLength(1);
  });

  it("keeps offsets into the original text when folding changes lengths", () => {
    const text = "ﬁrst: Jörg Müller";
    const [match] = new NameMatcher(people).find(text);
    expect(text.slice(match?.start, match?.end)).toBe("Jörg Müller");
  });
});

describe("mention suggestions for a source", () => {
  it("suggests known entities and new candidates, with stable keys and quote selectors", async () => {
    const store = stores.seeded();
    const result = await suggestMentions(store, "src-article");
    const text = store.sqlite.prepare("SELECT text FROM sources WHERE id = 'src-article'").pluck().get() as string;
    for (const s of [...result.known, ...result.candidates]) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.selector.exact).toBe(s.text);
      expect(text.slice(0, s.start).endsWith(s.selector.prefix)).toBe(true);
      expect(s.key).toBe(`src-article|${s.kind}|${normalizeName(s.text)}|${s.start}`);
    }
    expect(result.known.map((s) => s.entity?.id)).toEqual(
      expect.arrayContaining(["person-rosenstein", "org-gru", "persona-dcleaks", "persona-guccifer-2", "place-helsinki"]),
    );
    // Candidates never repeat a known entity.
    const knownSpans = result.known.map((s) => [s.start, s.end]);
    expect(result.candidates.every((c) => !knownSpans.some(([a, b]) => (a as number) < c.end && c.start < (b as number)))).toBe(
      true,
    );
    expect(result.candidates.some((c) => c.kind === "PLACE" && c.text === "US")).toBe(true);

    // Rejected suggestions do not come back; the others do, with the same keys.
    const rejected = [result.known[0]?.key as string, result.candidates[0]?.key as string];
    const again = await suggestMentions(store, "src-article", { rejectedKeys: rejected });
    const keys = [...again.known, ...again.candidates].map((s) => s.key);
    expect(keys).not.toContain(rejected[0]);
    expect(keys).not.toContain(rejected[1]);
    expect(keys.length).toBe(result.known.length + result.candidates.length - 2);
  });

  it("turns an accepted suggestion into the citation (and entity) the API should create", async () => {
    const store = stores.seeded();
    const result = await suggestMentions(store, "src-article");
    const helsinki = result.known.find((s) => s.entity?.id === "place-helsinki");
    const accepted = await acceptMention(store, "src-article", helsinki?.key as string);
    expect(accepted).toMatchObject({
      action: "CITE_ENTITY",
      entityId: "place-helsinki",
      citation: {
        sourceId: Buffer.from("Source:src-article").toString("base64url"),
        targetId: Buffer.from("Place:place-helsinki").toString("base64url"),
        quote: { exact: "Helsinki", suffix: " for their first official summit" },
      },
    });
    const candidate = result.candidates.find((c) => c.kind === "PLACE") as NonNullable<(typeof result.candidates)[number]>;
    const created = await acceptMention(store, "src-article", candidate.key, { name: "United States" });
    expect(created).toMatchObject({
      action: "CREATE_ENTITY",
      entity: { kind: "PLACE", name: "United States", placeKind: "OTHER" },
      citation: { targetId: null, quote: { exact: "US" }, position: { start: candidate.start, end: candidate.end } },
    });
    await expect(acceptMention(store, "src-article", "src-article|PLACE|atlantis|3")).rejects.toThrow(/was not found/);
  });

  it("says clearly when there is nothing to suggest from", async () => {
    const store = stores.seeded();
    await expect(suggestMentions(store, "no-such-source")).rejects.toThrow(InteropError);
    await expect(suggestMentions(store, "src-indictment")).rejects.toThrow(/has no text/);
  });

  it("finds most labelled mentions of the seed article", async () => {
    const store = stores.seeded();
    const labels = JSON.parse(
      readFileSync(fileURLToPath(new URL("../../fixtures/seed-article-mentions.json", import.meta.url)), "utf8"),
    ) as {
      mentions: LabelledMention[];
    };
    const result = await suggestMentions(store, "src-article");
    const known = scoreKnown(result.known, labels.mentions, "strict");
    expect(known.precision).toBeGreaterThanOrEqual(0.9);
    expect(known.recall).toBeGreaterThanOrEqual(0.85);
    const candidates = scoreCandidates(result.candidates, labels.mentions, "lenient");
    expect(candidates.recall).toBeGreaterThanOrEqual(0.5);
    // The same through the store-free entry point.
    const text = store.sqlite.prepare("SELECT text FROM sources WHERE id = 'src-article'").pluck().get() as string;
    const entities = store.sqlite.prepare("SELECT id, kind, name, aliases FROM entities").all() as (KnownEntity & {
      aliases: string;
    })[];
    const direct = suggestMentionsInText(
      "src-article",
      text,
      entities.map((e) => ({ ...e, aliases: JSON.parse(e.aliases) })),
    );
    expect(direct.known.map((s) => s.key)).toEqual(result.known.map((s) => s.key));
  });
});
