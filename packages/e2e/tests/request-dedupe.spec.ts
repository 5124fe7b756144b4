import { type ChildProcess, spawn } from "node:child_process";
import { createServer, request as forward, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { type APIRequestContext, expect, test } from "@playwright/test";
import { apiPort } from "../environment";
import { articleSource, findEntity } from "./helpers";

// How many GraphQL requests the API receives for one view of a page. A second dashboard server
// (the same build) talks to the API through a counting proxy; the page's own record is asked once,
// although both generateMetadata (the <title>) and the page read it.

const webDir = fileURLToPath(new URL("../../../apps/web", import.meta.url));
const operations: string[] = [];
let proxy: Server;
let web: ChildProcess;
let webUrl = "";

/** The operation's name from its text (`query EntityPage($id: ID!) { ... }`), or "anonymous". */
function operationName(body: string): string {
  try {
    const { query } = JSON.parse(body) as { query?: string };
    return /\b(?:query|mutation)\s+(\w+)/.exec(query ?? "")?.[1] ?? "anonymous";
  } catch {
    return "unreadable";
  }
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  const port = await listen(probe);
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  proxy = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      if (req.method === "POST" && req.url?.startsWith("/graphql")) operations.push(operationName(body.toString("utf8")));
      const upstream = forward(
        { host: "127.0.0.1", port: apiPort, path: req.url, method: req.method, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on("error", () => {
        res.statusCode = 502;
        res.end();
      });
      upstream.end(body);
    });
  });
  const proxyPort = await listen(proxy);
  const port = await freePort();
  webUrl = `http://127.0.0.1:${port}`;
  web = spawn("npx", ["next", "start", "--hostname", "127.0.0.1", "--port", String(port)], {
    cwd: webDir,
    env: {
      ...process.env,
      CASEFILE_API_URL: `http://127.0.0.1:${proxyPort}/graphql`,
      CASEFILE_WEB_PORT: String(port),
      NEXT_TELEMETRY_DISABLED: "1",
    },
    detached: true,
    stdio: "ignore",
  });
  for (let waited = 0; ; waited += 500) {
    const isUp = await fetch(`${webUrl}/sign-in`).then(
      (r) => r.ok,
      () => false,
    );
    if (isUp) break;
    if (waited > 180_000) throw new Error("the second dashboard server did not start");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
});

test.afterAll(async () => {
  if (web?.pid) process.kill(-web.pid, "SIGTERM");
  await new Promise((resolve) => proxy?.close(resolve));
});

/** The operations the API received while the dashboard rendered `path` once (the signed-in viewer's cookie goes along). */
async function operationsFor(request: APIRequestContext, path: string) {
  operations.length = 0;
  const response = await request.get(`${webUrl}${path}`);
  expect(response.status()).toBe(200);
  return { names: [...operations], html: await response.text() };
}

const repeated = (names: readonly string[]) => names.filter((name, i) => names.indexOf(name) !== i);

test("one view of an entity page asks the API for the entity once, though its title and body both show it", async ({
  request,
}) => {
  const entity = await findEntity(request, "Ivan Sergeyevich Yermakov");
  const { names, html } = await operationsFor(request, `/entities/${encodeURIComponent(entity.id)}`);
  expect(html).toContain(`<title>${entity.name} · Casefile</title>`);
  expect(names.filter((n) => n === "EntityPage")).toHaveLength(1);
  expect(repeated(names), `operations: ${names.join(", ")}`).toEqual([]);
});

test("one view of a source asks the API for the source once", async ({ request }) => {
  const source = await articleSource(request);
  const { names, html } = await operationsFor(request, `/sources/${encodeURIComponent(source.id)}`);
  expect(html).toContain("<title>");
  expect(names.filter((n) => n === "SourceReader")).toHaveLength(1);
  expect(repeated(names), `operations: ${names.join(", ")}`).toEqual([]);
});
