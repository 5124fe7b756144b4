import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backupStore, checkIntegrity, openMigratedStore } from "../index.js";
import { loadBundle, restoreStore } from "./seed/index.js";

const ENTITIES = 40_000;
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "casefile-crash-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function bigBundle(count: number, prefix = "crash") {
  return {
    format: "casefile-bundle",
    version: 1,
    entities: Array.from({ length: count }, (_, i) => ({
      id: `${prefix}-person-${i}`,
      kind: "PERSON",
      name: `Person ${i} of the crash test`,
      aliases: [`P${i}`],
      description: "Generated to be interrupted.",
    })),
  };
}

describe("crash safety", () => {
  it("leaves an import killed with SIGKILL mid-way either absent or whole, and the file intact", async () => {
    const dbPath = join(dir, "crash.db");
    openMigratedStore(dbPath).close();
    const bundlePath = join(dir, "big.json");
    writeFileSync(bundlePath, JSON.stringify(bigBundle(ENTITIES)));
    const script = `
      import { openStore } from ${JSON.stringify(fileURLToPath(new URL("../index.ts", import.meta.url)))};
      import { loadBundleFile } from ${JSON.stringify(fileURLToPath(new URL("./seed/index.ts", import.meta.url)))};
      const store = openStore(${JSON.stringify(dbPath)});
      loadBundleFile(store, ${JSON.stringify(bundlePath)}, { onProgress: (done) => process.stdout.write("progress " + done + "\\n") });
      process.stdout.write("committed\\n");
    `;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      cwd: fileURLToPath(new URL("../..", import.meta.url)),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const killed = await new Promise<boolean>((resolve) => {
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        // Kill once the transaction is well under way (rows written, not yet committed).
        if (/progress (1[0-9]{4}|[2-9][0-9]{4})/.test(output) && !output.includes("committed")) {
          child.kill("SIGKILL");
          resolve(true);
        }
      });
      child.on("exit", () => resolve(false));
    });
    await new Promise((resolve) =>
      child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.on("exit", resolve),
    );
    expect(killed, `the import finished before it could be killed:\n${output}`).toBe(true);
    expect(child.signalCode).toBe("SIGKILL");

    const store = openMigratedStore(dbPath);
    try {
      expect(checkIntegrity(store)).toBe("ok");
      const count = store.sqlite.prepare("SELECT count(*) FROM entities WHERE id LIKE 'crash-person-%'").pluck().get();
      expect([0, ENTITIES]).toContain(count);
      // The search index agrees with the table (its triggers ran in the same transaction).
      const indexed = store.sqlite
        .prepare("SELECT count(*) FROM entity_names_fts WHERE entity_names_fts MATCH 'crash'")
        .pluck()
        .get();
      expect(indexed).toBe(count);
    } finally {
      store.close();
    }
  }, 120_000);

  it("backs up a database while it is being written, into a consistent copy", async () => {
    const dbPath = join(dir, "live.db");
    const store = openMigratedStore(dbPath);
    // Each write adds one entity and one relationship in one transaction: a consistent copy has
    // as many relationships as entities minus the hub.
    loadBundle(store, {
      format: "casefile-bundle",
      version: 1,
      entities: [{ id: "hub", kind: "ORGANIZATION", name: "Hub", organizationKind: "OTHER" }],
    });
    let written = 0;
    let isWriting = true;
    const writer = (async () => {
      while (isWriting) {
        loadBundle(store, {
          format: "casefile-bundle",
          version: 1,
          entities: [{ id: `member-${written}`, kind: "PERSON", name: `Member ${written}` }],
          relationships: [{ id: `rel-${written}`, subject: `member-${written}`, predicate: "MEMBER_OF", object: "hub" }],
        });
        written++;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const backupPath = join(dir, "backup.db");
    await backupStore(store, backupPath);
    isWriting = false;
    await writer;
    store.close();
    expect(written).toBeGreaterThan(10);

    const restoredPath = join(dir, "restored.db");
    await restoreStore(backupPath, restoredPath);
    const restored = openMigratedStore(restoredPath);
    try {
      expect(checkIntegrity(restored)).toBe("ok");
      const entities = restored.sqlite.prepare("SELECT count(*) FROM entities").pluck().get() as number;
      const relationships = restored.sqlite.prepare("SELECT count(*) FROM relationships").pluck().get() as number;
      expect(relationships).toBe(entities - 1);
      expect(entities).toBeGreaterThan(1);
    } finally {
      restored.close();
    }
  });
});
