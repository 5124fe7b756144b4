/**
 * The API server: Apollo Server 5 on node:http. `createServer()` builds everything from a
 * config and a store so tests run the real thing against a temporary SQLite file.
 */
import { randomUUID } from "node:crypto";
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, HeaderMap } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { openMigratedStore, Queries, type Store } from "@casefile/db";
import { typeDefs } from "@casefile/schema/graphql";
import { makeExecutableSchema } from "@graphql-tools/schema";
import type { GraphQLSchema } from "graphql";
import type { Config } from "./config.js";
import { type Context, createContext, type Viewer } from "./context.js";
import { createErrorFormatter } from "./lib/errors.js";
import { resolvers } from "./resolvers.js";

export interface CasefileServer {
  http: Server;
  apollo: ApolloServer<Context>;
  store: Store;
  schema: GraphQLSchema;
  /** Starts listening; resolves with the URL of the GraphQL endpoint. */
  listen(port?: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

export interface ServerOptions {
  config: Config;
  /** An open store; by default one is opened (and migrated) at config.CASEFILE_DB_PATH. */
  store?: Store;
  log?: (level: "info" | "error", message: string, data?: Record<string, unknown>) => void;
  /** Resolves the viewer of a request (sign-in is added by the auth module). */
  authenticate?: (request: IncomingMessage, store: Store) => Promise<Viewer | null> | Viewer | null;
}

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema<Context>({ typeDefs, resolvers: resolvers as never });
}

export async function createServer(options: ServerOptions): Promise<CasefileServer> {
  const { config } = options;
  const store = options.store ?? openMigratedStore(config.CASEFILE_DB_PATH);
  const queries = new Queries(store.sqlite);
  const log =
    options.log ??
    ((level, message, data) => {
      if (config.NODE_ENV !== "test" || level === "error") {
        process.stderr.write(`${JSON.stringify({ level, time: new Date().toISOString(), message, ...data })}\n`);
      }
    });
  const isDevelopment = config.NODE_ENV === "development";
  const schema = buildSchema();
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.CASEFILE_INTROSPECTION,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: isDevelopment,
    formatError: createErrorFormatter({
      isDevelopment,
      log: (error) => log("error", "unexpected error", { error: String((error as Error)?.stack ?? error) }),
    }),
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const requestId = randomUUID();
    res.setHeader("x-request-id", requestId);
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/healthz") {
      store.sqlite.prepare("SELECT 1").get();
      return sendJson(res, 200, { status: "ok" });
    }
    if (url.pathname !== "/graphql") return sendJson(res, 404, { error: "Not found: GraphQL is served at /graphql" });

    const body = await readBody(req, config.CASEFILE_MAX_BODY_BYTES);
    if (body.error !== undefined) {
      return sendJson(res, body.status, { errors: [{ message: body.error, extensions: { code: "BAD_REQUEST" } }] });
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    let parsedBody: unknown;
    const contentType = headers.get("content-type") ?? "";
    if (req.method === "POST" && body.text.length > 0 && contentType.toLowerCase().includes("application/json")) {
      try {
        parsedBody = JSON.parse(body.text);
      } catch {
        return sendJson(res, 400, {
          errors: [{ message: "The request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }],
        });
      }
    } else {
      parsedBody = body.text;
    }
    const viewer = options.authenticate ? await options.authenticate(req, store) : null;
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? "GET").toUpperCase(), headers, search: url.search, body: parsedBody },
      context: async () => createContext(store, queries, viewer, requestId),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  const http = createHttpServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log("error", "request failed", { error: String((error as Error)?.stack ?? error) });
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
      else res.end();
    });
  });

  return {
    http,
    apollo,
    store,
    schema,
    listen(port = config.CASEFILE_API_PORT, host = config.CASEFILE_API_HOST) {
      return new Promise((resolve, reject) => {
        http.once("error", reject);
        http.listen(port, host, () => {
          const address = http.address() as AddressInfo;
          resolve(`http://${host}:${address.port}/graphql`);
        });
      });
    },
    async close() {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeAllConnections();
      await apollo.stop();
      if (!options.store) store.close();
    },
  };
}

function sendJson(res: ServerResponse, status: number, value: unknown) {
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.end(JSON.stringify(value));
}

/** Reads the body up to a limit; larger bodies are refused without being buffered. */
function readBody(req: IncomingMessage, limit: number): Promise<{ text: string; error?: undefined } | { error: string; status: number; text?: undefined }> {
  return new Promise((resolve) => {
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > limit) {
      resolve({ error: `The request body is larger than ${limit} bytes`, status: 413 });
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let isDone = false;
    req.on("data", (chunk: Buffer) => {
      if (isDone) return;
      size += chunk.length;
      if (size > limit) {
        isDone = true;
        resolve({ error: `The request body is larger than ${limit} bytes`, status: 413 });
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      if (isDone) return;
      isDone = true;
      const buffer = Buffer.concat(chunks);
      const text = new TextDecoder("utf-8", { fatal: true });
      try {
        resolve({ text: text.decode(buffer) });
      } catch {
        resolve({ error: "The request body is not valid UTF-8", status: 400 });
      }
    });
    req.on("error", () => {
      if (!isDone) {
        isDone = true;
        resolve({ error: "The request body could not be read", status: 400 });
      }
    });
  });
}
