/**
 * A full export re-imports into an empty database with nothing lost, after the edits that used
 * to break it: a source text edited (orphaned citations and annotations), entities merged,
 * annotations resolved, accounts created and disabled, mention suggestions rejected. Run through
 * the CLI, as an operator moves a database: `casefile export --out`, then `casefile import`.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { canonicalDump, openStore } from "@casefile/db";
import { exportBundle, loadBundleFile } from "@casefile/db/seed";
import { toGlobalId } from "@casefile/schema/ids";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EditingServer, startEditingServer } from "./test-accounts.js";

const bin = fileURLToPath(new URL("../bin/casefile.mjs", import.meta.url));
let t: EditingServer;
beforeAll(async () => {
  t = await startEditingServer();
});
afterAll(async () => {
  await t.close();
});

/** Runs the CLI without blocking this process (the API under test keeps serving meanwhile). */
function cli(dbPath: string, ...args: string[]) {
  return new Promise<{ stdout: string; stderr: string }>((resolve, reject) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { env: { ...process.env, CASEFILE_DB_PATH: dbPath, NODE_ENV: "test" }, encoding: "utf8", timeout: 120_000 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`casefile ${args.join(" ")}: ${stderr}`)) : resolve({ stdout, stderr }),
    );
  });
}

/** What a bundle cannot carry: the history of writes, sessions and API tokens (secrets of their own), sign-in throttle counts. */
const notInBundles = { excludeTables: ["revisions", "sessions", "api_tokens", "auth_throttles"] };

describe("a full export", () => {
  it("re-imports into an empty database with every row as it was", async () => {
    const netyksho = toGlobalId("Person", "person-netyksho");
    // A source with two citations and a quoting annotation; the edit keeps one quote and loses the others.
    const source = await t.editor(
      `mutation { createSource(input: { kind: REPORT, title: "Round-trip report", text: "Alpha beta gamma. The unit ran DCLeaks from Moscow. Omega." }) { source { id } } }`,
    );
    const sourceId = source.data.createSource.source.id;
    const cite = `mutation($input: CreateCitationInput!) { createCitation(input: $input) { citation { id } } }`;
    for (const exact of ["ran DCLeaks", "Omega"]) {
      const made = await t.editor(cite, { input: { sourceId, targetId: netyksho, quote: { exact } } });
      expect(made.errors).toBeUndefined();
    }
    const note = await t.editor(
      `mutation($input: CreateAnnotationInput!) { createAnnotation(input: $input) { annotation { id } } }`,
      { input: { targetId: sourceId, body: "Where is Omega from?", tags: ["verify"], quote: { exact: "Omega" } } },
    );
    const noteId = note.data.createAnnotation.annotation.id;
    await t.admin(`mutation($input: ReplyToAnnotationInput!) { replyToAnnotation(input: $input) { annotation { id } } }`, {
      input: { parentId: noteId, body: "From the draft" },
    });
    const resolved = await t.admin(
      `mutation($input: AnnotationStatusInput!) { resolveAnnotation(input: $input) { annotation { status } } }`,
      { input: { id: noteId, version: 1 } },
    );
    expect(resolved.errors).toBeUndefined();
    const edit = await t.editor(`mutation($input: UpdateSourceInput!) { updateSource(input: $input) { orphanedCount } }`, {
      input: { id: sourceId, version: 1, text: "Preface. Alpha beta gamma. The unit ran DCLeaks from Moscow. The end." },
    });
    expect(edit.data.updateSource.orphanedCount).toBeGreaterThanOrEqual(1);

    // A duplicate merged into its survivor: its id must still redirect after the import.
    const dup = await t.editor(
      `mutation { createEntity(input: { kind: PERSON, name: "V. Netyksho", aliases: ["Netyksho V."] }) { entity { id version } } }`,
    );
    const dupEntity = dup.data.createEntity.entity;
    await t.editor(cite, { input: { sourceId, targetId: dupEntity.id, quote: { exact: "The unit" } } });
    const survivor = await t.editor(`query($id: ID!) { node(id: $id) { ... on Entity { version } } }`, { id: netyksho });
    const merged = await t.editor(`mutation($input: MergeEntitiesInput!) { mergeEntities(input: $input) { survivor { id } } }`, {
      input: {
        survivorId: netyksho,
        duplicateId: dupEntity.id,
        survivorVersion: survivor.data.node.version,
        duplicateVersion: dupEntity.version,
      },
    });
    expect(merged.errors).toBeUndefined();

    // Accounts: one created and disabled.
    const user = await t.admin(`mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`, {
      input: { email: "roundtrip@example.org", name: "Round Trip", role: "EDITOR", password: "copper-kettle-meridian-47" },
    });
    expect(user.errors).toBeUndefined();
    const disabled = await t.admin(`mutation($input: SetUserDisabledInput!) { setUserDisabled(input: $input) { user { id } } }`, {
      input: { id: user.data.createUser.user.id, isDisabled: true },
    });
    expect(disabled.errors).toBeUndefined();

    // A rejected mention suggestion.
    const article = toGlobalId("Source", "src-article");
    const suggestions = await t.editor(
      `query($id: ID!) { node(id: $id) { ... on Source { mentionSuggestions { candidates { key } } } } }`,
      { id: article },
    );
    const key = suggestions.data.node.mentionSuggestions.candidates[0].key;
    const rejected = await t.editor(
      `mutation($input: RejectMentionSuggestionInput!) { rejectMentionSuggestion(input: $input) { __typename } }`,
      { input: { sourceId: article, key } },
    );
    expect(rejected.errors).toBeUndefined();

    // The state we start from really has what used to be lost.
    const sql = (query: string) => t.store.sqlite.prepare(query).pluck().get();
    expect(sql("SELECT count(*) FROM citations WHERE is_orphaned = 1")).toBeGreaterThan(0);
    expect(sql("SELECT count(*) FROM annotations WHERE is_orphaned = 1")).toBeGreaterThan(0);
    expect(sql("SELECT count(*) FROM entities WHERE merged_into_id IS NOT NULL")).toBeGreaterThan(0);
    expect(sql("SELECT count(*) FROM users WHERE is_disabled = 1")).toBe(1);
    expect(sql("SELECT count(*) FROM mention_rejections")).toBe(1);

    const dir = join(t.dbPath, "..");
    await cli(t.dbPath, "export", "--out", join(dir, "everything.json"));
    const imported = join(dir, "imported.db");
    await cli(imported, "import", join(dir, "everything.json"));

    const copy = openStore(imported, { readonly: true });
    try {
      expect(canonicalDump(copy, notInBundles)).toEqual(canonicalDump(t.store, notInBundles));
      const dupId = dupEntity.id as string;
      const redirect = copy.sqlite.prepare("SELECT merged_into_id FROM entities WHERE id = ?").pluck();
      expect(redirect.get(Buffer.from(dupId, "base64").toString().split(":")[1])).toBe("person-netyksho");
    } finally {
      copy.close();
    }
    // Loading the same export again changes nothing: every record is found unchanged.
    const again = openStore(imported);
    try {
      const before = canonicalDump(again);
      const result = loadBundleFile(again, join(dir, "everything.json"), { allowAccountSecrets: true });
      expect(result).toMatchObject({ created: 0, updated: 0 });
      expect(canonicalDump(again)).toEqual(before);
    } finally {
      again.close();
    }
    // The bundle holds the password hashes of the accounts: it is the operator's (a file written by the CLI).
    expect(readFileSync(join(dir, "everything.json"), "utf8")).toContain('"passwordHash"');
  });

  it("carries accounts' secrets only when the operator asks for them, never in the API's export", async () => {
    expect(JSON.stringify(exportBundle(t.store))).not.toContain("passwordHash");
    const viaApi = await t.admin(`query { export(format: BUNDLE_JSON) { content } }`);
    expect(viaApi.errors).toBeUndefined();
    const bundle = JSON.parse(viaApi.data.export.content);
    expect(viaApi.data.export.content).not.toContain("passwordHash");
    expect(bundle.users.every((u: Record<string, unknown>) => u.isDisabled === undefined)).toBe(true);
  });
});
