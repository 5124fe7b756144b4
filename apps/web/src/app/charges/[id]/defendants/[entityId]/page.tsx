import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnnotationThread } from "@/components/annotation-thread";
import { AnnotationComposer } from "@/components/annotations/annotation-composer";
import { ApiErrorState } from "@/components/api-error";
import { CitationItem } from "@/components/citation";
import { EmptyState } from "@/components/states";
import { StatusBadge } from "@/components/status-badge";
import type { ChargePageQuery as ChargePageResult } from "@/gql/graphql";
import { attempt } from "@/lib/attempt";
import { chargeHref } from "@/lib/charge-defendants";
import { CHARGE_STATUS_NOTE, STATUS_DESCRIPTIONS } from "@/lib/enums";
import { pluralize } from "@/lib/format";
import { serverQueryOrNotFound } from "@/lib/graphql-server";
import { caseHref, entityHref } from "@/lib/links";
import { canEdit } from "@/lib/roles";
import { getViewer } from "@/lib/viewer";
import { ChargePageQuery } from "@/operations/charge";

type Props = { params: Promise<{ id: string; entityId: string }> };
type Charge = Extract<NonNullable<ChargePageResult["node"]>, { __typename: "Charge" }>;

/** The count and the link of one defendant to it; the defendant is named by its entity's id or the link's own id. */
async function load(params: Props["params"]) {
  const raw = await params;
  const id = decodeURIComponent(raw.id);
  const entityId = decodeURIComponent(raw.entityId);
  const result = await attempt(() => serverQueryOrNotFound(ChargePageQuery, { id }));
  if (!result.isOk) return { isOk: false, error: result.error } as const;
  const node = result.data.node;
  if (node?.__typename !== "Charge") notFound();
  const charge = node as Charge;
  const link = charge.defendants.find((d) => d.defendant.id === entityId || d.id === entityId);
  if (!link) notFound();
  return { isOk: true, charge, link } as const;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const raw = await params;
  const result = await attempt(() => serverQueryOrNotFound(ChargePageQuery, { id: decodeURIComponent(raw.id) }));
  const node = result.isOk ? result.data.node : null;
  if (node?.__typename !== "Charge") return { title: "Defendant in a count" };
  const entityId = decodeURIComponent(raw.entityId);
  const link = node.defendants.find((d) => d.defendant.id === entityId || d.id === entityId);
  return { title: link ? `${link.defendant.name} in count ${node.countNumber}` : `Count ${node.countNumber}` };
}

/**
 * One cell of the defendants-by-counts matrix: whether the sources state that this defendant is
 * charged in this count, with the link's status, its quoted passages and the threads about it
 * (the editors' "verify" questions sit on the link or on the count).
 */
export default async function ChargeLinkPage({ params }: Props) {
  const viewer = await getViewer();
  const isEditor = canEdit(viewer);
  const loaded = await load(params);
  if (!loaded.isOk) return <ApiErrorState error={loaded.error} what="this defendant's link to the count" />;
  const { charge, link } = loaded;
  const countThreads = charge.annotations;
  const open = [...link.annotations, ...countThreads].filter((a) => a.status === "OPEN").length;
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li>
            <Link href={caseHref(charge.case.slug)}>{charge.case.shortTitle ?? charge.case.caption}</Link>
          </li>
          <li>
            <Link href={chargeHref(charge.id)}>Count {charge.countNumber}</Link>
          </li>
          <li aria-current="page">{link.defendant.name}</li>
        </ol>
      </nav>
      <div className="page-header">
        <div>
          <p className="eyebrow">Defendant in count {charge.countNumber}</p>
          <h1>
            {link.defendant.name} in count {charge.countNumber}
          </h1>
          <p>
            <Link href={chargeHref(charge.id)}>{charge.title}</Link> <span className="mono">({charge.statute})</span>
          </p>
        </div>
        <div className="page-actions">
          <Link className="button button-ghost" href={entityHref(link.defendant.id)}>
            Entity page
          </Link>
          <Link className="button button-ghost" href={`/history/${encodeURIComponent(link.id)}`}>
            History
          </Link>
          {isEditor ? (
            <Link className="button" href={`/charges/${encodeURIComponent(charge.id)}/edit`}>
              Edit count
            </Link>
          ) : null}
        </div>
      </div>
      <div className="grid grid-2">
        <div className="stack">
          <section className="card" aria-labelledby="link-status" data-testid="link-status">
            <h2 id="link-status">Is {link.defendant.name} charged in this count?</h2>
            <p style={{ display: "flex", gap: "0.5rem", alignItems: "center", flexWrap: "wrap" }}>
              <StatusBadge status={link.status} confidence={link.confidence} />
              <span>{STATUS_DESCRIPTIONS[link.status]}.</span>
            </p>
            <p className="muted" style={{ margin: 0 }}>
              This is the status of the link between the defendant and the count, not of the count itself (the count is{" "}
              {charge.status.toLowerCase()}: {CHARGE_STATUS_NOTE.toLowerCase()})
            </p>
          </section>
          <section className="card" aria-labelledby="link-citations" data-testid="link-citations">
            <h2 id="link-citations">Citations ({link.citations.length})</h2>
            {link.citations.length === 0 ? (
              <EmptyState title="No source cited for this link">
                No passage states that {link.defendant.name} is charged in count {charge.countNumber}; treat the link with
                caution.
              </EmptyState>
            ) : (
              <ul className="list-plain citation-list">
                {link.citations.map((c) => (
                  <li key={c.id}>
                    <CitationItem citation={c} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        <div className="stack">
          <section className="card" aria-labelledby="link-threads" data-testid="link-threads">
            <h2 id="link-threads">Questions about this link ({link.annotations.length})</h2>
            {open > 0 ? (
              <p className="note">{pluralize(open, "open question")} about this defendant's link or the count.</p>
            ) : null}
            {link.annotations.length === 0 ? <EmptyState title="No thread on this link itself" /> : null}
            {link.annotations.map((a) => (
              <AnnotationThread key={a.id} annotation={a} viewer={viewer} />
            ))}
            {isEditor ? (
              <details className="add-annotation">
                <summary className="button button-small">Add an annotation</summary>
                <AnnotationComposer targetId={link.id} />
              </details>
            ) : null}
          </section>
          <section className="card" aria-labelledby="count-threads" data-testid="count-threads">
            <h2 id="count-threads">
              Questions about count {charge.countNumber} ({countThreads.length})
            </h2>
            {countThreads.length === 0 ? <EmptyState title="No thread on this count" /> : null}
            {countThreads.map((a) => (
              <AnnotationThread key={a.id} annotation={a} viewer={viewer} idPrefix="count-annotation-" />
            ))}
          </section>
        </div>
      </div>
    </>
  );
}
