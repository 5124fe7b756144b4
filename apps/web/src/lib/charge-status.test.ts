import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CHARGE_STATUS_NOTE } from "./enums";

const schema = readFileSync(fileURLToPath(new URL("../../../../packages/schema/schema.graphql", import.meta.url)), "utf8");

describe("the counts' legend", () => {
  it("says what the API documents for Charge.status: a filed count is confirmed as a charge, its conduct alleged", () => {
    const charge = schema.slice(schema.indexOf("type Charge "));
    const doc = (/"""([^"]*)"""\s*status: FactStatus!/.exec(charge)?.[1] ?? "").replace(/\s+/g, " ");
    expect(doc).toMatch(/filed in a charging document is CONFIRMED as a charge, while the conduct it charges stays alleged/);
    expect(CHARGE_STATUS_NOTE).toMatch(/filed count is confirmed as a charge; the conduct it charges is alleged/);
  });
});
