import { rmSync } from "node:fs";
import { dataDir } from "./environment";

/** Removes the run's temporary database directory. */
export default function globalTeardown() {
  if (dataDir?.includes("casefile-e2e-")) rmSync(dataDir, { recursive: true, force: true });
}
