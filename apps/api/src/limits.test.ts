/**
 * Every GraphQL operation the dashboard sends passes the API's query limits: a limit that
 * refused the product's own pages would break them for every user.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type ASTNode, type FragmentDefinitionNode, Kind, parse, visit } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./test-support.js";

const operationsDir = fileURLToPath(new URL("../../web/src/operations/", import.meta.url));
const documents = readdirSync(operationsDir)
  .filter((f) => f.endsWith(".ts"))
  .flatMap((f) =>
    [...readFileSync(`${operationsDir}${f}`, "utf8").matchAll(/graphql\(`([\s\S]*?)`\)/g)].map((m) => m[1] as string),
  );
const definitions = documents.flatMap((d) => parse(d).definitions);
const fragments = new Map(
  definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
);

/** The fragments a node spreads, transitively. */
function usedFragments(node: ASTNode, found = new Map<string, FragmentDefinitionNode>()) {
  visit(node, {
    FragmentSpread(spread) {
      const fragment = fragments.get(spread.name.value);
      if (fragment && !found.has(fragment.name.value)) {
        found.set(fragment.name.value, fragment);
        usedFragments(fragment, found);
      }
    },
  });
  return found;
}
const operations = definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.close();
});

describe("the dashboard's operations", () => {
  it("are found", () => {
    expect(operations.length).toBeGreaterThan(10);
  });

  it.each(operations.map((o) => [o.name?.value ?? "anonymous", o] as const))(
    "%s passes the query limits",
    async (_name, operation) => {
      const source = [operation, ...usedFragments(operation).values()]
        .map((d) => d.loc?.source.body.slice(d.loc.start, d.loc.end))
        .join("\n");
      const res = await t.gql(source, {});
      const codes = (res.errors ?? []).map((e) => e.extensions?.code);
      expect(codes).not.toContain("QUERY_TOO_COMPLEX");
      expect(codes).not.toContain("GRAPHQL_VALIDATION_FAILED");
    },
  );
});
