import { describe, expect, it } from "vitest";
import { anchorQuote, reanchor } from "./anchors";
import { parsePartialDate } from "./dates";

describe("partial dates", () => {
  it("keeps the precision and gives the calendar range", () => {
    expect(parsePartialDate("2016-07")).toEqual({
      value: "2016-07",
      precision: "MONTH",
      earliest: "2016-07-01",
      latest: "2016-07-31",
    });
    expect(parsePartialDate("2016")).toMatchObject({ precision: "YEAR", earliest: "2016-01-01", latest: "2016-12-31" });
    expect(parsePartialDate("2016-02")).toMatchObject({ latest: "2016-02-29" });
    expect(parsePartialDate("2016-07-22")).toMatchObject({ precision: "DAY", earliest: "2016-07-22" });
  });

  it("explains what is wrong with a bad date", () => {
    expect(parsePartialDate("2016-13")).toEqual({ error: expect.stringContaining("months run 01 to 12") });
    expect(parsePartialDate("2017-02-29")).toEqual({ error: expect.stringContaining("28 days") });
    expect(parsePartialDate("July 2016")).toEqual({ error: expect.stringContaining("YYYY-MM") });
  });
});

describe("quote anchors", () => {
  const text = "The cat sat. The cat ran. A dog barked.";
  it("finds a unique quote and records its position and context", () => {
    const result = anchorQuote(text, { exact: "dog" });
    expect(result).toEqual({ anchor: expect.objectContaining({ exact: "dog", start: 28, end: 31 }) });
  });
  it("refuses an ambiguous quote unless prefix or suffix choose", () => {
    expect(anchorQuote(text, { exact: "The cat" })).toEqual({ error: expect.stringContaining("occurs 2 times") });
    expect(anchorQuote(text, { exact: "The cat", suffix: " ran" })).toEqual({ anchor: expect.objectContaining({ start: 13 }) });
  });
  it("refuses a quote that is not in the text", () => {
    expect(anchorQuote(text, { exact: "horse" })).toEqual({ error: expect.stringContaining("does not occur") });
  });
  it("re-anchors after edits: moved text, then fuzzy, else gives up", () => {
    const first = anchorQuote(text, { exact: "A dog barked." });
    if (!("anchor" in first)) throw new Error("expected an anchor");
    const moved = `Prologue. ${text}`;
    expect(reanchor(moved, first.anchor)?.start).toBe(first.anchor.start + 10);
    const edited = text.replace("A dog barked.", "A dog barkd loudly.");
    expect(reanchor(edited, first.anchor)?.exact).toMatch(/^A dog bark/);
    expect(reanchor("Nothing alike here at all, nothing whatsoever.", first.anchor)).toBeNull();
  });
});
