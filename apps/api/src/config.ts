/**
 * Configuration from environment variables, validated at start-up: a bad value stops the
 * process with a message naming the variable and what it should be.
 */
import { isIP } from "node:net";
import { isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { normalizeAddress } from "./lib/rate-limit.js";

/** Relative database paths are taken from the repository root, whichever package runs. */
export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

const bool = (name: string) =>
  z.enum(["true", "false", "1", "0"], { error: `${name} must be true or false` }).transform((v) => v === "true" || v === "1");

const port = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a port number` })
    .int(`${name} must be a whole number`)
    .min(1, `${name} must be from 1 to 65535`)
    .max(65535, `${name} must be from 1 to 65535`);

const schema = z
  .object({
    CASEFILE_DB_PATH: z
      .string()
      .min(1, "CASEFILE_DB_PATH must be a file path")
      .default("data/casefile.db")
      .transform((path) => (path === ":memory:" || isAbsolute(path) ? path : resolve(repoRoot, path))),
    /**
     * A PostgreSQL connection URL (postgres:// or postgresql://): the API and the CLI use that
     * database instead of the SQLite file at CASEFILE_DB_PATH.
     */
    CASEFILE_DATABASE_URL: z
      .string()
      .refine((value) => {
        if (!/^postgres(ql)?:\/\//i.test(value)) return false;
        try {
          return new URL(value).hostname !== "" || new URL(value).searchParams.has("host");
        } catch {
          return false;
        }
      }, "CASEFILE_DATABASE_URL must be a PostgreSQL URL like postgres://user:password@host:5432/database")
      .optional(),
    CASEFILE_API_HOST: z.string().min(1, "CASEFILE_API_HOST must be a host name or address").default("127.0.0.1"),
    CASEFILE_API_PORT: port("CASEFILE_API_PORT").default(4000),
    CASEFILE_WEB_PORT: port("CASEFILE_WEB_PORT").default(3000),
    CASEFILE_PUBLIC_READ: bool("CASEFILE_PUBLIC_READ").default(false),
    /**
     * Unset: on, except for anonymous clients in production. true: on for everyone; false: off.
     * Resolved by `introspectionPolicy`.
     */
    CASEFILE_INTROSPECTION: bool("CASEFILE_INTROSPECTION").optional(),
    /** Stack traces (with server paths) in error responses: only when explicitly enabled. */
    CASEFILE_EXPOSE_STACK_TRACES: bool("CASEFILE_EXPOSE_STACK_TRACES").default(false),
    CASEFILE_MAX_BODY_BYTES: z.coerce
      .number({ error: "CASEFILE_MAX_BODY_BYTES must be a number of bytes" })
      .int()
      .min(1024, "CASEFILE_MAX_BODY_BYTES must be at least 1024")
      .default(1_000_000),
    NODE_ENV: z
      .enum(["development", "production", "test"], { error: "NODE_ENV must be development, production or test" })
      .default("development"),
    /** The first admin, created at start-up if no account has this email. Set both or neither. */
    CASEFILE_ADMIN_EMAIL: z.email("CASEFILE_ADMIN_EMAIL must be an email address like admin@example.org").optional(),
    CASEFILE_ADMIN_PASSWORD: z
      .string()
      .min(12, "CASEFILE_ADMIN_PASSWORD must be at least 12 characters")
      .max(200, "CASEFILE_ADMIN_PASSWORD must be at most 200 characters")
      .optional(),
    CASEFILE_RATE_LIMIT_PER_MINUTE: z.coerce
      .number({ error: "CASEFILE_RATE_LIMIT_PER_MINUTE must be a number of requests" })
      .int("CASEFILE_RATE_LIMIT_PER_MINUTE must be a whole number")
      .min(1, "CASEFILE_RATE_LIMIT_PER_MINUTE must be at least 1")
      .default(1200),
    CASEFILE_MAX_QUERY_COST: z.coerce
      .number({ error: "CASEFILE_MAX_QUERY_COST must be a number" })
      .int("CASEFILE_MAX_QUERY_COST must be a whole number")
      .min(1000, "CASEFILE_MAX_QUERY_COST must be at least 1000")
      .default(250_000),
    CASEFILE_SEARCH_TIMEOUT_MS: z.coerce
      .number({ error: "CASEFILE_SEARCH_TIMEOUT_MS must be a number of milliseconds" })
      .int("CASEFILE_SEARCH_TIMEOUT_MS must be a whole number")
      .min(0, "CASEFILE_SEARCH_TIMEOUT_MS must be from 0 to 60000")
      .max(60_000, "CASEFILE_SEARCH_TIMEOUT_MS must be from 0 to 60000")
      .default(2000),
    /**
     * Peers whose X-Forwarded-For is believed (the dashboard, a reverse proxy): comma-separated
     * IP addresses, or "none". The default trusts only this machine (the dashboard's proxy).
     */
    CASEFILE_TRUSTED_PROXIES: z
      .string()
      .default("127.0.0.1,::1")
      .transform((value, ctx) => {
        if (value.trim().toLowerCase() === "none") return new Set<string>();
        const addresses = value.split(",").map((a) => normalizeAddress(a));
        const invalid = addresses.filter((a) => isIP(a) === 0);
        if (invalid.length > 0) {
          ctx.addIssue({
            code: "custom",
            message: `CASEFILE_TRUSTED_PROXIES must be comma-separated IP addresses or "none"; not addresses: ${invalid.map((a) => `"${a}"`).join(", ")}`,
          });
          return z.NEVER;
        }
        return new Set(addresses);
      }),
    CASEFILE_WRITE_WAIT_MS: z.coerce
      .number({ error: "CASEFILE_WRITE_WAIT_MS must be a number of milliseconds" })
      .int("CASEFILE_WRITE_WAIT_MS must be a whole number")
      .min(0, "CASEFILE_WRITE_WAIT_MS must be from 0 to 60000")
      .max(60_000, "CASEFILE_WRITE_WAIT_MS must be from 0 to 60000")
      .default(5000),
    CASEFILE_LOG_LEVEL: z
      .enum(["fatal", "error", "warn", "info", "debug", "silent"], {
        error: "CASEFILE_LOG_LEVEL must be one of fatal, error, warn, info, debug, silent",
      })
      .optional(),
    CASEFILE_SESSION_DAYS: z.coerce
      .number({ error: "CASEFILE_SESSION_DAYS must be a number of days" })
      .int("CASEFILE_SESSION_DAYS must be a whole number")
      .min(1, "CASEFILE_SESSION_DAYS must be from 1 to 365")
      .max(365, "CASEFILE_SESSION_DAYS must be from 1 to 365")
      .default(14),
    /** SQLite's synchronous setting: normal (WAL: survives process crashes) or full (also power loss). */
    CASEFILE_SQLITE_SYNCHRONOUS: z
      .enum(["normal", "full", "NORMAL", "FULL"], { error: "CASEFILE_SQLITE_SYNCHRONOUS must be normal or full" })
      .transform((v) => v.toLowerCase() as "normal" | "full")
      .default("normal"),
  })
  .superRefine((config, ctx) => {
    if ((config.CASEFILE_ADMIN_EMAIL === undefined) !== (config.CASEFILE_ADMIN_PASSWORD === undefined)) {
      const missing = config.CASEFILE_ADMIN_EMAIL === undefined ? "CASEFILE_ADMIN_EMAIL" : "CASEFILE_ADMIN_PASSWORD";
      ctx.addIssue({
        code: "custom",
        path: [missing],
        message: `${missing} is required when the other CASEFILE_ADMIN_* variable is set`,
      });
    }
  });

export type Config = z.infer<typeof schema>;

/** Who may introspect the schema: everyone, signed-in viewers only, or nobody. */
export function introspectionPolicy(config: Pick<Config, "CASEFILE_INTROSPECTION" | "NODE_ENV">) {
  if (config.CASEFILE_INTROSPECTION !== undefined) return config.CASEFILE_INTROSPECTION ? "everyone" : "nobody";
  return config.NODE_ENV === "production" ? "signed-in" : "everyone";
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty variables count as unset.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const shown = (name: string) =>
      name === "CASEFILE_DATABASE_URL" ? "(not shown: it may hold a password)" : `"${present[name]}"`;
    const lines = parsed.error.issues.map((i) => `  ${String(i.path[0])}: ${i.message} (got ${shown(String(i.path[0]))})`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
