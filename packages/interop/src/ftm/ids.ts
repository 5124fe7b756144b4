/**
 * FtM ids of Casefile records: `casefile-` and the Casefile id for entities (person-netyksho
 * becomes casefile-person-netyksho), `casefile-<record type>-` and the id for everything else.
 * Casefile ids may hold characters FtM ids cannot (":", "_", "/"). Casefile ids are lowercase,
 * so those become the capitals C, U and S (entity_0k3... becomes casefile-entityU0k3...): the
 * FtM id is stable and reads back to the same Casefile id (fromFtmId), so an entity created
 * through the API is matched by id on re-import. Ids that still do not fit (too long, ending in
 * "." or "-") are cleaned and get a short hash of the original id; those do not read back.
 */
import { createHash } from "node:crypto";
import { ftmIdPattern } from "./schemata.js";

export type FtmRecordType = "case" | "role" | "rel" | "event" | "source" | "cit" | "address" | "note";

const escapes: Record<string, string> = { ":": "C", _: "U", "/": "S" };
const unescapes: Record<string, string> = { C: ":", U: "_", S: "/" };

function safe(id: string): string {
  if (ftmIdPattern.test(id) && id.length <= 150) return id;
  const escaped = id.replace(/[:_/]/g, (c) => escapes[c] as string);
  if (ftmIdPattern.test(escaped) && escaped.length <= 150) return escaped;
  const cleaned = id
    .replace(/[^0-9a-zA-Z.-]+/g, "-")
    .replace(/^[.-]+|[.-]+$/g, "")
    .slice(0, 120);
  const hash = createHash("sha1").update(id).digest("hex").slice(0, 10);
  return cleaned ? `${cleaned}-${hash}` : hash;
}

export function ftmEntityId(entityId: string): string {
  return `casefile-${safe(entityId)}`;
}

export function ftmRecordId(type: FtmRecordType, id: string): string {
  return `casefile-${type}-${safe(id)}`;
}

/** The Casefile id an FtM id (without its `casefile-...-` prefix) was made from, when it reads back. */
export function fromFtmId(rest: string): string {
  return rest.replace(/[CUS]/g, (c) => unescapes[c] as string);
}
