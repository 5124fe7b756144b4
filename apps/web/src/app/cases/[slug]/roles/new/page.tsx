import type { Metadata } from "next";
import { EditPageHeader } from "@/components/edit-page";
import { CaseRoleForm } from "@/components/editors/link-forms";
import type { EntityRef } from "@/components/forms/entity-picker";
import { NeedsRole } from "@/components/states";
import type { EntityKind } from "@/gql/graphql";
import { attempt } from "@/lib/attempt";
import { getCaseHeader } from "@/lib/case-header";
import { serverQuery } from "@/lib/graphql-server";
import { caseHref } from "@/lib/links";
import { viewerFor } from "@/lib/page-guard";
import { param } from "@/lib/search-params";
import { EntityForEditQuery } from "@/operations/entity-edit";

export const metadata: Metadata = { title: "New case role" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewCaseRolePage({ params, searchParams }: Props) {
  const { isAllowed } = await viewerFor("EDITOR");
  if (!isAllowed) return <NeedsRole requiredRole="EDITOR" what="Adding a case role" />;
  const header = await getCaseHeader((await params).slug);
  const entityId = param(await searchParams, "entity");
  let entity: EntityRef | null = null;
  if (entityId) {
    const result = await attempt(() => serverQuery(EntityForEditQuery, { id: entityId }));
    const node = result.isOk ? result.data.node : null;
    if (node && "name" in node) entity = { id: node.id, name: node.name, kind: node.kind as EntityKind };
  }
  const title = header.shortTitle ?? header.caption;
  return (
    <>
      <EditPageHeader
        crumbs={[{ href: caseHref(header.slug), label: title }, { label: "New role" }]}
        title={`Add a role in ${title}`}
      >
        The part an entity plays in the case: defendant, victim, target, prosecutor, judge, official or other.
      </EditPageHeader>
      <CaseRoleForm caseId={header.id} caseSlug={header.slug} entity={entity} />
    </>
  );
}
