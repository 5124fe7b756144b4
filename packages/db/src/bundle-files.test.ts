import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openMigratedStore, type Store } from "./index.js";
import { BundleError, loadBundle, loadBundleFile } from "./seed/index.js";

let dir: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "casefile-textfile-"));
  store = openMigratedStore(join(dir, "test.db"));
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Writes a bundle with one source whose text is `textFile`, in dir/bundle/, and loads it. */
function loadWithTextFile(textFile: string): BundleError | null {
  const bundleDir = join(dir, "bundle");
  mkdirSync(bundleDir, { recursive: true });
  const bundle = {
    format: "casefile-bundle",
    version: 1,
    sources: [
      { id: "src-ok", kind: "OTHER", title: "Inline", text: "fine" },
      { id: "src-file", kind: "OTHER", title: "From a file", textFile },
    ],
  };
  writeFileSync(join(bundleDir, "bundle.json"), JSON.stringify(bundle));
  try {
    loadBundleFile(store, join(bundleDir, "bundle.json"));
    return null;
  } catch (error) {
    if (error instanceof BundleError) return error;
    throw error;
  }
}

const sourceCount = () => store.sqlite.prepare("SELECT count(*) FROM sources").pluck().get();

describe("a source's textFile", () => {
  it("is read from inside the bundle's folder, subfolders included", () => {
    mkdirSync(join(dir, "bundle", "sources"), { recursive: true });
    writeFileSync(join(dir, "bundle", "sources", "a.txt"), "The text of the article.");
    expect(loadWithTextFile("sources/a.txt")).toBeNull();
    expect(store.sqlite.prepare("SELECT text FROM sources WHERE id = 'src-file'").pluck().get()).toBe("The text of the article.");
  });

  it.each([
    ["a parent folder", "../secret.txt"],
    ["a path that climbs out and back", "sources/../../secret.txt"],
    ["an absolute path", "/etc/hostname"],
    ["the process environment", "/proc/self/environ"],
  ])("refuses %s with an error naming the field, and writes nothing", (_, textFile) => {
    writeFileSync(join(dir, "secret.txt"), "CASEFILE_ADMIN_PASSWORD=hunter2");
    const error = loadWithTextFile(textFile);
    expect(error?.issues).toEqual([
      { path: "$.sources[1].textFile", message: expect.stringContaining("must be a file inside the bundle's folder") },
    ]);
    expect(error?.message).not.toContain("hunter2");
    expect(sourceCount()).toBe(0);
  });

  it("refuses a symbolic link that points out of the folder", () => {
    writeFileSync(join(dir, "secret.txt"), "CASEFILE_ADMIN_PASSWORD=hunter2");
    mkdirSync(join(dir, "bundle", "sources"), { recursive: true });
    symlinkSync(join(dir, "secret.txt"), join(dir, "bundle", "sources", "link.txt"));
    symlinkSync(dir, join(dir, "bundle", "up"));
    for (const textFile of ["sources/link.txt", "up/secret.txt"]) {
      const error = loadWithTextFile(textFile);
      expect(error?.issues).toEqual([
        { path: "$.sources[1].textFile", message: expect.stringContaining("must be a file inside the bundle's folder") },
      ]);
    }
    expect(sourceCount()).toBe(0);
  });

  it("refuses a folder, and a missing file, with the path of the field", () => {
    mkdirSync(join(dir, "bundle", "sources"), { recursive: true });
    expect(loadWithTextFile("sources")?.issues).toEqual([
      { path: "$.sources[1].textFile", message: expect.stringContaining("is not a file") },
    ]);
    expect(loadWithTextFile("sources/missing.txt")?.issues).toEqual([
      { path: "$.sources[1].textFile", message: expect.stringContaining("no file") },
    ]);
  });

  it("is refused in a bundle that is not read from a file (there is no folder to read from)", () => {
    writeFileSync(join(process.cwd(), ".casefile-textfile-probe.txt"), "x");
    try {
      expect(() =>
        loadBundle(store, {
          format: "casefile-bundle",
          version: 1,
          sources: [{ id: "s", kind: "OTHER", title: "T", textFile: ".casefile-textfile-probe.txt" }],
        }),
      ).toThrow(/\$\.sources\[0\]\.textFile: .*only in a bundle file/);
    } finally {
      rmSync(join(process.cwd(), ".casefile-textfile-probe.txt"), { force: true });
    }
    expect(sourceCount()).toBe(0);
  });
});
