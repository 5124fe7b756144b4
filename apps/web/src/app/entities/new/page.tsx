import type { Metadata } from "next";
import Link from "next/link";
import { EntityCreateForm } from "@/components/editors/entity-form";
import { NeedsRole } from "@/components/states";
import type { EntityKind } from "@/gql/graphql";
import { ENTITY_KINDS } from "@/lib/enums";
import { viewerFor } from "@/lib/page-guard";
import { param } from "@/lib/search-params";

export const metadata: Metadata = { title: "New entity" };

export default async function NewEntityPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { isAllowed } = await viewerFor("EDITOR");
  if (!isAllowed) return <NeedsRole requiredRole="EDITOR" what="Adding an entity" />;
  const query = await searchParams;
  const requested = param(query, "kind") as EntityKind | undefined;
  const kind = requested && ENTITY_KINDS.includes(requested) ? requested : "PERSON";
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li>
            <Link href="/entities">Entities</Link>
          </li>
          <li aria-current="page">New entity</li>
        </ol>
      </nav>
      <div className="page-header">
        <div>
          <h1>New entity</h1>
          <p>A person, organization, online persona, place or artifact. Cite a source for it once it exists.</p>
        </div>
      </div>
      <EntityCreateForm initialKind={kind} initialName={param(query, "name")} />
    </>
  );
}
