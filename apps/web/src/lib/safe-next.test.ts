import { describe, expect, it } from "vitest";
import { safeNext } from "./safe-next";

describe("safeNext", () => {
  it("keeps paths on this site, with their query and fragment", () => {
    expect(safeNext("/entities/abc")).toBe("/entities/abc");
    expect(safeNext("/search?q=Guccifer&types=ENTITY#results")).toBe("/search?q=Guccifer&types=ENTITY#results");
    expect(safeNext("/cases/us-v-netyksho/../sources")).toBe("/cases/sources");
    expect(safeNext("/%2F%2Fevil.example")).toBe("/%2F%2Fevil.example");
  });

  it("falls back to the home page when there is no next page", () => {
    expect(safeNext(undefined)).toBe("/");
    expect(safeNext(null)).toBe("/");
    expect(safeNext("")).toBe("/");
  });

  const bypasses = [
    "//evil.example",
    "//evil.example/path",
    "///evil.example",
    "/\\evil.example",
    "/\\127.0.0.1:4201/healthz",
    "\\\\evil.example",
    "\\/evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r/evil.example",
    "/\r\n/evil.example",
    "/ /evil.example",
    "/\u0000/evil.example",
    "/\u000b/evil.example",
    "/\u00a0/evil.example",
    "/\u200b/evil.example",
    "/\u3000/evil.example",
    "/\ufeff/evil.example",
    " /evil.example",
    "\t//evil.example",
    "https://evil.example",
    "http:evil.example",
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "evil.example",
    "./evil",
    "?next=//evil.example",
    "#//evil.example",
    "/\\/evil.example",
    "/.\\evil.example",
    `/${"a".repeat(3000)}`,
  ];
  it.each(bypasses)("refuses %j", (value) => {
    expect(safeNext(value)).toBe("/");
  });

  it("never returns something that resolves to another origin", () => {
    for (const value of bypasses) {
      expect(new URL(safeNext(value), "https://casefile.example").origin).toBe("https://casefile.example");
    }
  });
});
