/**
 * The API server: Apollo Server 5 on node:http. `createServer()` builds everything from a
 * config and a store so tests run the real thing against a temporary SQLite file.
 */
import { randomUUID } from "node:crypto";
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, HeaderMap } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { engineStatus, openConfiguredStore, type Store, setLockWait } from "@casefile/db";
import { typeDefs } from "@casefile/schema/graphql";
import { mergeResolvers } from "@graphql-tools/merge";
import { makeExecutableSchema } from "@graphql-tools/schema";
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { type Config, introspectionPolicy } from "./config.js";
import { type Context, createContext, type Viewer } from "./context.js";
import {
  AppError,
  BUSY_RETRY_AFTER_SECONDS,
  busyError,
  createErrorFormatter,
  isBusyError,
  retryWhileBusy,
} from "./lib/errors.js";
import { jitGateway } from "./lib/jit-executor.js";
import { armorProtection, nestingRefusal } from "./lib/limits.js";
import { createLogger, type Logger } from "./lib/logger.js";
import { RateLimiter, clientAddress as resolveClientAddress } from "./lib/rate-limit.js";
import { authenticateRequest, prepareAccounts } from "./modules/auth/service.js";
import { mutationResolvers } from "./mutation-resolvers.js";
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
  /**
   * An open store; by default one is opened (and migrated): PostgreSQL at CASEFILE_DATABASE_URL
   * if it is set, else SQLite at CASEFILE_DB_PATH.
   */
  store?: Store;
  /** A pino logger; by default one at CASEFILE_LOG_LEVEL (silent below errors in tests). */
  logger?: Logger;
  /**
   * Resolves the viewer of a request; by default the auth module's session cookie and API token
   * check. Throwing an AppError("UNAUTHENTICATED") refuses the request with 401, "RATE_LIMITED" with 429.
   */
  authenticate?: (request: IncomingMessage, store: Store, clientAddress: string) => Promise<Viewer | null> | Viewer | null;
}

/** How long the API's connection itself waits for a lock: briefly, as it blocks the event loop. */
export const API_BUSY_TIMEOUT_MS = 10;

export function buildSchema(options: { writeWaitMs?: number } = {}): GraphQLSchema {
  const merged = mergeResolvers([resolvers, mutationResolvers]);
  // Each mutation is one service call writing in one transaction: while the database is locked
  // by another connection it is run again, asynchronously, until CASEFILE_WRITE_WAIT_MS.
  const waitMs = options.writeWaitMs ?? 5000;
  const mutation = Object.fromEntries(
    Object.entries((merged.Mutation ?? {}) as Record<string, unknown>).map(([name, resolver]) => [
      name,
      typeof resolver === "function" ? (...args: unknown[]) => retryWhileBusy(() => resolver(...args), waitMs) : resolver,
    ]),
  );
  return makeExecutableSchema<Context>({ typeDefs, resolvers: { ...merged, Mutation: mutation } });
}

export async function createServer(options: ServerOptions): Promise<CasefileServer> {
  const { config } = options;
  const store =
    options.store ??
    (await openConfiguredStore({
      databaseUrl: config.CASEFILE_DATABASE_URL,
      dbPath: config.CASEFILE_DB_PATH,
      synchronous: config.CASEFILE_SQLITE_SYNCHRONOUS,
    }));
  // A lock held by another connection (a CLI import) must not stall every request: on SQLite,
  // statements give up at once, and mutations wait for the lock asynchronously (buildSchema).
  // (PostgreSQL waits for locks asynchronously: nothing to set.)
  setLockWait(store, API_BUSY_TIMEOUT_MS);
  const authenticate = options.authenticate ?? authenticateRequest;
  await prepareAccounts(store, config);
  const logger = options.logger ?? createLogger(config);
  const exposeStackTraces = config.CASEFILE_EXPOSE_STACK_TRACES;
  const introspection = introspectionPolicy(config);
  const schema = buildSchema({ writeWaitMs: config.CASEFILE_WRITE_WAIT_MS });
  const formatError = createErrorFormatter({
    exposeStackTraces,
    log: (error) => logger.error({ err: error }, "unexpected error"),
  });
  const protection = armorProtection({ isProduction: config.NODE_ENV === "production", maxCost: config.CASEFILE_MAX_QUERY_COST });
  const rateLimiter = new RateLimiter(config.CASEFILE_RATE_LIMIT_PER_MINUTE, 60_000);
  const apollo = new ApolloServer<Context>({
    // The schema comes through the gateway hook, which is how Apollo takes another executor.
    gateway: jitGateway<Context>(schema, { contextForRerun: (ctx) => ({ ...ctx, loaders: ctx.store.createLoaders() }) }),
    introspection: introspection !== "nobody",
    csrfPrevention: true,
    includeStacktraceInErrorResponses: exposeStackTraces,
    // AppErrors thrown before execution (by the access plugin) arrive wrapped without a path.
    // (Duck-typed: Apollo may load graphql's CommonJS build, so `instanceof GraphQLError` can miss.)
    formatError: (formatted, error) => {
      let original: unknown = error;
      for (let i = 0; i < 3 && original && !(original instanceof AppError); i++)
        original = (original as { originalError?: unknown }).originalError;
      return formatError(formatted, original instanceof AppError ? original : error);
    },
    plugins: [
      ...protection.plugins,
      // No HTTP caching of GraphQL answers here; the default plugin would wrap every resolver.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      busyPlugin(),
      accessPlugin({ isPublicRead: config.CASEFILE_PUBLIC_READ, isAnonymousIntrospection: introspection === "everyone" }),
    ],
    validationRules: protection.validationRules,
    parseOptions: protection.parseOptions,
    allowBatchedHttpRequests: false,
  });
  await apollo.start();

  const settings = {
    isProduction: config.NODE_ENV === "production",
    sessionDays: config.CASEFILE_SESSION_DAYS,
    isPublicRead: config.CASEFILE_PUBLIC_READ,
    searchTimeoutMs: config.CASEFILE_SEARCH_TIMEOUT_MS,
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, requestId: string) => {
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/healthz") return sendJson(res, 200, { status: "ok" });
    if (url.pathname === "/readyz") {
      // Ready when the database answers, (SQLite) its file is still the one this process opened
      // (not deleted or swapped by hand), and every committed migration is applied.
      const ready = await engineStatus(store);
      return sendJson(res, ready.status === "ready" ? 200 : 503, ready);
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
    // Refused before parsing: graphql's parser recurses once per bracket.
    const nesting = nestingRefusal(
      typeof parsedBody === "object" && parsedBody !== null && !Array.isArray(parsedBody)
        ? (parsedBody as { query?: unknown }).query
        : url.searchParams.get("query"),
    );
    if (nesting) return sendJson(res, 400, { errors: [{ message: nesting, extensions: { code: "QUERY_TOO_COMPLEX" } }] });
    // The real client behind a trusted proxy (the dashboard's /graphql route), else the TCP peer.
    const clientAddress = resolveClientAddress(
      req.socket.remoteAddress,
      req.headers["x-forwarded-for"],
      config.CASEFILE_TRUSTED_PROXIES,
    );
    let viewer: Viewer | null;
    try {
      viewer = await authenticate(req, store, clientAddress);
    } catch (error) {
      if (error instanceof AppError && (error.code === "UNAUTHENTICATED" || error.code === "RATE_LIMITED")) {
        const retryAfter = error.details.retryAfterSeconds;
        if (retryAfter !== undefined) res.setHeader("retry-after", String(retryAfter));
        return sendJson(res, error.code === "RATE_LIMITED" ? 429 : 401, {
          errors: [{ message: error.message, extensions: { code: error.code, ...error.details } }],
        });
      }
      // A cookie or header value that is not valid percent-encoding (decodeURIComponent).
      if (error instanceof URIError) {
        const message =
          "The Cookie or Authorization header is malformed (invalid percent-encoding): clear this site's cookies and sign in again";
        return sendJson(res, 400, { errors: [{ message, extensions: { code: "BAD_REQUEST" } }] });
      }
      throw error;
    }
    // One budget per API token, else per signed-in user, else per client address.
    const rateKey = viewer?.tokenId ? `token:${viewer.tokenId}` : viewer ? `user:${viewer.userId}` : `ip:${clientAddress}`;
    const decision = rateLimiter.take(rateKey);
    if (!decision.isAllowed) {
      res.setHeader("retry-after", String(decision.retryAfterSeconds));
      return sendJson(res, 429, {
        errors: [
          {
            message: `Too many requests: at most ${config.CASEFILE_RATE_LIMIT_PER_MINUTE} a minute. Retry in ${decision.retryAfterSeconds} s.`,
            extensions: { code: "RATE_LIMITED", retryAfterSeconds: decision.retryAfterSeconds },
          },
        ],
      });
    }
    const cookies: string[] = [];
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? "GET").toUpperCase(), headers, search: url.search, body: parsedBody },
      context: async () =>
        createContext(store, viewer, requestId, { setCookie: (c) => cookies.push(c) }, settings, clientAddress),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    if (cookies.length > 0) res.setHeader("set-cookie", cookies);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  const http = createHttpServer((req, res) => {
    const requestId = randomUUID();
    const started = performance.now();
    res.setHeader("x-request-id", requestId);
    const requestLog = logger.child({ requestId });
    res.on("finish", () => {
      requestLog.info(
        { method: req.method, url: req.url, status: res.statusCode, ms: Math.round(performance.now() - started) },
        "request",
      );
    });
    handle(req, res, requestId).catch((error: unknown) => {
      if (isBusyError(error) && !res.headersSent) {
        // E.g. signing in with a token while an import holds the write lock.
        const busy = busyError(API_BUSY_TIMEOUT_MS);
        res.setHeader("retry-after", String(BUSY_RETRY_AFTER_SECONDS));
        return sendJson(res, 503, { errors: [{ message: busy.message, extensions: { code: busy.code, ...busy.details } }] });
      }
      requestLog.error({ err: error }, "request failed");
      if (!res.headersSent)
        sendJson(res, 500, { errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
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
      if (!options.store) await store.close();
    },
  };
}

/** Headers on every API response. The dashboard sets its own, with a content security policy. */
const securityHeaders = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  "cross-origin-resource-policy": "same-origin",
};

/**
 * A request that got nothing because the database was busy answers 503 with Retry-After, so
 * clients and proxies know to send it again.
 */
function busyPlugin() {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({
          response,
        }: {
          response: {
            http: { status?: number; headers: Map<string, string> };
            body: {
              kind: string;
              singleResult?: { data?: unknown; errors?: readonly { extensions?: Record<string, unknown> }[] };
            };
          };
        }) {
          const result = response.body.kind === "single" ? response.body.singleResult : undefined;
          if (!result?.errors?.some((e) => e.extensions?.code === "DATABASE_BUSY")) return;
          response.http.headers.set("retry-after", String(BUSY_RETRY_AFTER_SECONDS));
          if (result.data == null) response.http.status = 503;
        },
      };
    },
  };
}

/** Root fields an anonymous request may use when reading is not public. */
const anonymousFields = new Set(["login", "logout", "me", "__typename"]);
const introspectionFields = new Set(["__schema", "__type"]);

/**
 * Reading needs a signed-in viewer or an API token unless CASEFILE_PUBLIC_READ is set: checked
 * once per operation, before execution, from its root fields (signing in stays open, and
 * introspection unless `isAnonymousIntrospection` is off). Writes are checked again by each
 * service, with the role they need.
 */
function accessPlugin(options: { isPublicRead: boolean; isAnonymousIntrospection: boolean }) {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(request: {
          contextValue: Context;
          operation?: OperationDefinitionNode;
          document: DocumentNode;
        }) {
          if (request.contextValue.viewer || !request.operation) return;
          const fields = rootFields(request.operation.selectionSet, request.document);
          const refused = fields.filter(
            (f) =>
              !anonymousFields.has(f) && !(introspectionFields.has(f) ? options.isAnonymousIntrospection : options.isPublicRead),
          );
          if (refused.length === 0) return;
          const error = new AppError(
            "UNAUTHENTICATED",
            refused.every((f) => introspectionFields.has(f))
              ? "sign in (or send an API token) to introspect the schema: introspection is closed to anonymous clients in production unless CASEFILE_INTROSPECTION=true"
              : `sign in (or send an API token) to use ${refused.join(", ")}`,
          );
          throw new GraphQLError(error.message, {
            originalError: error,
            extensions: { code: error.code, http: { status: 401 } },
          });
        },
      };
    },
  };
}

function rootFields(selectionSet: SelectionSetNode, document: DocumentNode, seen = new Set<string>()): string[] {
  const names: string[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) names.push(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) names.push(...rootFields(selection.selectionSet, document, seen));
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = document.definitions.find(
        (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value,
      );
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION) names.push(...rootFields(fragment.selectionSet, document, seen));
    }
  }
  return names;
}

function sendJson(res: ServerResponse, status: number, value: unknown) {
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.end(JSON.stringify(value));
}

/** Reads the body up to a limit; larger bodies are refused without being buffered. */
function readBody(
  req: IncomingMessage,
  limit: number,
): Promise<{ text: string; error?: undefined } | { error: string; status: number; text?: undefined }> {
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
