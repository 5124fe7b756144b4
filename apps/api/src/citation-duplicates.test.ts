/**
 * A citation identical to an existing one (same record, field and source, and the same quoted passage
 * or the same locator) is refused with BAD_USER_INPUT naming the existing citation; nothing changes.
 */
import { toGlobalId } from "@casefile/schema/ids";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeOf, dumpTables, type EditingServer, startEditingServer } from "./test-accounts.js";

let t: EditingServer;
let withText: string;
let withoutText: string;
const gru = toGlobalId("Organization", "org-gru");
const CREATE_CITATION = `mutation($input: CreateCitationInput!) { createCitation(input: $input) { citation { id } } }`;

beforeAll(async () => {
  t = await startEditingServer();
  const a = await t.editor(
    `mutation { createSource(input: { kind: REPORT, title: "Duplicate test report", text: "Alpha beta. The unit ran DCLeaks. Then the unit ran DCLeaks again." }) { source { id } } }`,
  );
  withText = a.data.createSource.source.id;
  const b = await t.editor(
    `mutation { createSource(input: { kind: COURT_FILING, title: "Duplicate test filing" }) { source { id } } }`,
  );
  withoutText = b.data.createSource.source.id;
}, 60_000);
afterAll(async () => {
  await t.close();
});

describe("duplicate citations", () => {
  it("refuses the same quote twice, naming the existing citation, and writes nothing", async () => {
    const input = { sourceId: withText, targetId: gru, quote: { exact: "The unit ran DCLeaks." } };
    const first = await t.editor(CREATE_CITATION, { input });
    expect(first.errors).toBeUndefined();
    const existing = first.data.createCitation.citation.id as string;
    const before = await dumpTables(t.store);
    const again = await t.editor(CREATE_CITATION, { input });
    expect(codeOf(again)).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(again.errors)).toContain(existing);
    expect(await dumpTables(t.store)).toEqual(before);
  });

  it("accepts the same words at another position, or for another field", async () => {
    const other = await t.editor(CREATE_CITATION, {
      input: { sourceId: withText, targetId: gru, quote: { exact: "the unit ran DCLeaks again." } },
    });
    expect(other.errors).toBeUndefined();
    const field = await t.editor(CREATE_CITATION, {
      input: { sourceId: withText, targetId: gru, field: "name", quote: { exact: "The unit ran DCLeaks." } },
    });
    expect(field.errors).toBeUndefined();
  });

  it("refuses the same locator twice but accepts another locator", async () => {
    const input = { sourceId: withoutText, targetId: gru, locator: "p. 12" };
    const first = await t.editor(CREATE_CITATION, { input });
    expect(first.errors).toBeUndefined();
    const before = await dumpTables(t.store);
    const again = await t.editor(CREATE_CITATION, { input });
    expect(codeOf(again)).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(again.errors)).toContain(first.data.createCitation.citation.id);
    expect(await dumpTables(t.store)).toEqual(before);
    const next = await t.editor(CREATE_CITATION, { input: { ...input, locator: "p. 13" } });
    expect(next.errors).toBeUndefined();
  });
});
