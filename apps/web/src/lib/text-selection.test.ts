import { anchorQuote } from "@casefile/schema/anchors";
import { describe, expect, it } from "vitest";
import { selectorFor } from "./text-selection";

const text = "Twelve officers were charged. The officers worked for Unit 26165. The officers denied it.";

describe("selectorFor", () => {
  it("trims white space and keeps the position", () => {
    const start = text.indexOf(" The officers worked");
    const selector = selectorFor(text, start, start + " The officers worked ".length);
    expect(selector?.exact).toBe("The officers worked");
    expect(selector?.start).toBe(start + 1);
    expect(text.slice(selector?.start, selector?.end)).toBe(selector?.exact);
  });

  it("gives enough context for the API to find a repeated quote at the same place", () => {
    const start = text.lastIndexOf("officers");
    const selector = selectorFor(text, start, start + "officers".length);
    if (!selector) throw new Error("no selector");
    const anchored = anchorQuote(text, selector);
    expect("anchor" in anchored && anchored.anchor.start).toBe(start);
  });

  it("is null for a selection of white space only", () => {
    expect(selectorFor(text, 29, 30)).toBeNull();
  });
});
