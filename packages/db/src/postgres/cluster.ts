/**
 * A throwaway PostgreSQL server for tests and the benchmark: `initdb` into a temporary folder,
 * `pg_ctl start` on a free loopback port with its socket in that folder, and, on stop, the
 * server stopped and the folder removed. Nothing outside the folder is touched. initdb refuses
 * to run as root, so as root the server runs as the `postgres` user (Debian's package creates
 * it) through `runuser`. The binaries come from CASEFILE_PG_BIN, else the newest
 * /usr/lib/postgresql/<version>/bin, else the PATH.
 */
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface ThrowawayCluster {
  /** A connection URL to `database` (default: postgres). */
  url(database?: string): string;
  port: number;
  /** Creates a database and returns its URL. */
  createDatabase(name: string): string;
  dropDatabase(name: string): void;
  stop(): void;
}

export class PostgresUnavailableError extends Error {}

export function postgresBinaries(): string {
  const fromEnv = process.env.CASEFILE_PG_BIN;
  if (fromEnv) {
    if (!existsSync(join(fromEnv, "initdb")))
      throw new PostgresUnavailableError(`CASEFILE_PG_BIN is ${fromEnv}, but it holds no initdb`);
    return fromEnv;
  }
  const root = "/usr/lib/postgresql";
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(join(root, v, "bin", "initdb")))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(root, versions[0], "bin");
  }
  try {
    const found = execFileSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" }).trim();
    if (found) return found.replace(/\/initdb$/, "");
  } catch {}
  throw new PostgresUnavailableError(
    "PostgreSQL's server binaries (initdb, pg_ctl) were not found: install them (Debian: apt-get install postgresql) or set CASEFILE_PG_BIN to their folder",
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startThrowawayCluster(): Promise<ThrowawayCluster> {
  const bin = postgresBinaries();
  const isRoot = process.getuid?.() === 0;
  const folder = mkdtempSync(join(tmpdir(), "casefile-pg-"));
  const run = (command: string, args: string[]) => {
    const [file, argv] = isRoot ? ["runuser", ["-u", "postgres", "--", join(bin, command), ...args]] : [join(bin, command), args];
    return execFileSync(file as string, argv as string[], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  };
  if (isRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(folder, uid, gid);
  }
  const data = join(folder, "data");
  const port = await freePort();
  try {
    run("initdb", ["-D", data, "-U", "casefile", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
    run("pg_ctl", [
      "-D",
      data,
      "-l",
      join(folder, "server.log"),
      "-o",
      `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200`,
      "-w",
      "start",
    ]);
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    const stderr = (error as { stderr?: string }).stderr ?? "";
    throw new PostgresUnavailableError(`could not start a throwaway PostgreSQL: ${(error as Error).message}\n${stderr}`);
  }
  const url = (database = "postgres") => `postgres://casefile@127.0.0.1:${port}/${database}`;
  const psql = (sql: string) =>
    execFileSync(join(bin, "psql"), ["-h", "127.0.0.1", "-p", String(port), "-U", "casefile", "-d", "postgres", "-qAtc", sql], {
      encoding: "utf8",
    });
  let stopped = false;
  return {
    port,
    url,
    createDatabase: (name) => {
      psql(`CREATE DATABASE "${name}"`);
      return url(name);
    },
    dropDatabase: (name) => {
      psql(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
    stop: () => {
      if (stopped) return;
      stopped = true;
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}
