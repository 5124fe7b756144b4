import { describe, expect, it } from "vitest";
import { aliasesGained, choosableFields, foreignFieldIssues, kindColumns, kindFields, planMerge } from "./index";

const person = (name: string, aliases: string[], extra: Record<string, unknown> = {}) => ({
  kind: "PERSON",
  name,
  aliases,
  ...extra,
});

/** What the merge tool previews (the names it lists as new aliases) and what the API stores. */
function previewAndStored(survivor: ReturnType<typeof person>, duplicate: ReturnType<typeof person>) {
  const plan = planMerge(survivor, duplicate);
  return { preview: aliasesGained(survivor, duplicate), added: plan.addedAliases, stored: plan.aliases };
}

describe("the aliases a merge adds", () => {
  it("compares names as stored, ignoring case only: surrounding spaces make a different name", () => {
    const survivor = person("Ivan Yermakov", ["Kate S. Milton"]);
    const duplicate = person(" Ivan Yermakov ", ["kate s. milton ", "KATE S. MILTON"]);
    const { preview, added, stored } = previewAndStored(survivor, duplicate);
    expect(preview).toEqual([" Ivan Yermakov ", "kate s. milton "]);
    expect(added).toEqual(preview);
    expect(stored).toEqual(["Kate S. Milton", " Ivan Yermakov ", "kate s. milton "]);
  });

  it("adds a name once when the duplicate spells it in several cases, keeping the first spelling", () => {
    const survivor = person("Main Intelligence Directorate", ["GU"]);
    const duplicate = person("GRU", ["gru", "Gru", "gu", "Unit 26165", "UNIT 26165"]);
    const { preview, added, stored } = previewAndStored(survivor, duplicate);
    expect(preview).toEqual(["GRU", "Unit 26165"]);
    expect(added).toEqual(preview);
    expect(stored).toEqual(["GU", "GRU", "Unit 26165"]);
  });

  it("treats an empty or blank alias as a name like any other (added once, unless the survivor has it)", () => {
    const fresh = previewAndStored(person("A", ["x"]), person("B", ["", "  ", ""]));
    expect(fresh.preview).toEqual(["B", "", "  "]);
    expect(fresh.stored).toEqual(["x", "B", "", "  "]);
    const known = previewAndStored(person("A", [""]), person("a", ["", " "]));
    expect(known.preview).toEqual([" "]);
    expect(known.stored).toEqual(["", " "]);
  });

  it("stores exactly the survivor's aliases followed by the previewed ones", () => {
    const cases: Array<[ReturnType<typeof person>, ReturnType<typeof person>]> = [
      [person(" Fancy Bear", ["APT28 "]), person("fancy bear", [" apt28", "APT28 ", "", "Sofacy", "sofacy "])],
      [person("X", []), person("X", [])],
      [person("Yermakov", ["Ермаков"]), person("ЕРМАКОВ", ["ермаков", " Ермаков"])],
    ];
    for (const [survivor, duplicate] of cases) {
      const { preview, stored } = previewAndStored(survivor, duplicate);
      expect(stored).toEqual([...survivor.aliases, ...preview]);
    }
  });
});

describe("the fields a merge takes", () => {
  it("takes the chosen columns (a date with its precision) and their field statuses", () => {
    const survivor = person("Ivan", [], {
      rank: "Major",
      birthDate: null,
      birthDatePrecision: null,
      fieldStatuses: { rank: { status: "CONFIRMED", confidence: 90 }, position: { status: "REPORTED", confidence: 60 } },
    });
    const duplicate = person("I.", [], {
      rank: "Colonel",
      birthDate: "1982-07-01",
      birthDatePrecision: "MONTH",
      fieldStatuses: { birthDate: { status: "ALLEGED", confidence: 40 } },
    });
    const plan = planMerge(survivor, duplicate, ["rank", "birthDate", "rank"]);
    expect(plan.values).toEqual({ rank: "Colonel", birthDate: "1982-07-01", birthDatePrecision: "MONTH" });
    expect(plan.fieldStatuses).toEqual({
      position: { status: "REPORTED", confidence: 60 },
      birthDate: { status: "ALLEGED", confidence: 40 },
    });
    expect(plan.taken).toEqual([
      {
        field: "rank",
        before: { rank: "Major" },
        after: { rank: "Colonel" },
        statusBefore: { status: "CONFIRMED", confidence: 90 },
        statusAfter: null,
      },
      {
        field: "birthDate",
        before: { birthDate: null, birthDatePrecision: null },
        after: { birthDate: "1982-07-01", birthDatePrecision: "MONTH" },
        statusBefore: null,
        statusAfter: { status: "ALLEGED", confidence: 40 },
      },
    ]);
  });

  it("offers the description and each kind's own fields, but not the parent organization", () => {
    expect(choosableFields).toEqual({
      PERSON: ["description", "rank", "position", "nationality", "birthDate"],
      ORGANIZATION: ["description", "organizationKind", "country"],
      ONLINE_PERSONA: ["description", "personaKind", "platform", "url"],
      PLACE: ["description", "placeKind", "country"],
      ARTIFACT: ["description", "artifactKind", "url"],
    });
  });
});

describe("the fields of each kind", () => {
  it("has one column per kind field, in the order of the kinds", () => {
    expect(kindColumns).toEqual([
      "rank",
      "position",
      "nationality",
      "birthDate",
      "organizationKind",
      "country",
      "parentId",
      "personaKind",
      "platform",
      "url",
      "placeKind",
      "artifactKind",
    ]);
    expect(kindFields.PLACE).toEqual(["placeKind", "country"]);
  });

  it("names a field the kind lacks and the kinds that have it", () => {
    expect(foreignFieldIssues("PLACE", { placeKind: "CITY", url: "https://x.test", rank: null, platform: undefined })).toEqual([
      { path: "$.input.url", message: "url is not a field of a PLACE: only ONLINE_PERSONA and ARTIFACT entities have it" },
    ]);
    expect(foreignFieldIssues("PERSON", { country: "RU" }, ["entities", 3])).toEqual([
      {
        path: "$.entities[3].country",
        message: "country is not a field of a PERSON: only ORGANIZATION and PLACE entities have it",
      },
    ]);
  });
});
