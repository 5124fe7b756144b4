import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AnnotationThread } from "@/components/annotation-thread";
import { AnnotationComposer } from "@/components/annotations/annotation-composer";
import { ApiErrorState } from "@/components/api-error";
import { EditPageHeader, HistoryLink } from "@/components/edit-page";
import { RelationshipForm } from "@/components/editors/link-forms";
import { NeedsRole } from "@/components/states";
import type { RelationshipForEditQuery as Result } from "@/gql/graphql";
import { attempt } from "@/lib/attempt";
import { predicateLabel } from "@/lib/format";
import { serverQueryOrNotFound } from "@/lib/graphql-server";
import { entityHref } from "@/lib/links";
import { viewerFor } from "@/lib/page-guard";
import { RelationshipForEditQuery } from "@/operations/links-edit";

export const metadata: Metadata = { title: "Edit relationship" };
type Relationship = Extract<NonNullable<Result["node"]>, { __typename: "Relationship" }>;

export default async function EditRelationshipPage({ params }: { params: Promise<{ id: string }> }) {
  const { viewer, isAllowed } = await viewerFor("EDITOR");
  if (!isAllowed) return <NeedsRole requiredRole="EDITOR" what="Editing a relationship" />;
  const id = decodeURIComponent((await params).id);
  const result = await attempt(() => serverQueryOrNotFound(RelationshipForEditQuery, { id }));
  if (!result.isOk) return <ApiErrorState error={result.error} what="this relationship" />;
  if (result.data.node?.__typename !== "Relationship") notFound();
  const rel = result.data.node as Relationship;
  return (
    <>
      <EditPageHeader
        crumbs={[{ href: entityHref(rel.subject.id), label: rel.subject.name }, { label: "Edit relationship" }]}
        title={`${rel.subject.name} ${predicateLabel(rel.predicate)} ${rel.object.name}`}
        actions={<HistoryLink id={rel.id} />}
      >
        Version {rel.version}.
      </EditPageHeader>
      <div className="stack">
        <RelationshipForm relationship={rel} />
        <section className="card" aria-labelledby="rel-notes" style={{ maxWidth: 960 }}>
          <h2 id="rel-notes">Annotations ({rel.annotations.length})</h2>
          {rel.annotations.map((a) => (
            <AnnotationThread key={a.id} annotation={a} viewer={viewer} />
          ))}
          <AnnotationComposer targetId={rel.id} />
        </section>
      </div>
    </>
  );
}
