import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ApiErrorState } from "@/components/api-error";
import { EditPageHeader, HistoryLink } from "@/components/edit-page";
import { SourceEditForm } from "@/components/editors/source-forms";
import { NeedsRole } from "@/components/states";
import { attempt } from "@/lib/attempt";
import { serverQueryOrNotFound } from "@/lib/graphql-server";
import { sourceHref } from "@/lib/links";
import { viewerFor } from "@/lib/page-guard";
import { SourceForEditQuery } from "@/operations/source-edit";

export const metadata: Metadata = { title: "Edit source" };

export default async function EditSourcePage({ params }: { params: Promise<{ id: string }> }) {
  const { isAllowed } = await viewerFor("EDITOR");
  if (!isAllowed) return <NeedsRole requiredRole="EDITOR" what="Editing a source" />;
  const id = decodeURIComponent((await params).id);
  const result = await attempt(() => serverQueryOrNotFound(SourceForEditQuery, { id }));
  if (!result.isOk) return <ApiErrorState error={result.error} what="this source" />;
  const source = result.data.node;
  if (source?.__typename !== "Source") notFound();
  return (
    <>
      <EditPageHeader
        crumbs={[{ href: "/sources", label: "Sources" }, { href: sourceHref(source.id), label: source.title }, { label: "Edit" }]}
        title={`Edit ${source.title}`}
        actions={<HistoryLink id={source.id} />}
      >
        Version {source.version}, text version {source.textVersion}.
      </EditPageHeader>
      <SourceEditForm source={source} />
    </>
  );
}
