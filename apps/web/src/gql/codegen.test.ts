import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "@graphql-codegen/cli";
import { describe, expect, it } from "vitest";
import { codegenConfig } from "../../codegen";

const appRoot = fileURLToPath(new URL("../..", import.meta.url));

describe("generated GraphQL types", () => {
  it("match the operations and packages/schema/schema.graphql (run `pnpm --filter @casefile/web codegen` if not)", async () => {
    const previous = process.cwd();
    process.chdir(appRoot);
    try {
      const outputs = await generate({ ...codegenConfig, cwd: appRoot, silent: true }, false);
      expect(outputs.length).toBeGreaterThan(0);
      for (const output of outputs) {
        const committed = readFileSync(join(appRoot, output.filename.replace(appRoot, "")), "utf8");
        expect(committed, `${output.filename} is stale`).toBe(output.content);
      }
    } finally {
      process.chdir(previous);
    }
  });
});
