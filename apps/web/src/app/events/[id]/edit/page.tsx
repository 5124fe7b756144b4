import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AnnotationThread } from "@/components/annotation-thread";
import { AnnotationComposer } from "@/components/annotations/annotation-composer";
import { ApiErrorState } from "@/components/api-error";
import { EditPageHeader, HistoryLink } from "@/components/edit-page";
import { EventForm } from "@/components/editors/link-forms";
import { LinkedEntitiesEditor } from "@/components/editors/link-rows";
import { NeedsRole } from "@/components/states";
import { attempt } from "@/lib/attempt";
import { serverQueryOrNotFound } from "@/lib/graphql-server";
import { caseHref } from "@/lib/links";
import { viewerFor } from "@/lib/page-guard";
import { EventForEditQuery } from "@/operations/links-edit";

export const metadata: Metadata = { title: "Edit event" };

export default async function EditEventPage({ params }: { params: Promise<{ id: string }> }) {
  const { viewer, isAllowed } = await viewerFor("EDITOR");
  if (!isAllowed) return <NeedsRole requiredRole="EDITOR" what="Editing an event" />;
  const id = decodeURIComponent((await params).id);
  const result = await attempt(() => serverQueryOrNotFound(EventForEditQuery, { id }));
  if (!result.isOk) return <ApiErrorState error={result.error} what="this event" />;
  const event = result.data.node;
  if (event?.__typename !== "Event") notFound();
  return (
    <>
      <EditPageHeader
        crumbs={[
          { href: caseHref(event.case.slug), label: event.case.caption },
          {
            href: `/cases/${encodeURIComponent(event.case.slug)}/timeline?event=${encodeURIComponent(event.id)}`,
            label: "Timeline",
          },
          { label: "Edit event" },
        ]}
        title={event.title}
        actions={<HistoryLink id={event.id} />}
      >
        Version {event.version}.
      </EditPageHeader>
      <div className="stack" style={{ maxWidth: 960 }}>
        <EventForm caseId={event.case.id} caseSlug={event.case.slug} event={event} />
        <LinkedEntitiesEditor
          mode="participants"
          parentId={event.id}
          links={event.participants.map((p) => ({
            id: p.id,
            version: p.version,
            status: p.status,
            role: p.role,
            entity: p.entity,
          }))}
        />
        <section className="card" aria-labelledby="event-notes">
          <h2 id="event-notes">Annotations ({event.annotations.length})</h2>
          {event.annotations.map((a) => (
            <AnnotationThread key={a.id} annotation={a} viewer={viewer} />
          ))}
          <AnnotationComposer targetId={event.id} />
        </section>
      </div>
    </>
  );
}
