import type { Metadata } from "next";
import Link from "next/link";
import { ApiErrorState } from "@/components/api-error";
import { EditPageHeader } from "@/components/edit-page";
import { Markdown } from "@/components/markdown";
import { EmptyState, NeedsRole } from "@/components/states";
import type { OrphanedCitationsQuery as Result } from "@/gql/graphql";
import { attempt } from "@/lib/attempt";
import { fieldLabelInSentence } from "@/lib/field-labels";
import { formatDateTime, humanize, pluralize, predicateLabel } from "@/lib/format";
import { serverQuery } from "@/lib/graphql-server";
import { entityHref, sourceHref } from "@/lib/links";
import { viewerFor } from "@/lib/page-guard";
import { OrphanedCitationsQuery, RecentThreadsQuery } from "@/operations/source-edit";

export const metadata: Metadata = { title: "Orphaned anchors" };

type Citation = Result["citations"]["edges"][number]["node"];

function targetLabel(c: Citation) {
  const t = c.target;
  if (!t) return <span className="muted">a deleted record</span>;
  if ("name" in t && typeof t.name === "string") return <Link href={entityHref(t.id)}>{t.name}</Link>;
  if (t.__typename === "Relationship")
    return (
      <>
        {t.subject.name} {predicateLabel(t.predicate)} {t.object.name}
      </>
    );
  if (t.__typename === "Charge")
    return (
      <>
        Count {t.countNumber}: {t.title}
      </>
    );
  if (t.__typename === "Event") return <>Event: {t.title}</>;
  return <>{humanize(c.targetType)}</>;
}

/** Citations and annotations whose passage an edit of the source text made unfindable, to re-anchor. */
export default async function OrphansPage() {
  const { isAllowed } = await viewerFor("EDITOR");
  if (!isAllowed) return <NeedsRole requiredRole="EDITOR" what="Re-anchoring citations" />;
  // Two requests: together they would pass the API's query cost limit.
  const result = await attempt(() => Promise.all([serverQuery(OrphanedCitationsQuery, {}), serverQuery(RecentThreadsQuery, {})]));
  if (!result.isOk) return <ApiErrorState error={result.error} what="orphaned citations" />;
  const [orphaned, threads] = result.data;
  const citations = orphaned.citations.edges.map((e) => e.node);
  const annotations = threads.annotations.edges.map((e) => e.node).filter((a) => a.isOrphaned);
  return (
    <>
      <EditPageHeader
        crumbs={[{ href: "/sources", label: "Sources" }, { label: "Orphaned anchors" }]}
        title="Orphaned citations and annotations"
      >
        When a source’s text is edited, Casefile moves each citation and annotation with its passage. Those whose passage could
        not be found again are kept here: open the source, select the passage again, and re-anchor.
      </EditPageHeader>
      <div className="stack" style={{ maxWidth: 960 }}>
        <section className="card" aria-labelledby="orphan-citations">
          <div className="card-header">
            <h2 id="orphan-citations">Citations</h2>
            <span className="muted">{orphaned.citations.totalCount}</span>
          </div>
          {citations.length === 0 ? (
            <EmptyState title="No orphaned citation">Every citation is anchored in its source’s text.</EmptyState>
          ) : (
            <ul className="list-plain citation-list" data-testid="orphaned-citations">
              {citations.map((c) => (
                <li key={c.id}>
                  <div className="citation-meta">
                    <Link href={sourceHref(c.source.id)} style={{ fontWeight: 600 }}>
                      {c.source.title}
                    </Link>
                    <span>text version {c.source.textVersion}</span>
                    <span>supports {targetLabel(c)}</span>
                    {c.field ? <span>field “{fieldLabelInSentence(c.field)}”</span> : null}
                  </div>
                  {c.quote ? (
                    <blockquote className="quote">
                      <span className="ctx">…{c.quote.prefix.slice(-50)}</span>
                      <strong>{c.quote.exact}</strong>
                      <span className="ctx">{c.quote.suffix.slice(0, 50)}…</span>
                    </blockquote>
                  ) : null}
                  <Link
                    className="button button-small button-primary"
                    href={`${sourceHref(c.source.id)}?reanchor=${encodeURIComponent(c.id)}`}
                  >
                    Re-anchor<span className="visually-hidden"> the citation “{c.quote?.exact.slice(0, 40)}”</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="orphan-annotations">
          <div className="card-header">
            <h2 id="orphan-annotations">Annotations</h2>
            <span className="muted">{annotations.length}</span>
          </div>
          <p className="muted" style={{ fontSize: "0.85rem" }}>
            Among the {pluralize(threads.annotations.edges.length, "most recent thread")}. The API cannot move an annotation to a
            new passage yet; reply in the thread with the passage’s new wording, or start a new annotation on it.
          </p>
          {annotations.length === 0 ? (
            <EmptyState title="No orphaned annotation" />
          ) : (
            <ul className="list-plain citation-list">
              {annotations.map((a) => (
                <li key={a.id}>
                  <div className="citation-meta">
                    {a.target?.__typename === "Source" ? (
                      <Link href={`${sourceHref(a.target.id)}#thread-${encodeURIComponent(a.id)}`} style={{ fontWeight: 600 }}>
                        {a.target.title}
                      </Link>
                    ) : null}
                    <span>
                      {a.author.name}, {formatDateTime(a.createdAt)}
                    </span>
                  </div>
                  {a.quote ? <blockquote className="quote">{a.quote.exact}</blockquote> : null}
                  <Markdown>{a.body}</Markdown>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
