import type { TargetType } from "./enums";

/**
 * Opaque Relay global IDs: base64url of "<TypeName>:<local id>". Clients must treat them as
 * opaque; the server decodes them to find the table and row. Local ids are stable text keys
 * (the import bundle's keys, or generated ones), so a global ID survives export and re-import.
 */

export const nodeTypeNames = [
  "Case",
  "Person",
  "Organization",
  "OnlinePersona",
  "Place",
  "Artifact",
  "CaseRole",
  "Relationship",
  "Event",
  "EventParticipant",
  "Charge",
  "ChargeDefendant",
  "Source",
  "Citation",
  "Annotation",
  "Revision",
  "User",
  "ApiToken",
] as const;
export type NodeTypeName = (typeof nodeTypeNames)[number];

/**
 * GraphQL type of the records citations and annotations point at, by target type. Entities
 * are left out: their type comes from their kind (`entityTypeNames`).
 */
export const targetTypeNames = {
  CASE: "Case",
  CASE_ROLE: "CaseRole",
  RELATIONSHIP: "Relationship",
  EVENT: "Event",
  EVENT_PARTICIPANT: "EventParticipant",
  CHARGE: "Charge",
  CHARGE_DEFENDANT: "ChargeDefendant",
  SOURCE: "Source",
} as const satisfies Record<Exclude<TargetType, "ENTITY">, NodeTypeName>;

const typeNameSet: ReadonlySet<string> = new Set(nodeTypeNames);

export function toGlobalId(typeName: NodeTypeName, localId: string): string {
  return Buffer.from(`${typeName}:${localId}`, "utf8").toString("base64url");
}

export interface DecodedGlobalId {
  typeName: NodeTypeName;
  id: string;
}

/** Decodes a global ID; returns null for anything that is not one of ours. */
export function fromGlobalId(globalId: string): DecodedGlobalId | null {
  if (typeof globalId !== "string" || globalId.length === 0 || globalId.length > 512) return null;
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(globalId)) return null;
  const decoded = Buffer.from(globalId, "base64url").toString("utf8");
  const separator = decoded.indexOf(":");
  if (separator <= 0) return null;
  const typeName = decoded.slice(0, separator);
  const id = decoded.slice(separator + 1);
  if (!typeNameSet.has(typeName) || id.length === 0) return null;
  return { typeName: typeName as NodeTypeName, id };
}

/** A new local id: a time-ordered prefix (so inserts append to the index) and random suffix. */
export function newLocalId(prefix: string): string {
  const time = Date.now().toString(36).padStart(9, "0");
  const random = crypto.getRandomValues(new Uint8Array(8));
  let suffix = "";
  for (const byte of random) suffix += byte.toString(36).padStart(2, "0");
  return `${prefix}_${time}${suffix}`;
}
