import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openMigratedStore, type SqliteStore as Store } from "../index.js";
import { BundleError, checkBundle, loadBundle, loadBundleFile, readBundleFile } from "./seed/index.js";

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

describe("what only a full export carries", () => {
  const bundleWith = (extra: Record<string, unknown>) => ({ format: "casefile-bundle", version: 1, ...extra });
  const issuesOf = (input: unknown, options = {}) => {
    try {
      loadBundle(store, input, options);
      return [];
    } catch (error) {
      if (error instanceof BundleError) return error.issues;
      throw error;
    }
  };

  it("takes accounts' password hashes only from the operator's import", () => {
    const users = [{ id: "user-x", email: "x@example.org", name: "X", role: "EDITOR", passwordHash: "scrypt$abc" }];
    expect(issuesOf(bundleWith({ users }))).toEqual([
      { path: "$.users[0].passwordHash", message: expect.stringContaining("only by the operator") },
    ]);
    expect(store.sqlite.prepare("SELECT count(*) FROM users").pluck().get()).toBe(0);
    expect(issuesOf(bundleWith({ users }), { allowAccountSecrets: true })).toEqual([]);
    expect(store.sqlite.prepare("SELECT password_hash FROM users WHERE id = 'user-x'").pluck().get()).toBe("scrypt$abc");
  });

  it("keeps an orphaned quote as it is, and refuses orphan fields that make no sense", () => {
    const sources = [{ id: "src", kind: "OTHER", title: "S", text: "The text as it is now." }];
    const entity = (citation: Record<string, unknown>) => [
      { id: "p", kind: "PERSON", name: "P", citations: [{ source: "src", ...citation }] },
    ];
    expect(issuesOf(bundleWith({ sources, entities: entity({ locator: "p. 1", isOrphaned: true }) }))).toEqual([
      { path: "$.entities[0].citations[0]", message: expect.stringContaining("isOrphaned needs the quote") },
    ]);
    expect(
      issuesOf(bundleWith({ sources, entities: entity({ quote: { exact: "text" }, position: { start: 4, end: 8 } }) })),
    ).toEqual([
      { path: "$.entities[0].citations[0]", message: expect.stringContaining("position is given only with isOrphaned") },
    ]);
    const orphan = { quote: { exact: "gone passage" }, isOrphaned: true, position: { start: 30, end: 42 } };
    expect(issuesOf(bundleWith({ sources, entities: entity(orphan) }))).toEqual([]);
    expect(store.sqlite.prepare("SELECT exact, start_offset, end_offset, is_orphaned FROM citations").get()).toEqual({
      exact: "gone passage",
      start_offset: 30,
      end_offset: 42,
      is_orphaned: 1,
    });
  });
});

describe("checking a bundle without loading it (checkBundle, check-bundle)", () => {
  it("applies the same textFile containment, with or without a database, and reads nothing outside", () => {
    const bundleDir = join(dir, "bundle");
    mkdirSync(bundleDir, { recursive: true });
    writeFileSync(join(dir, "secret.txt"), "CASEFILE_ADMIN_PASSWORD=hunter2");
    symlinkSync(join(dir, "secret.txt"), join(bundleDir, "link.txt"));
    const bundle = {
      format: "casefile-bundle",
      version: 1,
      sources: [
        { id: "src-up", kind: "OTHER", title: "Up", textFile: "../secret.txt" },
        { id: "src-link", kind: "OTHER", title: "Link", textFile: "link.txt" },
      ],
    };
    writeFileSync(join(bundleDir, "bundle.json"), JSON.stringify(bundle));
    const { json, baseDir } = readBundleFile(join(bundleDir, "bundle.json"));
    for (const db of [null, store]) {
      const { issues } = checkBundle(db, json, { baseDir });
      expect(issues).toEqual([
        { path: "$.sources[0].textFile", message: expect.stringContaining("must be a file inside the bundle's folder") },
        { path: "$.sources[1].textFile", message: expect.stringContaining("through a symbolic link") },
      ]);
    }
    // Without the bundle's folder (a bundle not read from a file), textFile is refused outright.
    expect(checkBundle(null, json).issues.map((i) => i.message)).toEqual([
      expect.stringContaining("textFile can be used only in a bundle file"),
      expect.stringContaining("textFile can be used only in a bundle file"),
    ]);
    expect(sourceCount()).toBe(0);
  });
});
