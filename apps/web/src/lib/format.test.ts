import { describe, expect, it } from "vitest";
import { formatDateRange, formatPartialDate } from "./format";

describe("formatDateRange", () => {
  it("keeps both ends of a range (2014 to 2016 is not 2014)", () => {
    expect(formatDateRange("2014", "YEAR", "2016", "YEAR")).toBe("2014 – 2016");
    expect(formatDateRange("2016-03", "MONTH", "2016-07-22", "DAY")).toBe("March 2016 – 22 Jul 2016");
  });

  it("says which end is unknown", () => {
    expect(formatDateRange(null, null, "2016", "YEAR")).toBe("? – 2016");
    expect(formatDateRange("2014", "YEAR", null, null)).toBe("2014 – …");
    expect(formatDateRange("2014", "YEAR", null, null, { isOpenEnded: false })).toBe("2014");
    expect(formatDateRange(null, null, null, null)).toBeNull();
  });

  it("shows one date when both ends are the same", () => {
    expect(formatDateRange("2016-06-14", "DAY", "2016-06-14", "DAY")).toBe(formatPartialDate("2016-06-14", "DAY"));
  });
});
