import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * The ports and the database of one e2e run. Chosen once, in the runner process, and kept in
 * process.env so that the worker processes (which load the config again) agree on them.
 */
function freePort(): number {
  const script =
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }));
}

process.env.CASEFILE_E2E_API_PORT ??= String(freePort());
process.env.CASEFILE_E2E_WEB_PORT ??= String(freePort());
process.env.CASEFILE_E2E_DIR ??= mkdtempSync(join(tmpdir(), "casefile-e2e-"));

export const apiPort = Number(process.env.CASEFILE_E2E_API_PORT);
export const webPort = Number(process.env.CASEFILE_E2E_WEB_PORT);
export const dataDir = process.env.CASEFILE_E2E_DIR;
export const dbPath = join(dataDir, "casefile.db");
export const baseURL = `http://127.0.0.1:${webPort}`;
export const storageStatePath = join(dataDir, "viewer-session.json");
export const editorStatePath = join(dataDir, "editor-session.json");
export const adminStatePath = join(dataDir, "admin-session.json");
export {
  adminEmail,
  chromiumArgs,
  chromiumPath,
  editorEmail,
  requireChromium,
  viewerEmail,
  viewerPassword,
} from "./constants";
