import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { generate } from "../scripts/codegen";
import * as enums from "./enums";
import { loadSdl } from "./graphql/load-sdl";

const root = fileURLToPath(new URL("..", import.meta.url));
const schema = buildSchema(loadSdl());

describe("the GraphQL schema", () => {
  it("has committed generated files that match the SDL (run `pnpm codegen` if this fails)", async () => {
    const files = await generate();
    for (const [path, content] of Object.entries(files)) {
      expect(readFileSync(`${root}${path}`, "utf8"), `${path} is stale: run pnpm codegen`).toBe(content);
    }
  });

  it("describes every type, field, argument, input field and enum value", () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || ["String", "Int", "Float", "Boolean", "ID"].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          if ("args" in field)
            for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type))
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });

  it("has the same enum values as the domain's vocabularies", () => {
    const pairs: [string, readonly string[]][] = [
      ["CaseStatus", enums.caseStatuses],
      ["EntityKind", enums.entityKinds],
      ["OrganizationKind", enums.organizationKinds],
      ["PersonaKind", enums.personaKinds],
      ["PlaceKind", enums.placeKinds],
      ["ArtifactKind", enums.artifactKinds],
      ["CaseRoleKind", enums.caseRoles],
      ["Predicate", enums.predicates],
      ["EventKind", enums.eventKinds],
      ["ParticipantRole", enums.participantRoles],
      ["SourceKind", enums.sourceKinds],
      ["FactStatus", enums.factStatuses],
      ["DatePrecision", enums.datePrecisions],
      ["TargetType", enums.targetTypes],
      ["UserRole", enums.userRoles],
      ["AnnotationStatus", enums.annotationStatuses],
    ];
    for (const [name, values] of pairs) {
      const type = schema.getType(name);
      if (!isEnumType(type)) throw new Error(`${name} is not an enum`);
      expect(
        type.getValues().map((v) => v.name),
        name,
      ).toEqual([...values]);
    }
  });

  it("implements Relay's Node interface on every record type", () => {
    for (const name of [
      "Case",
      "Person",
      "Organization",
      "OnlinePersona",
      "Place",
      "Artifact",
      "Relationship",
      "Event",
      "Charge",
      "Source",
      "Citation",
      "Annotation",
      "Revision",
      "User",
    ]) {
      const type = schema.getType(name);
      if (!isObjectType(type)) throw new Error(`${name} is not an object type`);
      expect(
        type.getInterfaces().map((i) => i.name),
        name,
      ).toContain("Node");
    }
  });
});
