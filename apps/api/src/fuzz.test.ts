/**
 * Property-based fuzzing of every mutation: inputs generated from the schema's own input types
 * (valid shapes, hostile values). Whatever the input, the server never answers 500 or
 * INTERNAL_SERVER_ERROR, and a refused mutation leaves every table exactly as it was.
 */

import { typeDefs } from "@casefile/schema/graphql";
import fc from "fast-check";
import {
  buildSchema,
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dumpTables, type EditingServer, startEditingServer } from "./test-accounts.js";

let t: EditingServer;
let idPool: string[] = [];
beforeAll(async () => {
  t = await startEditingServer();
  const res = await t.admin<any>(`{
    entities(first: 30) { edges { node { id } } }
    events(first: 10) { edges { node { id participants { id } } } }
    charges(first: 5) { edges { node { id defendants { id } } } }
    sources(first: 5) { edges { node { id } } }
    citations(first: 5) { edges { node { id } } }
    annotations(first: 5) { edges { node { id } } }
    cases { edges { node { id } } }
  }`);
  idPool = JSON.stringify(res.data)
    .match(/"id":"([^"]+)"/g)!
    .map((m) => m.slice(6, -1));
});
afterAll(async () => {
  await t.close();
});

const hostileStrings = fc.constantFrom(
  "",
  " ",
  "2016-07",
  "2016-13-45",
  "<img src=x onerror=alert(1)>",
  "' OR 1=1 --",
  "NEAR(a b) *",
  "\u0000",
  "x".repeat(6000),
  "Guccifer 2.0",
  "https://example.org/x",
  "not a url",
  "-1",
  "us-v-netyksho",
);

function arbitraryFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return arbitraryFor(type.ofType, depth);
  if (isListType(type)) return fc.array(arbitraryFor(type.ofType, depth + 1), { maxLength: depth > 1 ? 1 : 3 });
  const named = getNamedType(type);
  if (isEnumType(named)) return fc.constantFrom(...named.getValues().map((v) => v.name));
  if (isScalarType(named)) {
    switch (named.name) {
      case "Int":
        return fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constantFrom(0, 1, -1, 2 ** 31 - 1, -(2 ** 31)));
      case "Float":
        return fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 });
      case "Boolean":
        return fc.boolean();
      case "ID":
        return fc.oneof(fc.constantFrom(...(idPool.length ? idPool : ["x"])), fc.string({ maxLength: 40 }));
      default:
        return fc.oneof(fc.string({ maxLength: 60 }), hostileStrings);
    }
  }
  if (isInputObjectType(named)) {
    const fields = Object.values(named.getFields());
    const shape: Record<string, fc.Arbitrary<unknown>> = {};
    const required: string[] = [];
    for (const field of fields) {
      shape[field.name] = arbitraryFor(field.type, depth + 1);
      if (isNonNullType(field.type)) required.push(field.name);
    }
    return fc.record(shape, { requiredKeys: required as never });
  }
  return fc.constant(null);
}

describe("fuzzing every mutation", () => {
  it("never answers 500 and never writes part of a refused input", async () => {
    // Built here from the SDL: the server's schema may come from graphql's CommonJS build.
    const mutationType = buildSchema(typeDefs).getMutationType();
    if (!mutationType) throw new Error("no mutations");
    // logout would end the session the fuzzer runs with.
    const mutations = Object.values(mutationType.getFields()).filter((f) => f.name !== "logout");
    expect(mutations.length).toBeGreaterThan(30);
    const problems: string[] = [];
    let accepted = 0;
    let refused = 0;
    for (const mutation of mutations) {
      const inputArg = mutation.args.find((a) => a.name === "input");
      const variables = inputArg ? arbitraryFor(inputArg.type) : fc.constant(undefined);
      const signature = inputArg ? `($input: ${inputArg.type.toString()})` : "";
      const call = inputArg ? "(input: $input)" : "";
      const document = `mutation${signature} { ${mutation.name}${call} { __typename } }`;
      await fc
        .assert(
          fc.asyncProperty(variables, async (input) => {
            const before = await dumpTables(t.store);
            const res = await t.admin<any>(document, inputArg ? { input } : {});
            const codes = (res.errors ?? []).map((e) => e.extensions?.code);
            if (res.status >= 500 || codes.includes("INTERNAL_SERVER_ERROR")) {
              problems.push(
                `${mutation.name} ${JSON.stringify(input).slice(0, 300)} -> ${res.status} ${JSON.stringify(res.errors)}`,
              );
              return false;
            }
            if (!res.errors?.length) accepted++;
            else refused++;
            if (res.errors?.length) {
              const after = await dumpTables(t.store);
              if (JSON.stringify(after) !== JSON.stringify(before)) {
                problems.push(`${mutation.name} was refused but wrote: ${JSON.stringify(input).slice(0, 300)}`);
                return false;
              }
            }
            return true;
          }),
          { numRuns: 12, seed: 20180713, endOnFailure: true },
        )
        .catch((error: unknown) => {
          // Property failures are already in `problems`; anything else (a crash of the check) too.
          if (!problems.some((p) => p.startsWith(mutation.name)))
            problems.push(`${mutation.name}: ${String(error).slice(0, 500)}`);
        });
    }
    expect(problems).toEqual([]);
    // The inputs reach the write path too, not only validation.
    expect(accepted).toBeGreaterThan(10);
    expect(refused).toBeGreaterThan(100);
  }, 300_000);
});
