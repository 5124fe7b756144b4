/**
 * Test helpers for the editing API: a server with reading closed to anonymous requests, the demo
 * accounts, and signed-in clients (session cookies) for each role.
 */
import { canonicalDump, type SqliteStore as Store, storeDump } from "@casefile/db";
import { seedDemoUsers } from "./seed-users.js";
import { type GraphQLResponse, startTestServer, type TestServer, testEngine } from "./test-support.js";

export type Gql = <T = any>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse<T>>;

export interface EditingServer extends TestServer {
  anonymous: Gql;
  viewer: Gql;
  editor: Gql;
  admin: Gql;
  /** A client sending this header set on every request. */
  as(headers: Record<string, string>): Gql;
  /** Signs in and returns the session cookie header. */
  signIn(email: string, password?: string): Promise<Record<string, string>>;
}

export async function startEditingServer(env: Record<string, string> = {}): Promise<EditingServer> {
  const t = await startTestServer({ env: { CASEFILE_PUBLIC_READ: "false", ...env } });
  const store: Store = t.store;
  await seedDemoUsers(store, { NODE_ENV: "test" }, () => {});
  const as =
    (headers: Record<string, string>): Gql =>
    <T>(query: string, variables?: Record<string, unknown>) =>
      t.gql<T>(query, variables, headers);
  const signIn = async (email: string, password = "casefile-demo") => {
    const res = await t.gql(`mutation($input: LoginInput!) { login(input: $input) { viewer { id } } }`, {
      input: { email, password },
    });
    const cookie = res.headers.get("set-cookie");
    if (!cookie) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(res.errors)}`);
    return { cookie: cookie.split(";")[0] as string };
  };
  const [viewer, editor, admin] = await Promise.all([
    signIn("viewer@casefile.local"),
    signIn("editor@casefile.local"),
    signIn("admin@casefile.local"),
  ]);
  return { ...t, anonymous: as({}), viewer: as(viewer), editor: as(editor), admin: as(admin), as, signIn };
}

/**
 * Every table's rows, for "nothing was written" comparisons (sign-in and token throttle counts
 * aside): SQLite's canonical dump, or on PostgreSQL the engine-neutral dump of every table.
 */
export async function dumpTables(store: Store): Promise<Record<string, unknown[]>> {
  if (testEngine === "postgres") return storeDump(store, { excludeTables: ["auth_throttles"] });
  return canonicalDump(store, { excludeTables: ["auth_throttles"] });
}

export const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;
