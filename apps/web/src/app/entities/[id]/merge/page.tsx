import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApiErrorState } from "@/components/api-error";
import { NeedsRole } from "@/components/states";
import { attempt } from "@/lib/attempt";
import { serverQuery, serverQueryOrNotFound } from "@/lib/graphql-server";
import { entityHref } from "@/lib/links";
import { viewerFor } from "@/lib/page-guard";
import { param } from "@/lib/search-params";
import { MergeSideQuery } from "@/operations/entity-edit";
import { type MergeEntity, MergeTool } from "./merge-tool";

export const metadata: Metadata = { title: "Merge duplicates" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MergePage({ params, searchParams }: Props) {
  const { isAllowed } = await viewerFor("EDITOR");
  if (!isAllowed) return <NeedsRole requiredRole="EDITOR" what="Merging entities" />;
  const id = decodeURIComponent((await params).id);
  const withId = param(await searchParams, "with");
  const result = await attempt(() =>
    Promise.all([serverQueryOrNotFound(MergeSideQuery, { id }), withId ? serverQuery(MergeSideQuery, { id: withId }) : null]),
  );
  if (!result.isOk) return <ApiErrorState error={result.error} what="the entities to merge" />;
  const [own, other] = result.data;
  if (!own.node || !("kind" in own.node)) notFound();
  const survivor = own.node as unknown as MergeEntity;
  const candidate = other?.node && "kind" in other.node ? (other.node as unknown as MergeEntity) : null;
  const duplicate = candidate && candidate.id !== survivor.id && candidate.kind === survivor.kind ? candidate : null;
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li>
            <Link href="/entities">Entities</Link>
          </li>
          <li>
            <Link href={entityHref(survivor.id)}>{survivor.name}</Link>
          </li>
          <li aria-current="page">Merge</li>
        </ol>
      </nav>
      <div className="page-header">
        <div>
          <h1>Merge a duplicate into {survivor.name}</h1>
          <p>Every link of the duplicate moves to {survivor.name}; its names become aliases. A merge can always be undone.</p>
        </div>
      </div>
      {candidate && !duplicate ? (
        <p className="alert" role="alert">
          {candidate.name} cannot be merged into {survivor.name}:{" "}
          {candidate.id === survivor.id ? "it is the same entity" : "they are of different kinds"}.
        </p>
      ) : null}
      <MergeTool key={duplicate?.id ?? "none"} survivor={survivor} duplicate={duplicate} />
    </>
  );
}
