/**
 * Mixed read/write load over loopback, then an audit that every acknowledged write is in the
 * database and nothing else is. Not a test: it prints figures and exits non-zero on any loss.
 *
 *   pnpm --filter @casefile/api load [--connections 50] [--seconds 30]
 *
 * The API runs in a child process on a fresh seeded database; this process is the client.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const connections = Math.min(option("connections", 50), 200);
const seconds = Math.min(option("seconds", 30), 120);
const repo = fileURLToPath(new URL("../../../", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "casefile-load-"));
const dbPath = join(dir, "load.db");
const port = 40_000 + Math.floor(Math.random() * 20_000);
const env = {
  ...process.env,
  CASEFILE_DB_PATH: dbPath,
  CASEFILE_API_PORT: String(port),
  CASEFILE_API_HOST: "127.0.0.1",
  CASEFILE_RATE_LIMIT_PER_MINUTE: "100000000",
  NODE_ENV: "test",
};
const cli = join(repo, "apps/api/bin/casefile.mjs");

function run(command: string[]) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...command], { env, stdio: "inherit" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command.join(" ")} exited ${code}`))));
  });
}

await run(["migrate"]);
await run(["seed"]);
const api = spawn(process.execPath, [cli, "serve"], { env, stdio: ["ignore", "ignore", "inherit"] });
const url = `http://127.0.0.1:${port}/graphql`;
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
  } catch {}
  await new Promise((r) => setTimeout(r, 200));
}

async function gql(query: string, variables: Record<string, unknown>, cookie: string) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

const login = await fetch(url, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({
    query: "mutation($i: LoginInput!) { login(input: $i) { viewer { id } } }",
    variables: { i: { email: "editor@casefile.local", password: "casefile-demo" } },
  }),
});
const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
if (!cookie) throw new Error("could not sign in as the demo editor");

const entities = (await gql("{ entities(first: 50) { edges { node { id } } } }", {}, cookie)).body.data.entities.edges.map(
  (e: any) => e.node.id as string,
);
const hot = entities.slice(0, 3);

const acknowledgedCreates = new Map<string, string>(); // annotation id -> body
const acknowledgedUpdates: { id: string; version: number; description: string }[] = [];
let reads = 0;
let conflicts = 0;
let failures = 0;
let sequence = 0;
const latencies: number[] = [];
const deadline = Date.now() + seconds * 1000;

async function worker(n: number) {
  while (Date.now() < deadline) {
    const pick = Math.random();
    const started = performance.now();
    try {
      if (pick < 0.7) {
        const id = entities[(n + reads) % entities.length];
        const res = await gql(
          "query($id: ID!) { node(id: $id) { id ... on Entity { name relationships { totalCount edges { node { predicate object { name } } } } citations { quote { exact } locator } } } }",
          { id },
          cookie,
        );
        if (res.status !== 200 || res.body.errors) failures++;
        else reads++;
      } else if (pick < 0.85) {
        const body = `load-${process.pid}-${sequence++}`;
        const res = await gql(
          "mutation($input: CreateAnnotationInput!) { createAnnotation(input: $input) { annotation { id body } } }",
          { input: { targetId: entities[n % entities.length], body } },
          cookie,
        );
        const created = res.body.data?.createAnnotation?.annotation;
        if (created) acknowledgedCreates.set(created.id, created.body);
        else failures++;
      } else {
        const id = hot[n % hot.length] as string;
        const current = await gql("query($id: ID!) { node(id: $id) { ... on Entity { version } } }", { id }, cookie);
        const version = current.body.data.node.version as number;
        const description = `load-update-${sequence++}`;
        const res = await gql(
          "mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { entity { id version description } } }",
          { input: { id, version, description } },
          cookie,
        );
        const entity = res.body.data?.updateEntity?.entity;
        if (entity) acknowledgedUpdates.push({ id, version: entity.version, description });
        else if (res.body.errors?.[0]?.extensions?.code === "CONFLICT") conflicts++;
        else failures++;
      }
    } catch {
      failures++;
    }
    latencies.push(performance.now() - started);
  }
}

const started = Date.now();
await Promise.all(Array.from({ length: connections }, (_, n) => worker(n)));
const elapsed = (Date.now() - started) / 1000;
api.kill("SIGTERM");
await new Promise((r) => api.on("exit", r));

// Audit the database file directly.
const db = new Database(dbPath, { readonly: true });
const stored = new Map(
  (db.prepare("SELECT id, body FROM annotations WHERE body LIKE 'load-%'").all() as { id: string; body: string }[]).map((r) => [
    r.id,
    r.body,
  ]),
);
const decode = (globalId: string) => Buffer.from(globalId, "base64url").toString("utf8").split(":").slice(1).join(":");
let lost = 0;
for (const [globalId, body] of acknowledgedCreates) if (stored.get(decode(globalId)) !== body) lost++;
const extra = stored.size - acknowledgedCreates.size;
let badUpdates = 0;
for (const id of hot) {
  const local = decode(id);
  const mine = acknowledgedUpdates.filter((u) => u.id === id).sort((a, b) => a.version - b.version);
  const revisions = db
    .prepare(
      "SELECT version, json_extract(snapshot, '$.description') AS description FROM revisions WHERE record_id = ? AND action = 'UPDATE' AND json_extract(snapshot, '$.description') LIKE 'load-update-%' ORDER BY version",
    )
    .all(local) as { version: number; description: string }[];
  if (JSON.stringify(revisions) !== JSON.stringify(mine.map((u) => ({ version: u.version, description: u.description }))))
    badUpdates++;
  const final = db.prepare("SELECT description FROM entities WHERE id = ?").pluck().get(local);
  if (mine.length > 0 && final !== mine.at(-1)?.description) badUpdates++;
}
db.close();
rmSync(dir, { recursive: true, force: true });

latencies.sort((a, b) => a - b);
const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]?.toFixed(1);
const total = latencies.length;
console.log(`connections ${connections}, ${elapsed.toFixed(1)} s, ${total} requests, ${(total / elapsed).toFixed(0)} req/s`);
console.log(`latency p50 ${p(0.5)} ms, p99 ${p(0.99)} ms`);
console.log(
  `reads ${reads}, annotations created ${acknowledgedCreates.size}, updates accepted ${acknowledgedUpdates.length}, conflicts ${conflicts}, failures ${failures}`,
);
console.log(
  `audit: lost acknowledged creates ${lost}, unacknowledged rows ${extra}, update histories not matching ${badUpdates}`,
);
if (lost > 0 || extra !== 0 || badUpdates > 0 || failures > 0) {
  console.error("LOSS OR FAILURE DETECTED");
  process.exit(1);
}
console.log("no loss: every acknowledged write is in the database and nothing else is");
