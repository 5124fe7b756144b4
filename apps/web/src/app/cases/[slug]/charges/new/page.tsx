import type { Metadata } from "next";
import { EditPageHeader } from "@/components/edit-page";
import { ChargeForm } from "@/components/editors/link-forms";
import { NeedsRole } from "@/components/states";
import { getCaseHeader } from "@/lib/case-header";
import { caseHref } from "@/lib/links";
import { viewerFor } from "@/lib/page-guard";

export const metadata: Metadata = { title: "New count" };

export default async function NewChargePage({ params }: { params: Promise<{ slug: string }> }) {
  const { isAllowed } = await viewerFor("EDITOR");
  if (!isAllowed) return <NeedsRole requiredRole="EDITOR" what="Adding a count" />;
  const header = await getCaseHeader((await params).slug);
  const title = header.shortTitle ?? header.caption;
  return (
    <>
      <EditPageHeader
        crumbs={[{ href: caseHref(header.slug), label: title }, { label: "New count" }]}
        title={`New count in ${title}`}
      >
        One count of the charging document, with the defendants charged in it.
      </EditPageHeader>
      <ChargeForm caseId={header.id} caseSlug={header.slug} />
    </>
  );
}
