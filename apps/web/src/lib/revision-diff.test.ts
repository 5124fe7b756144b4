import { describe, expect, it } from "vitest";
import { displayChanges, fieldLabel } from "./revision-diff";

describe("displayChanges", () => {
  it("shows list fields as added and removed items", () => {
    const [change] = displayChanges([{ field: "aliases", before: ["APT28"], after: ["APT28", "Fancy Bear"] }]);
    expect(change).toEqual({ kind: "list", field: "aliases", added: ["Fancy Bear"], removed: [] });
  });

  it("summarizes long texts and hides bookkeeping fields", () => {
    const changes = displayChanges([
      { field: "version", before: 1, after: 2 },
      { field: "text", before: "a".repeat(200), after: "a".repeat(210) },
      { field: "rank", before: null, after: "Major" },
    ]);
    expect(changes.map((c) => c.field)).toEqual(["text", "rank"]);
    expect(changes[0]?.kind === "text" && changes[0].summary).toBe("200 → 210 characters (+10)");
    expect(changes[1]).toEqual({ kind: "value", field: "rank", before: "—", after: "Major" });
  });

  it("labels fields in words, never camelCase", () => {
    expect(fieldLabel("birthDate")).toBe("Date of birth");
    expect(fieldLabel("parentId")).toBe("Part of (parent organization)");
    expect(fieldLabel("resolvedById")).toBe("Resolved by");
    expect(fieldLabel("someNewFieldId")).toBe("Some new field");
  });
});
