import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";
import { formatPartialDate } from "./format";
import { parseSnippet } from "./snippet";

describe("parseSnippet", () => {
  it("renders only <mark> as highlights and everything else as text", () => {
    const parts = parseSnippet("the &lt;b&gt;persona&lt;/b&gt; <mark>Guccifer</mark> 2.0 <img src=x onerror=alert(1)>");
    expect(parts).toEqual([
      { text: "the <b>persona</b> ", isMatch: false },
      { text: "Guccifer", isMatch: true },
      { text: " 2.0 ", isMatch: false },
    ]);
  });
});

describe("formatPartialDate", () => {
  it("never invents a day for a month-precision date", () => {
    expect(formatPartialDate("2016-07", "MONTH")).toBe("July 2016");
    expect(formatPartialDate("2016-07-22", "DAY")).toBe("22 Jul 2016");
    expect(formatPartialDate("2016", "YEAR")).toBe("2016");
  });
});

describe("toCsv", () => {
  it("quotes fields and defuses spreadsheet formulas", () => {
    expect(toCsv(["a", "b"], [["x,y", "=SUM(A1)"]])).toBe('a,b\r\n"x,y",\'=SUM(A1)\r\n');
  });
});
