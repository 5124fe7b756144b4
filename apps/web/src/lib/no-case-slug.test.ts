import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/** Every file under apps/web/src except tests. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.test\.tsx?$/.test(name) ? [] : [path];
  });
}

describe("no case is built into the dashboard", () => {
  it("names the seeded case nowhere in apps/web/src outside tests", () => {
    const root = join(import.meta.dirname, "..");
    const files = sourceFiles(root);
    expect(files.length).toBeGreaterThan(50);
    // Built up so this test's own text is not a hit for the search it runs.
    const slug = ["us", "v", "netyksho"].join("-");
    const offenders = files.filter((file) => readFileSync(file, "utf8").toLowerCase().includes(slug));
    expect(offenders.map((file) => relative(root, file))).toEqual([]);
  });
});
