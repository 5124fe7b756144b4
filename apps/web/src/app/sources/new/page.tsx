import type { Metadata } from "next";
import { EditPageHeader } from "@/components/edit-page";
import { SourceAddForm } from "@/components/editors/source-forms";
import { NeedsRole } from "@/components/states";
import { viewerFor } from "@/lib/page-guard";

export const metadata: Metadata = { title: "Add source" };

export default async function AddSourcePage() {
  const { isAllowed } = await viewerFor("EDITOR");
  if (!isAllowed) return <NeedsRole requiredRole="EDITOR" what="Adding a source" />;
  return (
    <>
      <EditPageHeader crumbs={[{ href: "/sources", label: "Sources" }, { label: "Add source" }]} title="Add a source">
        Paste an article as text, Markdown or HTML. Casefile keeps its plain text (scripts, styles and markup are dropped), then
        suggests the people, organizations and places it mentions.
      </EditPageHeader>
      <SourceAddForm />
    </>
  );
}
