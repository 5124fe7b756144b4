/**
 * FtM ids of Casefile records: `casefile-` and the Casefile id for entities (person-netyksho
 * becomes casefile-person-netyksho), `casefile-<record type>-` and the id for everything else.
 * Casefile ids may hold characters FtM ids cannot (":", "_", "/"); those are replaced and a
 * short hash of the original id is appended, so the FtM id stays stable and distinct.
 */
import { createHash } from "node:crypto";
import { ftmIdPattern } from "./schemata.js";

export type FtmRecordType = "case" | "role" | "rel" | "event" | "source" | "cit" | "address";

function safe(id: string): string {
  if (ftmIdPattern.test(id) && id.length <= 150) return id;
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
