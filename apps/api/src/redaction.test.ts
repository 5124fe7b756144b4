/**
 * One walk over every path that can show a User's fields (history, activity, node, annotation
 * authors, revision actors, token owners, exports, search, error payloads), for each role: an
 * account's email appears only to that account and to admins, and no password hash, token hash
 * or session id ever appears.
 */
import { toGlobalId } from "@casefile/schema/ids";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EditingServer, type Gql, startEditingServer } from "./test-accounts.js";

let t: EditingServer;
let userIds: Record<string, string> = {};
let tokenSecret = "";
beforeAll(async () => {
  // Public reading, so anonymous clients walk every read path too.
  t = await startEditingServer({ CASEFILE_PUBLIC_READ: "true" });
  // A second account, a role change and a disable/enable give User revisions of every kind.
  const created = await t.admin(`mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`, {
    input: { email: "analyst@example.org", name: "Analyst", role: "VIEWER", password: "plum-harbor-kettle-9" },
  });
  const analyst = created.data.createUser.user.id;
  await t.admin(`mutation($id: ID!) { updateUserRole(input: { id: $id, role: EDITOR }) { user { id } } }`, { id: analyst });
  await t.admin(`mutation($id: ID!) { setUserDisabled(input: { id: $id, isDisabled: true }) { user { id } } }`, { id: analyst });
  await t.admin(`mutation($id: ID!) { setUserDisabled(input: { id: $id, isDisabled: false }) { user { id } } }`, { id: analyst });
  const token = await t.editor(`mutation { createApiToken(input: { name: "walk", role: VIEWER }) { secret } }`);
  tokenSecret = token.data.createApiToken.secret;
  // An annotation by the editor, so authors and actors show up in reads and exports.
  await t.editor(`mutation($input: CreateAnnotationInput!) { createAnnotation(input: $input) { annotation { id } } }`, {
    input: { targetId: toGlobalId("Person", "person-netyksho"), body: "casefile redaction walk" },
  });
  const rows = t.store.sqlite.prepare("SELECT id, email FROM users").all() as { id: string; email: string }[];
  userIds = Object.fromEntries(rows.map((r) => [r.email, r.id]));
});
afterAll(async () => {
  await t.close();
});

const revisionFields = `recordType recordId changes { field before after } snapshot actor { id name email }
  record { ... on User { id name email } }`;

/** Every read that can carry a User field, with the variables each needs. */
function reads(): { name: string; query: string; variables?: Record<string, unknown> }[] {
  const list: { name: string; query: string; variables?: Record<string, unknown> }[] = [
    { name: "activity", query: `{ activity(first: 100) { edges { node { ${revisionFields} } } } }` },
    {
      name: "case activity",
      query: `{ activity(caseSlug: "us-v-netyksho", first: 50) { edges { node { ${revisionFields} } } } }`,
    },
    { name: "me", query: "{ me { id name email } }" },
    { name: "users", query: "{ users(first: 100) { edges { node { id email } } } }" },
    { name: "apiTokens", query: "{ apiTokens { name owner { email } } }" },
    { name: "annotations", query: "{ annotations(first: 50) { edges { node { body author { email } } } } }" },
    {
      name: "search",
      query: `{ search(query: "casefile", first: 50) { edges { node { snippet node { id ... on Annotation { author { email } } } } } } }`,
    },
    {
      name: "search for an address",
      query: `{ search(query: "analyst example org", first: 50) { totalCount edges { node { snippet } } } }`,
    },
  ];
  for (const [email, id] of Object.entries(userIds)) {
    const globalId = toGlobalId("User", id);
    list.push({
      name: `history of ${email}`,
      query: `query($id: ID!) { history(id: $id, first: 100) { edges { node { id ${revisionFields} } } } }`,
      variables: { id: globalId },
    });
    list.push({
      name: `node ${email}`,
      query: `query($id: ID!) { node(id: $id) { ... on User { email } } }`,
      variables: { id: globalId },
    });
  }
  for (const format of ["BUNDLE_JSON", "WEB_ANNOTATION_JSONLD", "CSV_ANNOTATIONS", "CSV_SOURCES", "CSV_ENTITIES"]) {
    list.push({ name: `export ${format}`, query: `{ export(format: ${format}) { content } }` });
    list.push({
      name: `export ${format} of a case`,
      query: `{ export(caseSlug: "us-v-netyksho", format: ${format}) { content } }`,
    });
  }
  list.push({ name: "export FTM", query: `{ export(caseSlug: "us-v-netyksho", format: FTM_JSONL) { content } }` });
  return list;
}

/** Writes that fail, to look at their error payloads. */
async function failedWrites(gql: Gql, body: (s: string) => void) {
  const userRevision = t.store.sqlite
    .prepare("SELECT id FROM revisions WHERE record_type = 'User' ORDER BY id DESC LIMIT 1")
    .pluck()
    .get() as number;
  const attempts = [
    [
      `mutation($input: RestoreRevisionInput!) { restoreRevision(input: $input) { revision { id } } }`,
      { input: { revisionId: toGlobalId("Revision", String(userRevision)), version: 1 } },
    ],
    [
      `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`,
      { input: { email: "analyst@example.org", name: "Again", role: "VIEWER", password: "plum-harbor-kettle-9" } },
    ],
    [
      `mutation($id: ID!) { updateUserRole(input: { id: $id, role: ADMIN }) { user { email } } }`,
      { id: toGlobalId("User", userIds["analyst@example.org"] as string) },
    ],
    [`mutation { login(input: { email: "analyst@example.org", password: "not-the-password" }) { viewer { email } } }`, {}],
  ] as const;
  for (const [query, variables] of attempts) body(JSON.stringify(await gql(query, variables as Record<string, unknown>)));
}

describe("User fields in every answer", () => {
  it("show an email only to its account and to admins, and never a hash or session id", async () => {
    const secrets = [
      ...(t.store.sqlite.prepare("SELECT password_hash FROM users WHERE password_hash IS NOT NULL").pluck().all() as string[]),
      ...(t.store.sqlite.prepare("SELECT token_hash FROM api_tokens").pluck().all() as string[]),
      ...(t.store.sqlite.prepare("SELECT id FROM sessions").pluck().all() as string[]),
      tokenSecret,
    ];
    expect(secrets.length).toBeGreaterThan(6);
    const roles: [string, Gql, string | null][] = [
      ["anonymous", t.anonymous, null],
      ["viewer", t.viewer, "viewer@casefile.local"],
      ["editor", t.editor, "editor@casefile.local"],
      ["admin", t.admin, "admin@casefile.local"],
    ];
    const emails = Object.keys(userIds);
    expect(emails).toEqual(expect.arrayContaining(["seed@casefile.local", "analyst@example.org", "viewer@casefile.local"]));
    let checked = 0;
    const refused: string[] = [];
    for (const [role, gql, own] of roles) {
      const leaks: string[] = [];
      const look = (name: string) => (text: string) => {
        checked++;
        for (const email of emails) {
          if (role !== "admin" && email !== own && text.toLowerCase().includes(email)) leaks.push(`${name}: ${email}`);
        }
        for (const secret of secrets) if (text.includes(secret)) leaks.push(`${name}: a secret`);
        if (text.includes("scrypt$")) leaks.push(`${name}: a password hash`);
      };
      for (const read of reads()) {
        const res = await gql(read.query, read.variables);
        // The walk must really read: only what the role may not use is refused.
        if (res.errors) refused.push(`${role} ${read.name}: ${res.errors[0]?.extensions?.code}`);
        look(read.name)(JSON.stringify(res));
      }
      await failedWrites(gql, look("errors"));
      expect(leaks, `${role} sees`).toEqual([]);
    }
    expect(checked).toBeGreaterThan(100);
    expect(refused.sort()).toEqual(
      ["anonymous", "editor", "viewer"]
        .flatMap((role) => [`${role} export BUNDLE_JSON: FORBIDDEN`, `${role} export BUNDLE_JSON of a case: FORBIDDEN`])
        .concat([
          "anonymous apiTokens: UNAUTHENTICATED",
          "anonymous users: UNAUTHENTICATED",
          "editor users: FORBIDDEN",
          "viewer users: FORBIDDEN",
        ])
        .sort(),
    );

    // The rule is about who asks, not a blanket removal: admins and the account itself see it.
    const analystHistory = `query($id: ID!) { history(id: $id) { edges { node { action changes { field after } snapshot } } } }`;
    const id = toGlobalId("User", userIds["analyst@example.org"] as string);
    const asAdmin = await t.admin(analystHistory, { id });
    const created = asAdmin.data.history.edges.at(-1).node;
    expect(created.snapshot.email).toBe("analyst@example.org");
    expect(created.changes).toContainEqual({ field: "email", after: "analyst@example.org" });
    const analyst = t.as(await t.signIn("analyst@example.org", "plum-harbor-kettle-9"));
    expect((await analyst(analystHistory, { id })).data.history.edges.at(-1).node.snapshot.email).toBe("analyst@example.org");
    const asViewer = (await t.viewer(analystHistory, { id })).data.history.edges.at(-1).node;
    expect(asViewer.snapshot).toMatchObject({ name: "Analyst", role: "VIEWER" });
    expect(asViewer.snapshot).not.toHaveProperty("email");
    expect(asViewer.changes.map((c: { field: string }) => c.field)).not.toContain("email");
  });
});
