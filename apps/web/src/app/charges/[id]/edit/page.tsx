import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AnnotationThread } from "@/components/annotation-thread";
import { AnnotationComposer } from "@/components/annotations/annotation-composer";
import { ApiErrorState } from "@/components/api-error";
import { EditPageHeader, HistoryLink } from "@/components/edit-page";
import { ChargeForm } from "@/components/editors/link-forms";
import { LinkedEntitiesEditor } from "@/components/editors/link-rows";
import { NeedsRole } from "@/components/states";
import { attempt } from "@/lib/attempt";
import { serverQueryOrNotFound } from "@/lib/graphql-server";
import { caseHref } from "@/lib/links";
import { viewerFor } from "@/lib/page-guard";
import { ChargeForEditQuery } from "@/operations/links-edit";

export const metadata: Metadata = { title: "Edit count" };

export default async function EditChargePage({ params }: { params: Promise<{ id: string }> }) {
  const { viewer, isAllowed } = await viewerFor("EDITOR");
  if (!isAllowed) return <NeedsRole requiredRole="EDITOR" what="Editing a count" />;
  const id = decodeURIComponent((await params).id);
  const result = await attempt(() => serverQueryOrNotFound(ChargeForEditQuery, { id }));
  if (!result.isOk) return <ApiErrorState error={result.error} what="this count" />;
  const charge = result.data.node;
  if (charge?.__typename !== "Charge") notFound();
  return (
    <>
      <EditPageHeader
        crumbs={[{ href: caseHref(charge.case.slug), label: charge.case.caption }, { label: `Count ${charge.countNumber}` }]}
        title={`Count ${charge.countNumber}: ${charge.title}`}
        actions={<HistoryLink id={charge.id} />}
      >
        Version {charge.version}.
      </EditPageHeader>
      <div className="stack" style={{ maxWidth: 960 }}>
        <ChargeForm caseId={charge.case.id} caseSlug={charge.case.slug} charge={charge} />
        <LinkedEntitiesEditor
          mode="defendants"
          parentId={charge.id}
          links={charge.defendants.map((d) => ({ id: d.id, version: d.version, status: d.status, entity: d.defendant }))}
        />
        <section className="card" aria-labelledby="charge-notes">
          <h2 id="charge-notes">Annotations ({charge.annotations.length})</h2>
          {charge.annotations.map((a) => (
            <AnnotationThread key={a.id} annotation={a} viewer={viewer} />
          ))}
          <AnnotationComposer targetId={charge.id} />
        </section>
      </div>
    </>
  );
}
