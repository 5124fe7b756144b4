import { describe, expect, it } from "vitest";
import { forwardedFor } from "./forwarded-for";

describe("forwardedFor", () => {
  it("passes the address chain on, trimmed", () => {
    expect(forwardedFor("203.0.113.7")).toBe("203.0.113.7");
    expect(forwardedFor(" 1.2.3.4 ,203.0.113.7")).toBe("1.2.3.4, 203.0.113.7");
    expect(forwardedFor("::1")).toBe("::1");
    const long = Array.from({ length: 40 }, (_, i) => `10.0.0.${i}`).join(",");
    expect(forwardedFor(long)?.split(", ")).toHaveLength(16);
    expect(forwardedFor(long)?.endsWith("10.0.0.39")).toBe(true);
  });

  it("sends nothing rather than a made-up address", () => {
    expect(forwardedFor(null)).toBeNull();
    expect(forwardedFor("")).toBeNull();
    expect(forwardedFor("junk, <script>")).toBeNull();
  });
});
