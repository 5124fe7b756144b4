import { describe, expect, it } from "vitest";
import { parseAt, segmentText } from "./segments";

describe("segmentText", () => {
  it("keeps the whole text and marks each covered run with its ranges", () => {
    const text = "The GRU hacked the DNC in 2016.";
    const segments = segmentText(text, [
      { id: "a", kind: "cite", start: 4, end: 7 },
      { id: "b", kind: "note", start: 4, end: 22 },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    const gru = segments.find((s) => s.text === "GRU");
    expect(gru?.ranges.map((r) => r.id)).toEqual(["a", "b"]);
    expect(segments.find((s) => s.text === " hacked the DNC")?.ranges.map((r) => r.id)).toEqual(["b"]);
    expect(segments[0]?.ranges).toEqual([]);
  });

  it("ignores ranges outside the text and empty ones", () => {
    const segments = segmentText("abc", [
      { id: "x", kind: "cite", start: 5, end: 9 },
      { id: "y", kind: "cite", start: 1, end: 1 },
    ]);
    expect(segments).toHaveLength(1);
    expect(segments[0]?.ranges).toEqual([]);
  });
});

describe("parseAt", () => {
  it("reads start-end offsets", () => {
    expect(parseAt("10-20")).toEqual({ start: 10, end: 20 });
    expect(parseAt("20-10")).toBeNull();
    expect(parseAt("x")).toBeNull();
  });
});
