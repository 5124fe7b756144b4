import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApiErrorState } from "@/components/api-error";
import { EditPageHeader } from "@/components/edit-page";
import { NeedsRole } from "@/components/states";
import { attempt } from "@/lib/attempt";
import { rememberedCaseSlug } from "@/lib/current-case";
import { pluralize } from "@/lib/format";
import { serverQueryOrNotFound } from "@/lib/graphql-server";
import { sourceHref } from "@/lib/links";
import { viewerFor } from "@/lib/page-guard";
import { param } from "@/lib/search-params";
import { MentionSuggestionsQuery } from "@/operations/source-edit";
import { MentionReview } from "./mention-review";

export const metadata: Metadata = { title: "Review mentions" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MentionsPage({ params, searchParams }: Props) {
  const { isAllowed } = await viewerFor("EDITOR");
  if (!isAllowed) return <NeedsRole requiredRole="EDITOR" what="Reviewing mentions" />;
  const id = decodeURIComponent((await params).id);
  const query = await searchParams;
  const chosenCase = Array.isArray(query.case) ? query.case[0] : query.case;
  const caseSlug = chosenCase ?? (await rememberedCaseSlug()) ?? "";
  const result = await attempt(() => serverQueryOrNotFound(MentionSuggestionsQuery, { id, caseSlug: caseSlug || null }));
  if (!result.isOk) return <ApiErrorState error={result.error} what="the suggestions" />;
  const source = result.data.node;
  if (source?.__typename !== "Source") notFound();
  const cases = result.data.cases.edges.map(({ node }) => ({ slug: node.slug, label: node.shortTitle ?? node.caption }));
  const s = source.mentionSuggestions;
  return (
    <>
      <EditPageHeader
        crumbs={[
          { href: "/sources", label: "Sources" },
          { href: sourceHref(source.id), label: source.title },
          { label: "Review mentions" },
        ]}
        title="Review mentions"
        actions={
          <Link className="button" href={sourceHref(source.id)}>
            Open in the reader
          </Link>
        }
      >
        {param(query, "new") === "1" ? "Source added. " : ""}
        {pluralize(s.known.length, "mention")} of known entities and{" "}
        {pluralize(s.candidates.length, "candidate new entity", "candidate new entities")} in “{source.title}”. Accepting cites
        the passage (and creates the entity for a candidate); rejecting hides the suggestion for this source
        {s.rejectedCount ? ` (${s.rejectedCount} rejected so far)` : ""}.
      </EditPageHeader>
      {source.hasText && source.text ? (
        <MentionReview
          key={`${caseSlug}-${s.textVersion}`}
          sourceId={source.id}
          text={source.text}
          known={s.known}
          candidates={s.candidates}
          cases={cases}
          caseSlug={caseSlug}
        />
      ) : (
        <p className="note">This source holds no text, so there is nothing to suggest.</p>
      )}
    </>
  );
}
