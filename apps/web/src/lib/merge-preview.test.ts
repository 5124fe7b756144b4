import { planMerge } from "@casefile/schema/rules";
import { describe, expect, it } from "vitest";
import { fieldChoices, type MergeSide, mergePreview } from "./merge-preview";

const unit = { id: "unit", name: "Unit 26165" };
const side = (id: string, name: string, extra: Partial<MergeSide> = {}): MergeSide => ({
  id,
  name,
  aliases: [],
  relationships: { edges: [] },
  events: { edges: [] },
  charges: [],
  cases: [],
  citations: [],
  annotations: [],
  ...extra,
});

describe("mergePreview", () => {
  it("moves new links, drops duplicates and self-links, and adds names as aliases", () => {
    const survivor = side("a", "Ivan Yermakov", {
      aliases: ["Kate S. Milton"],
      relationships: {
        edges: [{ node: { id: "r1", predicate: "MEMBER_OF", subject: { id: "a", name: "Ivan Yermakov" }, object: unit } }],
      },
    });
    const duplicate = side("b", "I. Yermakov", {
      aliases: ["kate s. milton", "Ivan Yermakov II"],
      citations: [{}, {}],
      relationships: {
        edges: [
          { node: { id: "r2", predicate: "MEMBER_OF", subject: { id: "b", name: "I. Yermakov" }, object: unit } },
          {
            node: {
              id: "r3",
              predicate: "ALIAS_OF",
              subject: { id: "b", name: "I. Yermakov" },
              object: { id: "a", name: "Ivan Yermakov" },
            },
          },
          {
            node: {
              id: "r4",
              predicate: "COMMUNICATED_WITH",
              subject: { id: "x", name: "DCLeaks" },
              object: { id: "b", name: "I. Yermakov" },
            },
          },
        ],
      },
    });
    const plan = mergePreview(survivor, duplicate);
    expect(plan.addedAliases).toEqual(["I. Yermakov", "Ivan Yermakov II"]);
    expect(plan.moves.map((m) => [m.id, m.dropReason !== null])).toEqual([
      ["r2", true],
      ["r3", true],
      ["r4", false],
    ]);
    expect(plan.moves[2]?.label).toBe("DCLeaks communicated with Ivan Yermakov");
    expect(plan.citationCount).toBe(2);
  });

  it("previews the aliases the API stores: spaces kept, case ignored, blanks counted", () => {
    const survivor = side("a", "Ivan Yermakov", { aliases: ["Kate S. Milton"] });
    const duplicate = side("b", " Ivan Yermakov ", { aliases: ["kate s. milton ", "KATE S. MILTON", "", "  "] });
    const preview = mergePreview(survivor, duplicate).addedAliases;
    expect(preview).toEqual([" Ivan Yermakov ", "kate s. milton ", "", "  "]);
    expect(planMerge(survivor, duplicate).aliases).toEqual([...survivor.aliases, ...preview]);
  });
});

describe("fieldChoices", () => {
  const show = (field: string, record: Record<string, unknown>) => (record[field] ? String(record[field]) : null);
  it("lists each field the duplicate would lose, taking it by default only where the survivor has none", () => {
    const choices = fieldChoices(
      "PERSON",
      { rank: "Major", nationality: null, description: "Same", platform: "x" },
      { rank: "Colonel", nationality: "Russian", description: "Same", platform: "ignored for a person", url: "n/a" },
      show,
    );
    expect(choices).toEqual([
      { field: "rank", survivorValue: "Major", duplicateValue: "Colonel", isTakenByDefault: false },
      { field: "nationality", survivorValue: null, duplicateValue: "Russian", isTakenByDefault: true },
    ]);
  });
});
