import type { CaseOverviewQuery } from "@/gql/graphql";
import { fieldLabelInSentence } from "./field-labels";
import { predicateLabel } from "./format";
import { entityHref } from "./links";
import { displayChanges } from "./revision-diff";

type ActivityRecord = CaseOverviewQuery["activity"]["edges"][number]["node"]["record"];

/** A changed record in words, by its name or title (never its type and version alone), with a link where it has a page. */
export function activityLabel(node: { record?: ActivityRecord | null }): { text: string; href?: string } {
  const record = node.record;
  if (!record) return { text: "a record since deleted" };
  if ("name" in record && record.name) return { text: record.name, href: entityHref(record.id) };
  if ("countNumber" in record) return { text: `Count ${record.countNumber}: ${record.title}` };
  if ("title" in record && record.title)
    return { text: record.title, href: record.__typename === "Source" ? `/sources/${encodeURIComponent(record.id)}` : undefined };
  if ("caption" in record) return { text: record.caption };
  if (record.__typename === "Citation")
    return { text: `citing ${record.source.title}`, href: `/sources/${encodeURIComponent(record.source.id)}` };
  if (record.__typename === "ChargeDefendant")
    return { text: `${record.defendant.name} in count ${record.charge.countNumber}`, href: entityHref(record.defendant.id) };
  if (record.__typename === "Relationship")
    return {
      text: `${record.subject.name} ${predicateLabel(record.predicate)} ${record.object.name}`,
      href: entityHref(record.subject.id),
    };
  if ("body" in record) return { text: `“${record.body.slice(0, 60)}${record.body.length > 60 ? "…" : ""}”` };
  return { text: "" };
}

/** "status, resolved on, resolved by": the changed fields by their labels, bookkeeping left out. */
export function changedFieldsText(changes: ReadonlyArray<{ field: string }>): string {
  return displayChanges(changes)
    .map((c) => fieldLabelInSentence(c.field))
    .join(", ");
}
