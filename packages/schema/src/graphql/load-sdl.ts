import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const sdlDir = fileURLToPath(new URL("./sdl/", import.meta.url));

/** The SDL modules, base first, then the others in name order. */
export function loadSdl(): string {
  const files = readdirSync(sdlDir)
    .filter((f) => f.endsWith(".graphql"))
    .sort((a, b) => (a === "base.graphql" ? -1 : b === "base.graphql" ? 1 : a.localeCompare(b)));
  return files.map((f) => `# ${f}\n${readFileSync(`${sdlDir}${f}`, "utf8")}`).join("\n");
}
