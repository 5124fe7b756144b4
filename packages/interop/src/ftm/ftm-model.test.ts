/**
 * Every exported entity checked against the FollowTheMoney model itself (the `defaultModel.json`
 * that the `@alephdata/followthemoney` package ships, 3.8.4), not against our own table: the
 * schema exists and is not abstract, every property exists on the schema (or a schema it
 * extends), every required property is present, and every entity reference points at an entity
 * of the stream whose schema fits the property's range.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { loadBundleFile } from "@casefile/db/seed";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type TempStores, tempStores } from "../test/support.js";
import { exportCaseFtm, type FtmEntity } from "./index.js";

interface ModelProperty {
  type: string;
  range?: string;
}
interface ModelSchema {
  extends?: string[];
  required?: string[];
  abstract?: boolean;
  properties: Record<string, ModelProperty>;
}
const model = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve("@alephdata/followthemoney/dist/defaultModel.json"), "utf8"),
) as { schemata: Record<string, ModelSchema> };

const ancestry = (name: string): string[] => {
  const schema = model.schemata[name];
  return schema ? [name, ...(schema.extends ?? []).flatMap(ancestry)] : [];
};
const propertiesOf = (name: string) =>
  Object.assign(
    {},
    ...ancestry(name)
      .reverse()
      .map((n) => model.schemata[n]?.properties ?? {}),
  ) as Record<string, ModelProperty>;
const requiredOf = (name: string) => [...new Set(ancestry(name).flatMap((n) => model.schemata[n]?.required ?? []))];

/** Every way an entity breaks the FtM model, as "id (schema): problem". */
export function modelProblems(entities: readonly FtmEntity[]): string[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const problems: string[] = [];
  for (const e of entities) {
    const at = `${e.id} (${e.schema})`;
    const schema = model.schemata[e.schema];
    if (!schema) {
      problems.push(`${at}: no such schema`);
      continue;
    }
    if (schema.abstract) problems.push(`${at}: the schema is abstract`);
    const properties = propertiesOf(e.schema);
    for (const [name, values] of Object.entries(e.properties)) {
      const property = properties[name];
      if (!property) {
        problems.push(`${at}: unknown property ${name}`);
        continue;
      }
      if (property.type !== "entity" || !property.range) continue;
      for (const ref of values) {
        const target = byId.get(ref);
        if (!target) problems.push(`${at}: ${name} refers to ${ref}, which is not in the stream`);
        else if (!ancestry(target.schema).includes(property.range))
          problems.push(`${at}: ${name} refers to a ${target.schema}, not a ${property.range}`);
      }
    }
    for (const name of requiredOf(e.schema)) {
      if (!e.properties[name]?.length) problems.push(`${at}: required property ${name} is missing`);
    }
  }
  return problems;
}

const secondCase = fileURLToPath(new URL("../../../db/test-fixtures/us-v-andrienko/bundle.json", import.meta.url));

let stores: TempStores;
beforeEach(() => {
  stores = tempStores();
});
afterEach(() => stores.cleanup());

describe("the FtM export against the FollowTheMoney model", () => {
  it("knows the model (the package carries it)", () => {
    expect(Object.keys(model.schemata).length).toBeGreaterThan(50);
    expect(propertiesOf("Membership")).toHaveProperty("member");
    expect(propertiesOf("Membership")).not.toHaveProperty("proof");
    expect(requiredOf("Document")).toContain("fileName");
  });

  it("exports only valid entities, for the seeded case and for a second case sharing its entities", async () => {
    const store = stores.seeded();
    loadBundleFile(store, secondCase);
    for (const slug of ["us-v-netyksho", "russian-nationals-2018", "us-v-andrienko"]) {
      const { entities } = await exportCaseFtm(store, slug);
      expect(entities.length).toBeGreaterThan(0);
      expect(modelProblems(entities), slug).toEqual([]);
    }
  });
});
