import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, repoRoot } from "./config.js";

describe("configuration", () => {
  it("has working defaults: 127.0.0.1:4000 and a database under data/", () => {
    const config = loadConfig({});
    expect(config.CASEFILE_API_HOST).toBe("127.0.0.1");
    expect(config.CASEFILE_API_PORT).toBe(4000);
    expect(config.CASEFILE_WEB_PORT).toBe(3000);
    expect(config.CASEFILE_DB_PATH).toBe(`${repoRoot}data/casefile.db`);
    expect(config.CASEFILE_PUBLIC_READ).toBe(false);
  });

  it("names every bad variable and what it should be", () => {
    let error: unknown;
    try {
      loadConfig({ CASEFILE_API_PORT: "99999", CASEFILE_PUBLIC_READ: "maybe", NODE_ENV: "staging" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('CASEFILE_API_PORT: CASEFILE_API_PORT must be from 1 to 65535 (got "99999")');
    expect(message).toContain("CASEFILE_PUBLIC_READ must be true or false");
    expect(message).toContain("NODE_ENV must be development, production or test");
  });

  it("takes a PostgreSQL URL in CASEFILE_DATABASE_URL and refuses anything else without echoing it", () => {
    expect(loadConfig({}).CASEFILE_DATABASE_URL).toBeUndefined();
    for (const url of ["postgres://casefile@db.example.org:5432/casefile", "postgresql://u:secret@127.0.0.1/cases"])
      expect(loadConfig({ CASEFILE_DATABASE_URL: url }).CASEFILE_DATABASE_URL).toBe(url);
    for (const bad of ["mysql://u:secret@host/db", "data/casefile.db", "postgres://"]) {
      let error: unknown;
      try {
        loadConfig({ CASEFILE_DATABASE_URL: bad });
      } catch (e) {
        error = e;
      }
      expect(error, bad).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toContain("CASEFILE_DATABASE_URL must be a PostgreSQL URL like postgres://");
      expect(message).not.toContain("secret");
    }
  });

  it("stops the server at start-up with that message and a non-zero exit code", () => {
    const cli = fileURLToPath(new URL("../bin/casefile.mjs", import.meta.url));
    const result = spawnSync(process.execPath, [cli, "serve"], {
      env: { ...process.env, CASEFILE_API_PORT: "http", CASEFILE_DB_PATH: ":memory:" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("CASEFILE_API_PORT");
  });

  it("explains the CLI's commands and refuses unknown ones with exit code 2", () => {
    const cli = fileURLToPath(new URL("../bin/casefile.mjs", import.meta.url));
    const help = spawnSync(process.execPath, [cli, "--help"], { encoding: "utf8", timeout: 30_000 });
    expect(help.status).toBe(0);
    for (const command of ["migrate", "seed", "import", "export", "backup", "restore", "serve"])
      expect(help.stdout).toContain(command);
    const unknown = spawnSync(process.execPath, [cli, "frobnicate"], { encoding: "utf8", timeout: 30_000 });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
  });
});
