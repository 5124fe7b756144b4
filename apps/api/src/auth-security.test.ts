/**
 * Authentication hardening: sign-in and token throttles (shared through the database), the one
 * password policy, scrypt's default cost with rehash on sign-in, disabling that revokes, and
 * restores authorized as the writes they perform.
 */
import { request } from "node:http";
import { toGlobalId } from "@casefile/schema/ids";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "./config.js";
import {
  currentScryptParameters,
  defaultScryptParameters,
  hashPassword,
  hashPasswordSync,
  usePasswordCostForTests,
  verifyPassword,
} from "./modules/auth/passwords.js";
import { beginSignIn } from "./modules/auth/throttle.js";
import { createServer } from "./server.js";
import { codeOf, dumpTables, type EditingServer, startEditingServer } from "./test-accounts.js";

let t: EditingServer;
beforeAll(async () => {
  t = await startEditingServer();
});
afterAll(async () => {
  await t.close();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any;
}

/** POSTs an operation from another loopback address (127.0.0.0/8), as a client elsewhere would. */
function gqlFrom(
  localAddress: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Answer> {
  const url = new URL(t.url);
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        localAddress,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: JSON.parse(Buffer.concat(chunks).toString("utf8")),
          }),
        );
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { viewer { name } } }`;
const login = (address: string, email: string, password: string) => gqlFrom(address, LOGIN, { input: { email, password } });
const code = (a: Answer) => a.body.errors?.[0]?.extensions?.code;

async function createAccount(email: string, password: string, role = "EDITOR"): Promise<string> {
  const res = await t.admin(`mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`, {
    input: { email, name: email.split("@")[0], role, password },
  });
  expect(res.errors).toBeUndefined();
  return res.data.createUser.user.id;
}

describe("sign-in throttles", () => {
  it("after 5 failures an account answers RATE_LIMITED with a retry time, even to the right password", async () => {
    await createAccount("target@example.org", "amber-violet-canyon-7");
    const answers: (string | undefined)[] = [];
    for (let i = 0; i < 5; i++) answers.push(code(await login("127.0.0.2", "target@example.org", `wrong-guess-${i}`)));
    expect(answers).toEqual(Array(5).fill("UNAUTHENTICATED"));
    const limited = await login("127.0.0.2", "target@example.org", "amber-violet-canyon-7");
    expect(code(limited)).toBe("RATE_LIMITED");
    expect(limited.body.errors[0].extensions.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(limited.body.errors[0].message).toMatch(/try again in \d+ s/);
    expect(limited.body.data).toBeNull();
  });

  it("parallel guesses are counted before the password is checked: at most 5 are checked", async () => {
    await createAccount("parallel@example.org", "quartz-meadow-lantern-4");
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => login("127.0.0.3", "parallel@example.org", `parallel-guess-${i}`)),
    );
    const codes = answers.map(code);
    expect(codes.filter((c) => c === "UNAUTHENTICATED").length).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === "RATE_LIMITED").length).toBeGreaterThanOrEqual(25);
  });

  it("failures from elsewhere do not lock the account out of the address it signs in from, and only delay new ones", async () => {
    await createAccount("victim@example.org", "cobalt-river-orchard-2");
    // The victim signs in from 127.0.0.4 (which becomes trusted for the account).
    expect(code(await login("127.0.0.4", "victim@example.org", "cobalt-river-orchard-2"))).toBeUndefined();
    // An attacker at 127.0.0.5 guesses until refused.
    for (let i = 0; i < 8; i++) await login("127.0.0.5", "victim@example.org", `attacker-guess-${i}`);
    expect(code(await login("127.0.0.5", "victim@example.org", "cobalt-river-orchard-2"))).toBe("RATE_LIMITED");
    // The victim's usual address still signs in.
    const victim = await login("127.0.0.4", "victim@example.org", "cobalt-river-orchard-2");
    expect(code(victim)).toBeUndefined();
    expect(victim.body.data.login.viewer.name).toBe("victim");
    // A new address waits, but a bounded time: at most 15 minutes, then it may try again.
    const fresh = await login("127.0.0.6", "victim@example.org", "cobalt-river-orchard-2");
    if (code(fresh) === "RATE_LIMITED") expect(fresh.body.errors[0].extensions.retryAfterSeconds).toBeLessThanOrEqual(900);
    for (let i = 0; i < 20; i++) {
      try {
        await beginSignIn(t.store, "victim@example.org", "192.0.2.1", Date.now() + i * 1000);
      } catch {}
    }
    const rows = t.store.sqlite
      .prepare("SELECT blocked_until FROM auth_throttles WHERE key = 'account:victim@example.org'")
      .pluck()
      .all() as string[];
    expect(rows).toHaveLength(1);
    const blockedFor = Date.parse(rows[0] as string) - Date.now();
    expect(blockedFor).toBeLessThanOrEqual(15 * 60_000 + 60_000);
    await expect(beginSignIn(t.store, "victim@example.org", "192.0.2.2", Date.now() + 17 * 60_000)).resolves.toBeDefined();
  });

  it("limits failures per address across accounts (20), unknown accounts included", async () => {
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 21; i++) codes.push(code(await login("127.0.0.7", `nobody-${i}@example.org`, "some-guess-123")));
    expect(codes.slice(0, 20)).toEqual(Array(20).fill("UNAUTHENTICATED"));
    expect(codes[20]).toBe("RATE_LIMITED");
    // Another address is not affected.
    expect(code(await login("127.0.0.8", "editor@casefile.local", "casefile-demo"))).toBeUndefined();
  });

  it("a disabled account answers a correct password exactly as a wrong one", async () => {
    const id = await createAccount("leaver@example.org", "saffron-glacier-pillow-3");
    await t.admin(`mutation($id: ID!) { setUserDisabled(input: { id: $id, isDisabled: true }) { user { id } } }`, { id });
    const right = await login("127.0.0.9", "leaver@example.org", "saffron-glacier-pillow-3");
    const wrong = await login("127.0.0.9", "leaver@example.org", "not-the-password");
    expect(code(right)).toBe("UNAUTHENTICATED");
    expect(right.body.errors[0].message).toBe(wrong.body.errors[0].message);
    expect(right.headers["set-cookie"]).toBeUndefined();
  });

  it("counts failed API tokens per address: past 20, 429 RATE_LIMITED with Retry-After; other addresses unaffected", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      statuses.push((await gqlFrom("127.0.0.10", "{ me { name } }", {}, { authorization: `Bearer cf_guess${i}` })).status);
    }
    expect(statuses).toEqual(Array(20).fill(401));
    const limited = await gqlFrom("127.0.0.10", "{ me { name } }", {}, { authorization: "Bearer cf_guess-more" });
    expect(limited.status).toBe(429);
    expect(code(limited)).toBe("RATE_LIMITED");
    expect(Number(limited.headers["retry-after"])).toBeGreaterThanOrEqual(1);
    expect((await gqlFrom("127.0.0.11", "{ me { name } }", {}, { authorization: "Bearer cf_other" })).status).toBe(401);
    // The counts live in the database, where every API process sees them.
    expect(
      t.store.sqlite.prepare("SELECT failures FROM auth_throttles WHERE key = 'token-address:127.0.0.10'").pluck().get(),
    ).toBe(20);
  });
});

describe("password policy", () => {
  it("createUser refuses demo, common, repeated and email-based passwords, and writes nothing", async () => {
    const before = await dumpTables(t.store);
    for (const [password, message] of [
      ["casefile-demo", /demo password/],
      ["aaaaaaaaaaaa", /one character repeated/],
      ["Password1234", /most common passwords/],
      ["jordan.smith-2024!", /part of the email address/],
      ["short-one", /at least 12 characters/],
      ["x".repeat(150) + "y".repeat(51), /at most 200 characters/],
    ] as const) {
      const res = await t.admin(`mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`, {
        input: { email: "jordan.smith@example.org", name: "Jordan", role: "VIEWER", password },
      });
      expect(codeOf(res), password).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0]?.extensions?.fields).toEqual([
        { path: "$.input.password", message: expect.stringMatching(message) },
      ]);
    }
    expect(await dumpTables(t.store)).toEqual(before);
  });

  it("the start-up admin follows it; in production the demo password never signs in, even on a re-enabled account", async () => {
    const base = { NODE_ENV: "test", CASEFILE_DB_PATH: t.dbPath, CASEFILE_ADMIN_EMAIL: "boot@example.org" } as const;
    await expect(
      createServer({ config: loadConfig({ ...base, CASEFILE_ADMIN_PASSWORD: "aaaaaaaaaaaa" }), store: t.store }),
    ).rejects.toThrow(/CASEFILE_ADMIN_PASSWORD is refused: it must not be one character repeated/);
    await expect(
      createServer({ config: loadConfig({ ...base, CASEFILE_ADMIN_PASSWORD: "casefile-demo" }), store: t.store }),
    ).rejects.toThrow(/demo password/);
    expect(t.store.sqlite.prepare("SELECT 1 FROM users WHERE email = 'boot@example.org'").get()).toBeUndefined();

    // Production, on a copy of the accounts: the demo accounts are disabled (so it starts) and
    // one still has the demo password.
    const { startTestServer } = await import("./test-support.js");
    const p = await startTestServer({ seed: false, env: { NODE_ENV: "test" } });
    try {
      const demoHash = hashPasswordSync("casefile-demo");
      p.store.sqlite
        .prepare(
          "INSERT INTO users (id, email, name, role, password_hash, is_disabled, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, 1, ?, ?)",
        )
        .run(
          "user-old-demo",
          "admin@casefile.local",
          "Old demo",
          "ADMIN",
          demoHash,
          new Date().toISOString(),
          new Date().toISOString(),
        );
      const config = loadConfig({
        NODE_ENV: "production",
        CASEFILE_DB_PATH: p.dbPath,
        CASEFILE_ADMIN_EMAIL: "root@example.org",
        CASEFILE_ADMIN_PASSWORD: "granite-willow-compass-5",
      });
      const production = await createServer({ config, store: p.store });
      const url = await production.listen(0, "127.0.0.1");
      try {
        const post = async (query: string, variables: Record<string, unknown> = {}, cookie = "") => {
          const res = await fetch(url, {
            method: "POST",
            headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
            body: JSON.stringify({ query, variables }),
          });
          return { body: (await res.json()) as any, cookie: res.headers.get("set-cookie")?.split(";")[0] ?? "" };
        };
        const root = await post(LOGIN, { input: { email: "root@example.org", password: "granite-willow-compass-5" } });
        expect(root.body.errors).toBeUndefined();
        const enabled = await post(
          `mutation($id: ID!) { setUserDisabled(input: { id: $id, isDisabled: false }) { user { isDisabled } } }`,
          { id: toGlobalId("User", "user-old-demo") },
          root.cookie,
        );
        expect(enabled.body.data.setUserDisabled.user.isDisabled).toBe(false);
        const demo = await post(LOGIN, { input: { email: "admin@casefile.local", password: "casefile-demo" } });
        expect(demo.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
        expect(demo.body.errors[0].message).toMatch(/demo password .* refused in production/);
        expect(demo.cookie).toBe("");
      } finally {
        await production.close();
      }
    } finally {
      await p.close();
    }
  });
});

describe("password hashing cost", () => {
  it("hashes at N = 2^17, r = 8, p = 1 by default (stored in the hash), and tests opt out explicitly", async () => {
    expect(defaultScryptParameters).toEqual({ N: 2 ** 17, r: 8, p: 1 });
    // test-setup.ts lowers the cost for speed; the default is what production runs.
    expect(currentScryptParameters()).not.toEqual(defaultScryptParameters);
    usePasswordCostForTests(null);
    try {
      expect(currentScryptParameters()).toEqual({ N: 131072, r: 8, p: 1 });
      const hash = await hashPassword("lilac-thunder-basket-8");
      expect(hash).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
      expect(await verifyPassword("lilac-thunder-basket-8", hash)).toBe(true);
      expect(await verifyPassword("lilac-thunder-basket-9", hash)).toBe(false);
    } finally {
      usePasswordCostForTests({ N: 2 ** 12, r: 8, p: 1 });
    }
  });

  it("a sign-in with a hash of an older cost stores a new one at the default cost, and still signs in after", async () => {
    await createAccount("legacy@example.org", "maple-harbor-signal-6");
    const id = t.store.sqlite.prepare("SELECT id FROM users WHERE email = 'legacy@example.org'").pluck().get();
    const legacy = hashPasswordSync("maple-harbor-signal-6", { N: 2 ** 14, r: 8, p: 1 });
    t.store.sqlite.prepare("UPDATE users SET password_hash = ? WHERE id = ?").run(legacy, id);
    const version = t.store.sqlite.prepare("SELECT version FROM users WHERE id = ?").pluck().get(id);
    usePasswordCostForTests(null);
    try {
      expect(code(await login("127.0.0.12", "legacy@example.org", "maple-harbor-signal-6"))).toBeUndefined();
      const stored = t.store.sqlite.prepare("SELECT password_hash, version FROM users WHERE id = ?").get(id) as {
        password_hash: string;
        version: number;
      };
      expect(stored.password_hash).toMatch(/^scrypt\$131072\$8\$1\$/);
      // Not a change anyone made: no new version or revision.
      expect(stored.version).toBe(version);
      expect(code(await login("127.0.0.12", "legacy@example.org", "maple-harbor-signal-6"))).toBeUndefined();
      expect(t.store.sqlite.prepare("SELECT password_hash FROM users WHERE id = ?").pluck().get(id)).toBe(stored.password_hash);
    } finally {
      usePasswordCostForTests({ N: 2 ** 12, r: 8, p: 1 });
    }
  });
});

describe("disabling an account", () => {
  it("ends its sessions and revokes its API tokens for good (re-enabling brings none back)", async () => {
    const id = await createAccount("departing@example.org", "indigo-falcon-harvest-1");
    const session = await t.signIn("departing@example.org", "indigo-falcon-harvest-1");
    const made = await t.as(session)(`mutation { createApiToken(input: { name: "script", role: VIEWER }) { secret } }`);
    const bearer = t.as({ authorization: `Bearer ${made.data.createApiToken.secret}` });
    expect((await bearer("{ me { name } }")).data.me.name).toBe("departing");
    const setDisabled = (isDisabled: boolean) =>
      t.admin(
        `mutation($id: ID!, $d: Boolean!) { setUserDisabled(input: { id: $id, isDisabled: $d }) { user { isDisabled } } }`,
        {
          id,
          d: isDisabled,
        },
      );
    await setDisabled(true);
    const userId = t.store.sqlite.prepare("SELECT id FROM users WHERE email = 'departing@example.org'").pluck().get();
    expect(t.store.sqlite.prepare("SELECT count(*) FROM sessions WHERE user_id = ?").pluck().get(userId)).toBe(0);
    expect(
      t.store.sqlite.prepare("SELECT count(*) FROM api_tokens WHERE user_id = ? AND revoked_at IS NULL").pluck().get(userId),
    ).toBe(0);
    await setDisabled(false);
    const after = await bearer("{ me { name } }");
    expect(after.status).toBe(401);
    expect((await t.as(session)("{ me { name } }")).data.me).toBeNull();
    const tokens = await t.as(await t.signIn("departing@example.org", "indigo-falcon-harvest-1"))("{ apiTokens { isRevoked } }");
    expect(tokens.data.apiTokens).toEqual([{ isRevoked: true }]);
  });
});
