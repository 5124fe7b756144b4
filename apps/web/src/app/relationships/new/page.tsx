import type { Metadata } from "next";
import { EditPageHeader } from "@/components/edit-page";
import { RelationshipForm } from "@/components/editors/link-forms";
import type { EntityRef } from "@/components/forms/entity-picker";
import { NeedsRole } from "@/components/states";
import type { EntityKind } from "@/gql/graphql";
import { attempt } from "@/lib/attempt";
import { serverQuery } from "@/lib/graphql-server";
import { viewerFor } from "@/lib/page-guard";
import { param } from "@/lib/search-params";
import { EntityForEditQuery } from "@/operations/entity-edit";

export const metadata: Metadata = { title: "New relationship" };

async function entityRef(id: string | undefined): Promise<EntityRef | null> {
  if (!id) return null;
  const result = await attempt(() => serverQuery(EntityForEditQuery, { id }));
  const node = result.isOk ? result.data.node : null;
  return node && "name" in node ? { id: node.id, name: node.name, kind: node.kind as EntityKind } : null;
}

export default async function NewRelationshipPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { isAllowed } = await viewerFor("EDITOR");
  if (!isAllowed) return <NeedsRole requiredRole="EDITOR" what="Adding a relationship" />;
  const query = await searchParams;
  const [subject, object] = await Promise.all([entityRef(param(query, "subject")), entityRef(param(query, "object"))]);
  return (
    <>
      <EditPageHeader
        crumbs={[
          { href: "/entities", label: "Entities" },
          ...(subject ? [{ href: `/entities/${encodeURIComponent(subject.id)}`, label: subject.name }] : []),
          { label: "New relationship" },
        ]}
        title="New relationship"
      >
        A statement linking two entities: subject, relationship, object (“Ivan Yermakov — member of — Unit 26165”).
      </EditPageHeader>
      <RelationshipForm subject={subject} object={object} predicate={param(query, "predicate")} />
    </>
  );
}
