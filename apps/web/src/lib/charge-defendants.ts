import type { FactStatus } from "@/gql/graphql";

/** Link statuses that are not established by the charging document itself, in the order they are named. */
const QUALIFIED: readonly FactStatus[] = ["UNVERIFIED", "DISPUTED", "REFUTED", "REPORTED"];

/**
 * How many defendants a count names, saying when the links are not established:
 * "11 defendants (unverified)" when every link is unverified, "12 defendants (11 unverified)"
 * when some are, "12 defendants" when every link is alleged or confirmed by the charging document.
 */
export function defendantsSummary(links: ReadonlyArray<{ status: FactStatus }>): string {
  const n = links.length;
  const head = `${n.toLocaleString("en-US")} ${n === 1 ? "defendant" : "defendants"}`;
  const parts: string[] = [];
  for (const status of QUALIFIED) {
    const count = links.filter((l) => l.status === status).length;
    if (count === 0) continue;
    const word = status.toLowerCase();
    parts.push(count === n ? word : `${count} ${word}`);
  }
  return parts.length ? `${head} (${parts.join(", ")})` : head;
}

/** The page of a count. */
export const chargeHref = (chargeId: string) => `/charges/${encodeURIComponent(chargeId)}`;

/** The page of one defendant's link to a count. */
export const chargeLinkHref = (chargeId: string, defendantId: string) =>
  `${chargeHref(chargeId)}/defendants/${encodeURIComponent(defendantId)}`;
