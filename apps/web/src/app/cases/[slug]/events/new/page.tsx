import type { Metadata } from "next";
import { EditPageHeader } from "@/components/edit-page";
import { EventForm } from "@/components/editors/link-forms";
import { NeedsRole } from "@/components/states";
import { getCaseHeader } from "@/lib/case-header";
import { caseHref } from "@/lib/links";
import { viewerFor } from "@/lib/page-guard";

export const metadata: Metadata = { title: "New event" };

export default async function NewEventPage({ params }: { params: Promise<{ slug: string }> }) {
  const { isAllowed } = await viewerFor("EDITOR");
  if (!isAllowed) return <NeedsRole requiredRole="EDITOR" what="Adding an event" />;
  const header = await getCaseHeader((await params).slug);
  const title = header.shortTitle ?? header.caption;
  return (
    <>
      <EditPageHeader
        crumbs={[{ href: caseHref(header.slug), label: title }, { label: "New event" }]}
        title={`New event in ${title}`}
      >
        What happened, when (as precisely as known), where, and who took part.
      </EditPageHeader>
      <EventForm caseId={header.id} caseSlug={header.slug} />
    </>
  );
}
