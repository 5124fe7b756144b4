import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ApiErrorState } from "@/components/api-error";
import { EditPageHeader, HistoryLink } from "@/components/edit-page";
import { CitationEditForm } from "@/components/editors/source-forms";
import { NeedsRole } from "@/components/states";
import { attempt } from "@/lib/attempt";
import { humanize } from "@/lib/format";
import { serverQueryOrNotFound } from "@/lib/graphql-server";
import { sourceHref } from "@/lib/links";
import { viewerFor } from "@/lib/page-guard";
import { CitationForEditQuery } from "@/operations/source-edit";

export const metadata: Metadata = { title: "Edit citation" };

export default async function EditCitationPage({ params }: { params: Promise<{ id: string }> }) {
  const { isAllowed } = await viewerFor("EDITOR");
  if (!isAllowed) return <NeedsRole requiredRole="EDITOR" what="Editing a citation" />;
  const id = decodeURIComponent((await params).id);
  const result = await attempt(() => serverQueryOrNotFound(CitationForEditQuery, { id }));
  if (!result.isOk) return <ApiErrorState error={result.error} what="this citation" />;
  const citation = result.data.node;
  if (citation?.__typename !== "Citation") notFound();
  const t = citation.target;
  const label = !t ? "a deleted record" : "name" in t ? t.name : "title" in t ? t.title : humanize(citation.targetType);
  return (
    <>
      <EditPageHeader
        crumbs={[{ href: sourceHref(citation.source.id), label: citation.source.title }, { label: "Edit citation" }]}
        title={`Citation for ${label}`}
        actions={<HistoryLink id={citation.id} />}
      >
        {citation.quote ? `“${citation.quote.exact}”` : "Cited by locator."}{" "}
        {citation.source.hasText ? "To quote another passage, re-anchor it from the source reader." : ""}
      </EditPageHeader>
      {citation.isOrphaned ? (
        <p className="note">
          This citation’s passage was lost in an edit of the source text.{" "}
          <a href={`${sourceHref(citation.source.id)}?reanchor=${encodeURIComponent(citation.id)}`}>Re-anchor it</a>.
        </p>
      ) : null}
      <CitationEditForm citation={citation} />
    </>
  );
}
