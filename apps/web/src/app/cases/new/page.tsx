import type { Metadata } from "next";
import { EditPageHeader } from "@/components/edit-page";
import { CaseForm } from "@/components/editors/link-forms";
import { NeedsRole } from "@/components/states";
import { viewerFor } from "@/lib/page-guard";

export const metadata: Metadata = { title: "New case" };

export default async function NewCasePage() {
  const { isAllowed } = await viewerFor("EDITOR");
  if (!isAllowed) return <NeedsRole requiredRole="EDITOR" what="Adding a case" />;
  return (
    <>
      <EditPageHeader crumbs={[{ href: "/", label: "Cases" }, { label: "New case" }]} title="New case">
        A legal or news case: its caption, court and status. Add its roles, events and counts once it exists.
      </EditPageHeader>
      <CaseForm />
    </>
  );
}
