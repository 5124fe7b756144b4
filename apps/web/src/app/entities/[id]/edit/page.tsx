import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApiErrorState } from "@/components/api-error";
import { EntityEditForm } from "@/components/editors/entity-form";
import { NeedsRole } from "@/components/states";
import type { EntityKind } from "@/gql/graphql";
import { attempt } from "@/lib/attempt";
import { serverQueryOrNotFound } from "@/lib/graphql-server";
import { entityHref } from "@/lib/links";
import { viewerFor } from "@/lib/page-guard";
import { EntityForEditQuery } from "@/operations/entity-edit";

export const metadata: Metadata = { title: "Edit entity" };

export default async function EditEntityPage({ params }: { params: Promise<{ id: string }> }) {
  const { isAllowed } = await viewerFor("EDITOR");
  if (!isAllowed) return <NeedsRole requiredRole="EDITOR" what="Editing an entity" />;
  const id = decodeURIComponent((await params).id);
  const result = await attempt(() => serverQueryOrNotFound(EntityForEditQuery, { id }));
  if (!result.isOk) return <ApiErrorState error={result.error} what="this entity" />;
  const node = result.data.node;
  if (!node || !("kind" in node)) notFound();
  const entity = node as unknown as Record<string, unknown> & { id: string; name: string; version: number; kind: EntityKind };
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li>
            <Link href="/entities">Entities</Link>
          </li>
          <li>
            <Link href={entityHref(entity.id)}>{entity.name}</Link>
          </li>
          <li aria-current="page">Edit</li>
        </ol>
      </nav>
      <div className="page-header">
        <div>
          <h1>Edit {entity.name}</h1>
          <p>
            Version {entity.version}. Only the fields you change are sent; if someone saves first, you will see both versions side
            by side.
          </p>
        </div>
        <div className="page-actions">
          <Link className="button" href={`${entityHref(entity.id)}/merge`}>
            Merge a duplicate into it
          </Link>
          <Link className="button button-ghost" href={`/history/${encodeURIComponent(entity.id)}`}>
            History
          </Link>
        </div>
      </div>
      <EntityEditForm node={entity} />
    </>
  );
}
