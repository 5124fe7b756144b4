import { describe, expect, it } from "vitest";
import { chargeLinkHref, defendantsSummary } from "./charge-defendants";

describe("defendantsSummary", () => {
  it("says when every link is unverified", () => {
    expect(defendantsSummary(Array.from({ length: 11 }, () => ({ status: "UNVERIFIED" as const })))).toBe(
      "11 defendants (unverified)",
    );
  });
  it("counts the links that are not established", () => {
    expect(
      defendantsSummary([{ status: "ALLEGED" }, { status: "UNVERIFIED" }, { status: "UNVERIFIED" }, { status: "DISPUTED" }]),
    ).toBe("4 defendants (2 unverified, 1 disputed)");
  });
  it("adds nothing when the charging document names them all", () => {
    expect(defendantsSummary([{ status: "ALLEGED" }, { status: "CONFIRMED" }])).toBe("2 defendants");
    expect(defendantsSummary([{ status: "ALLEGED" }])).toBe("1 defendant");
  });
  it("builds link addresses from global ids", () => {
    expect(chargeLinkHref("Q2hhcmdlOmNoZy0x", "UGVyc29uOnA=")).toBe("/charges/Q2hhcmdlOmNoZy0x/defendants/UGVyc29uOnA%3D");
  });
});
