import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ApiErrorState } from "@/components/api-error";
import { EditPageHeader, HistoryLink } from "@/components/edit-page";
import { CaseRoleForm } from "@/components/editors/link-forms";
import { NeedsRole } from "@/components/states";
import { attempt } from "@/lib/attempt";
import { serverQueryOrNotFound } from "@/lib/graphql-server";
import { entityHref } from "@/lib/links";
import { viewerFor } from "@/lib/page-guard";
import { CaseRoleForEditQuery } from "@/operations/links-edit";

export const metadata: Metadata = { title: "Edit case role" };

export default async function EditCaseRolePage({ params }: { params: Promise<{ id: string }> }) {
  const { isAllowed } = await viewerFor("EDITOR");
  if (!isAllowed) return <NeedsRole requiredRole="EDITOR" what="Editing a case role" />;
  const id = decodeURIComponent((await params).id);
  const result = await attempt(() => serverQueryOrNotFound(CaseRoleForEditQuery, { id }));
  if (!result.isOk) return <ApiErrorState error={result.error} what="this case role" />;
  const node = result.data.node;
  if (node?.__typename !== "CaseRole") notFound();
  return (
    <>
      <EditPageHeader
        crumbs={[{ href: entityHref(node.entity.id), label: node.entity.name }, { label: "Edit case role" }]}
        title={`${node.entity.name} in ${node.case.caption}`}
        actions={<HistoryLink id={node.id} />}
      >
        Version {node.version}.
      </EditPageHeader>
      <CaseRoleForm caseId={node.case.id} caseSlug={node.case.slug} role={node} />
    </>
  );
}
