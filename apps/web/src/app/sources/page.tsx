import type { Metadata } from "next";
import Link from "next/link";
import { ApiErrorState } from "@/components/api-error";
import { EmptyState } from "@/components/states";
import { attempt } from "@/lib/attempt";
import { formatPartialDate, humanize, pluralize } from "@/lib/format";
import { serverQuery } from "@/lib/graphql-server";
import { sourceHref } from "@/lib/links";
import { canEdit } from "@/lib/roles";
import { buildQuery, param } from "@/lib/search-params";
import { getViewer } from "@/lib/viewer";
import { SourceListQuery } from "@/operations/source";

export const metadata: Metadata = { title: "Sources" };

export default async function SourcesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const after = param(await searchParams, "after");
  const result = await attempt(() => serverQuery(SourceListQuery, { first: 50, after }));
  const isEditor = canEdit(await getViewer());
  return (
    <>
      <div className="page-header">
        <div>
          <p className="eyebrow">Knowledge base</p>
          <h1>Sources</h1>
          <p>
            Documents the facts are drawn from. Sources with full text open in the reader with their cited passages highlighted;
            the others are cited by page or paragraph.
          </p>
        </div>
        {isEditor ? (
          <div className="page-actions">
            <Link className="button button-primary" href="/sources/new">
              Add source
            </Link>
            <Link className="button" href="/orphans">
              Orphaned anchors
            </Link>
          </div>
        ) : null}
      </div>
      {!result.isOk ? (
        <ApiErrorState error={result.error} what="sources" />
      ) : result.data.sources.edges.length === 0 ? (
        <EmptyState title="No sources yet" />
      ) : (
        <section className="card" aria-labelledby="sources-title" style={{ padding: 0 }}>
          <h2 id="sources-title" className="visually-hidden">
            All sources
          </h2>
          <div style={{ overflowX: "auto", padding: "0.5rem 1rem" }}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Title</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Publisher</th>
                  <th scope="col">Published</th>
                  <th scope="col">Text</th>
                  <th scope="col">Citations</th>
                </tr>
              </thead>
              <tbody>
                {result.data.sources.edges.map(({ node }) => (
                  <tr key={node.id}>
                    <td>
                      <Link href={sourceHref(node.id)} style={{ fontWeight: 600 }}>
                        {node.title}
                      </Link>
                      {node.author ? (
                        <div className="muted" style={{ fontSize: "0.8rem" }}>
                          {node.author}
                        </div>
                      ) : null}
                    </td>
                    <td className="nowrap">{humanize(node.kind)}</td>
                    <td>{node.publisher ?? "—"}</td>
                    <td className="nowrap">
                      {node.publishedDate ? formatPartialDate(node.publishedDate, node.publishedDatePrecision) : "—"}
                    </td>
                    <td>
                      {node.hasText ? (
                        <span className="badge status-confirmed">full text</span>
                      ) : (
                        <span className="badge badge-neutral">metadata only</span>
                      )}
                    </td>
                    <td>{pluralize(node.citations.length, "citation")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {result.data.sources.pageInfo.hasNextPage ? (
            <nav className="pagination" aria-label="Pagination" style={{ padding: "0 1rem 1rem" }}>
              <Link className="button" href="/sources">
                ← First page
              </Link>
              <Link className="button" href={`/sources${buildQuery({ after: result.data.sources.pageInfo.endCursor })}`}>
                Next →
              </Link>
            </nav>
          ) : null}
        </section>
      )}
    </>
  );
}
