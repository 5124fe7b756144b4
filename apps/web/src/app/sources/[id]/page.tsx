import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApiErrorState } from "@/components/api-error";
import { attempt } from "@/lib/attempt";
import { rememberedCaseSlug } from "@/lib/current-case";
import { formatPartialDate, humanize, pluralize } from "@/lib/format";
import { pageQuery, serverQuery } from "@/lib/graphql-server";
import { canEdit } from "@/lib/roles";
import { param } from "@/lib/search-params";
import { parseAt } from "@/lib/segments";
import { getViewer } from "@/lib/viewer";
import { CaseListQuery } from "@/operations/case";
import { SourceReaderQuery } from "@/operations/source";
import { CitationForEditQuery } from "@/operations/source-edit";
import { type ReaderSource, type ReanchorTarget, SourceReader } from "./source-reader";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const result = await attempt(() => pageQuery(SourceReaderQuery, { id: decodeURIComponent(id) }));
  const node = result.isOk ? result.data.node : null;
  return { title: node && "title" in node ? node.title : "Source" };
}

/** The orphaned citation named by `?reanchor=`, if it is one of this source's. */
async function reanchorTarget(citationId: string | undefined, sourceId: string): Promise<ReanchorTarget | null> {
  if (!citationId) return null;
  const result = await attempt(() => serverQuery(CitationForEditQuery, { id: citationId }));
  const node = result.isOk ? result.data.node : null;
  if (node?.__typename !== "Citation" || node.source.id !== sourceId) return null;
  const t = node.target;
  const label = !t ? "a deleted record" : "name" in t ? t.name : "title" in t ? t.title : humanize(node.targetType);
  return { id: node.id, version: node.version, exact: node.quote?.exact ?? "", label };
}

export default async function SourcePage({ params, searchParams }: Props) {
  const { id: rawId } = await params;
  const query = await searchParams;
  const at = parseAt(param(query, "at"));
  const viewer = await getViewer();
  const isEditor = canEdit(viewer);
  const result = await attempt(() => pageQuery(SourceReaderQuery, { id: decodeURIComponent(rawId) }));
  if (!result.isOk) return <ApiErrorState error={result.error} what="this source" />;
  const node = result.data.node;
  if (node?.__typename !== "Source") notFound();
  const source = node as ReaderSource;
  const anchored = source.citations.filter((c) => c.position).length;
  const orphaned = source.citations.filter((c) => c.isOrphaned).length;
  const cases = isEditor ? await attempt(() => serverQuery(CaseListQuery, {})) : null;
  const caseOptions =
    cases?.isOk === true ? cases.data.cases.edges.map(({ node: c }) => ({ slug: c.slug, label: c.shortTitle ?? c.caption })) : [];
  const remembered = await rememberedCaseSlug();
  const reanchor = isEditor ? await reanchorTarget(param(query, "reanchor"), source.id) : null;
  const reanchored = param(query, "reanchored");
  const orphanedNow = param(query, "orphaned");
  const sourcePath = `/sources/${encodeURIComponent(source.id)}`;

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li>
            <Link href="/sources">Sources</Link>
          </li>
          <li aria-current="page">{source.title}</li>
        </ol>
      </nav>
      <div className="page-header">
        <div>
          <div className="entity-title">
            <h1>{source.title}</h1>
            <span className="badge badge-neutral">{humanize(source.kind)}</span>
            {source.hasText ? null : <span className="badge badge-neutral">metadata only</span>}
          </div>
          <p>
            {[
              source.publisher,
              source.author,
              source.publishedDate ? formatPartialDate(source.publishedDate, source.publishedDatePrecision) : null,
            ]
              .filter(Boolean)
              .join(" · ")}
            {source.url ? (
              <>
                {" · "}
                <a href={source.url} rel="noreferrer noopener" target="_blank">
                  original
                  <span className="visually-hidden"> (opens the publisher&apos;s site in a new tab)</span>
                </a>
              </>
            ) : null}
          </p>
          <p>
            {pluralize(source.citations.length, "citation")}
            {source.hasText ? ` (${anchored} anchored in the text)` : " by locator"} ·{" "}
            {pluralize(source.annotations.length, "annotation")}
            {source.hasText ? ` · text version ${source.textVersion}` : ""}
          </p>
        </div>
        {isEditor ? (
          <div className="page-actions" data-testid="edit-controls">
            {source.hasText ? (
              <Link className="button" href={`${sourcePath}/mentions`}>
                Review mentions
              </Link>
            ) : null}
            <Link className="button" href={`${sourcePath}/edit`}>
              Edit source
            </Link>
            <Link className="button button-ghost" href={`/history/${encodeURIComponent(source.id)}`}>
              History
            </Link>
          </div>
        ) : null}
      </div>
      {reanchored !== undefined ? (
        <p className="form-notice" role="status">
          Text saved: {pluralize(Number(reanchored) || 0, "citation or annotation", "citations and annotations")} kept their
          passage
          {Number(orphanedNow) > 0 ? (
            <>
              ; {pluralize(Number(orphanedNow), "one", "others")} could not be found again (
              <Link href="/orphans">re-anchor them</Link>)
            </>
          ) : null}
          .
        </p>
      ) : null}
      {isEditor && orphaned > 0 && !reanchor ? (
        <p className="note">
          {pluralize(orphaned, "citation")} of this source lost {orphaned === 1 ? "its" : "their"} passage after an edit of the
          text. Use “Re-anchor” beside {orphaned === 1 ? "it" : "each"}, then select the passage again.
        </p>
      ) : null}
      {source.description ? <p style={{ maxWidth: "80ch" }}>{source.description}</p> : null}
      <SourceReader
        source={source}
        at={at}
        viewer={viewer}
        cases={caseOptions}
        defaultCaseSlug={caseOptions.some((c) => c.slug === remembered) && remembered ? remembered : (caseOptions[0]?.slug ?? "")}
        reanchor={reanchor}
      />
    </>
  );
}
