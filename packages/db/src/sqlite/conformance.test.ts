/** The store conformance suite (../store/conformance) against SQLite files in a temporary folder. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe } from "vitest";
import { conformanceSuites, type OpenStore, searchConformanceSuites } from "../store/conformance/index.js";
import type { Store } from "../store/types.js";
import { openMigratedStore } from "./store.js";

const open: OpenStore<Store> = async () => {
  const folder = mkdtempSync(join(tmpdir(), "casefile-conformance-"));
  const store = openMigratedStore(join(folder, "casefile.db"));
  return {
    store,
    close: async () => {
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
};

describe("SQLite store conformance", () => {
  for (const suite of Object.values(conformanceSuites)) suite(open);
  for (const suite of Object.values(searchConformanceSuites)) suite(open);
});
