import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "./config.js";
import { hashPasswordSync } from "./modules/auth/passwords.js";
import { createServer } from "./server.js";
import { codeOf, type EditingServer, startEditingServer } from "./test-accounts.js";

let t: EditingServer;
beforeAll(async () => {
  t = await startEditingServer();
});
afterAll(async () => {
  await t.close();
});

const ME = "{ me { id name role email } }";

describe("sign-in with sessions", () => {
  it("sets an httpOnly SameSite=Lax session cookie and stores only its hash", async () => {
    const res = await t.gql(`mutation($input: LoginInput!) { login(input: $input) { viewer { id name role } } }`, {
      input: { email: "editor@casefile.local", password: "casefile-demo" },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data).toMatchObject({ login: { viewer: { name: "Demo Editor", role: "EDITOR" } } });
    const cookie = res.headers.get("set-cookie") as string;
    expect(cookie).toMatch(/^casefile_session=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).not.toContain("Secure");
    const secret = cookie.split(";")[0]?.split("=")[1] as string;
    const stored = t.store.sqlite.prepare("SELECT id, expires_at FROM sessions").all() as { id: string; expires_at: string }[];
    expect(stored.some((s) => s.id === secret)).toBe(false);
    expect(stored.every((s) => /^[0-9a-f]{64}$/.test(s.id))).toBe(true);
    const days = (Date.parse(stored.at(-1)?.expires_at as string) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
  });

  it("me returns the viewer, null when signed out; logout revokes the session", async () => {
    const headers = await t.signIn("viewer@casefile.local");
    const me = await t.as(headers)(ME);
    expect(me.data.me).toMatchObject({ name: "Demo Viewer", role: "VIEWER", email: "viewer@casefile.local" });
    expect((await t.anonymous(ME)).data.me).toBeNull();
    const out = await t.as(headers)("mutation { logout { isSignedOut } }");
    expect(out.data.logout.isSignedOut).toBe(true);
    expect(out.headers.get("set-cookie")).toMatch(/casefile_session=;.*Max-Age=0/);
    expect((await t.as(headers)(ME)).data.me).toBeNull();
  });

  it("a wrong password or unknown account is UNAUTHENTICATED and sets no cookie", async () => {
    for (const input of [
      { email: "editor@casefile.local", password: "wrong-password" },
      { email: "nobody@casefile.local", password: "casefile-demo" },
    ]) {
      const res = await t.gql(`mutation($input: LoginInput!) { login(input: $input) { viewer { id } } }`, { input });
      expect(codeOf(res)).toBe("UNAUTHENTICATED");
      expect(res.headers.get("set-cookie")).toBeNull();
    }
  });

  it("reading needs a viewer unless CASEFILE_PUBLIC_READ; introspection stays open", async () => {
    const res = await t.anonymous("{ cases { totalCount } }");
    expect(res.status).toBe(401);
    expect(codeOf(res)).toBe("UNAUTHENTICATED");
    expect(res.data).toBeUndefined();
    const fragment = await t.anonymous("query { ...F } fragment F on Query { entities(first: 1) { totalCount } }");
    expect(codeOf(fragment)).toBe("UNAUTHENTICATED");
    expect((await t.anonymous("{ __schema { queryType { name } } }")).data.__schema.queryType.name).toBe("Query");
    expect((await t.viewer("{ cases { totalCount } }")).data.cases.totalCount).toBe(2);
  });

  it("shows a user's email only to the user and to admins", async () => {
    const query = "{ users(first: 10) { edges { node { name email } } } }";
    expect(codeOf(await t.editor(query))).toBe("FORBIDDEN");
    const all = await t.admin(query);
    expect(all.data.users.edges.map((e: any) => e.node.email)).toContain("editor@casefile.local");
    const annotations = await t.editor("{ annotations(first: 5) { edges { node { author { name email } } } } }");
    expect(annotations.data.annotations.edges[0].node.author.email).toBeNull();
  });
});

describe("API tokens", () => {
  it("returns the secret once, stores it hashed, caps its role at the owner's, and stops working when revoked", async () => {
    const create = `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret token { id name role isRevoked owner { name } } } }`;
    expect(codeOf(await t.viewer(create, { input: { name: "too much", role: "EDITOR" } }))).toBe("FORBIDDEN");
    const made = await t.editor(create, { input: { name: "explainer", role: "VIEWER" } });
    expect(made.errors).toBeUndefined();
    const { secret, token } = made.data.createApiToken;
    expect(secret).toMatch(/^cf_[A-Za-z0-9_-]{40,}$/);
    expect(JSON.stringify(t.store.sqlite.prepare("SELECT * FROM api_tokens").all())).not.toContain(secret);
    const bearer = t.as({ authorization: `Bearer ${secret}` });
    expect((await bearer("{ me { name role } }")).data.me).toEqual({ name: "Demo Editor", role: "EDITOR" });
    // The token reads, but its VIEWER role cannot write.
    expect(
      codeOf(
        await bearer(`mutation { createCase(input: { slug: "x-case", caption: "X", status: INVESTIGATION }) { case { id } } }`),
      ),
    ).toBe("FORBIDDEN");
    const listed = await t.editor("{ apiTokens { name isRevoked } }");
    expect(listed.data.apiTokens).toEqual([{ name: "explainer", isRevoked: false }]);
    expect((await t.admin("{ apiTokens { name } }")).data.apiTokens.length).toBeGreaterThanOrEqual(1);
    const revoked = await t.editor(`mutation($id: ID!) { revokeApiToken(input: { id: $id }) { token { isRevoked } } }`, {
      id: token.id,
    });
    expect(revoked.data.revokeApiToken.token.isRevoked).toBe(true);
    const after = await bearer("{ me { name } }");
    expect(after.status).toBe(401);
    expect(codeOf(after)).toBe("UNAUTHENTICATED");
    expect(codeOf(await t.as({ authorization: "Bearer cf_unknown" })("{ me { name } }"))).toBe("UNAUTHENTICATED");
  });
});

describe("account administration", () => {
  it("admins create users, change roles and disable accounts; the last admin stays", async () => {
    const created = await t.admin(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id name role email } } }`,
      { input: { email: "New.Editor@Example.org", name: "New Editor", role: "VIEWER", password: "a-long-password-1" } },
    );
    expect(created.data.createUser.user).toMatchObject({ email: "new.editor@example.org", role: "VIEWER" });
    const id = created.data.createUser.user.id;
    const dup = await t.admin(`mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`, {
      input: { email: "new.editor@example.org", name: "Again", role: "VIEWER", password: "short" },
    });
    expect(codeOf(dup)).toBe("BAD_USER_INPUT");
    expect(dup.errors?.[0]?.extensions?.fields).toEqual([
      { path: "$.input.password", message: "password must be at least 12 characters" },
    ]);
    const promoted = await t.admin(`mutation($id: ID!) { updateUserRole(input: { id: $id, role: EDITOR }) { user { role } } }`, {
      id,
    });
    expect(promoted.data.updateUserRole.user.role).toBe("EDITOR");
    const session = await t.signIn("new.editor@example.org", "a-long-password-1");
    expect((await t.as(session)("{ me { role } }")).data.me.role).toBe("EDITOR");
    await t.admin(`mutation($id: ID!) { setUserDisabled(input: { id: $id, isDisabled: true }) { user { isDisabled } } }`, { id });
    expect((await t.as(session)("{ me { role } }")).data.me).toBeNull();
    const relogin = await t.gql(
      `mutation { login(input: { email: "new.editor@example.org", password: "a-long-password-1" }) { viewer { id } } }`,
    );
    expect(codeOf(relogin)).toBe("UNAUTHENTICATED");

    const me = await t.admin("{ me { id } }");
    const demote = await t.admin(`mutation($id: ID!) { updateUserRole(input: { id: $id, role: VIEWER }) { user { role } } }`, {
      id: me.data.me.id,
    });
    expect(codeOf(demote)).toBe("BAD_USER_INPUT");
    expect(demote.errors?.[0]?.message).toMatch(/last active admin/);
  });
});

describe("start-up accounts", () => {
  it("creates the first admin from the environment, and production refuses demo passwords", async () => {
    const { store } = t;
    const config = loadConfig({
      NODE_ENV: "test",
      CASEFILE_DB_PATH: t.dbPath,
      CASEFILE_ADMIN_EMAIL: "root@example.org",
      CASEFILE_ADMIN_PASSWORD: "correct horse battery",
    });
    const server = await createServer({ config, store });
    await server.apollo.stop();
    expect(store.sqlite.prepare("SELECT role FROM users WHERE email = 'root@example.org'").pluck().get()).toBe("ADMIN");
    await expect(createServer({ config: { ...config, NODE_ENV: "production" }, store })).rejects.toThrow(
      /Refusing to start in production: .*admin@casefile\.local.*demo password/,
    );
    // Once the demo passwords are gone, production starts.
    store.sqlite
      .prepare("UPDATE users SET password_hash = ? WHERE email LIKE '%@casefile.local'")
      .run(hashPasswordSync("another-password"));
    const production = await createServer({ config: { ...config, NODE_ENV: "production" }, store });
    await production.apollo.stop();
    expect(() => loadConfig({ CASEFILE_ADMIN_EMAIL: "root@example.org" })).toThrow(/CASEFILE_ADMIN_PASSWORD is required/);
  });
});
