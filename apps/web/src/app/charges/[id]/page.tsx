import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApiErrorState } from "@/components/api-error";
import { CitationItem } from "@/components/citation";
import { CitationsCard, RecordPageActions, StatusCard, ThreadsCard } from "@/components/fact-record";
import { EmptyState } from "@/components/states";
import { StatusBadge } from "@/components/status-badge";
import { attempt } from "@/lib/attempt";
import { chargeLinkHref, defendantsSummary } from "@/lib/charge-defendants";
import { CHARGE_STATUS_NOTE, STATUS_DESCRIPTIONS } from "@/lib/enums";
import { pluralize } from "@/lib/format";
import { pageQuery } from "@/lib/graphql-server";
import { caseHref, entityHref } from "@/lib/links";
import { canEdit } from "@/lib/roles";
import { getViewer } from "@/lib/viewer";
import { ChargePageQuery } from "@/operations/charge";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = decodeURIComponent((await params).id);
  const result = await attempt(() => pageQuery(ChargePageQuery, { id }));
  const node = result.isOk ? result.data.node : null;
  return { title: node?.__typename === "Charge" ? `Count ${node.countNumber}: ${node.title}` : "Count" };
}

/**
 * A count of a case: what is charged, under which statute, what its status means, the defendants
 * in indictment order with each link's own status and sources, and the editors' threads.
 */
export default async function ChargePage({ params }: Props) {
  const id = decodeURIComponent((await params).id);
  const viewer = await getViewer();
  const isEditor = canEdit(viewer);
  const result = await attempt(() => pageQuery(ChargePageQuery, { id }));
  if (!result.isOk) return <ApiErrorState error={result.error} what="this count" />;
  const charge = result.data.node;
  if (charge?.__typename !== "Charge") notFound();
  const open = charge.annotations.filter((a) => a.status === "OPEN").length;
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li>
            <Link href={caseHref(charge.case.slug)}>{charge.case.shortTitle ?? charge.case.caption}</Link>
          </li>
          <li>
            <Link href={`${caseHref(charge.case.slug)}#matrix`}>Counts</Link>
          </li>
          <li aria-current="page">Count {charge.countNumber}</li>
        </ol>
      </nav>
      <div className="page-header">
        <div>
          <p className="eyebrow">Count {charge.countNumber}</p>
          <h1>{charge.title}</h1>
          <p className="mono">{charge.statute}</p>
        </div>
        <RecordPageActions
          historyId={charge.id}
          edit={isEditor ? { href: `/charges/${encodeURIComponent(charge.id)}/edit`, label: "Edit count" } : null}
        />
      </div>
      <div className="grid grid-2">
        <div className="stack">
          <StatusCard id="charge-status" status={charge.status} confidence={charge.confidence}>
            <p className="muted" style={{ margin: 0 }}>
              {CHARGE_STATUS_NOTE} Who is charged in this count has its own status on each defendant below.
            </p>
            {charge.description ? (
              <>
                <h3 style={{ margin: "0.9rem 0 0.3rem" }}>Description</h3>
                <p style={{ margin: 0 }}>{charge.description}</p>
              </>
            ) : null}
          </StatusCard>
          <section className="card" aria-labelledby="charge-defendants" data-testid="charge-defendants">
            <div className="card-header">
              <h2 id="charge-defendants">Defendants</h2>
              <span className="muted" data-testid="defendants-summary">
                {defendantsSummary(charge.defendants)}
              </span>
            </div>
            {charge.defendants.length === 0 ? (
              <EmptyState title="No defendant recorded in this count" />
            ) : (
              <ol className="list-plain citation-list">
                {charge.defendants.map((link) => (
                  <li key={link.id} data-testid="charge-defendant">
                    <div className="rel-line" style={{ flexWrap: "wrap" }}>
                      <Link href={chargeLinkHref(charge.id, link.defendant.id)} style={{ fontWeight: 600 }}>
                        {link.defendant.name}
                      </Link>
                      <StatusBadge status={link.status} confidence={link.confidence} />
                      <span className="muted">
                        {pluralize(link.citations.length, "citation")}
                        {link.annotations.length ? ` · ${pluralize(link.annotations.length, "thread")}` : ""}
                      </span>
                      <Link className="muted" href={entityHref(link.defendant.id)}>
                        Entity page
                      </Link>
                    </div>
                    {link.citations.length === 0 ? (
                      <p className="muted" style={{ margin: "0.25rem 0 0" }}>
                        No source cited for this defendant in this count: {STATUS_DESCRIPTIONS[link.status].toLowerCase()}.
                      </p>
                    ) : (
                      <ul className="list-plain">
                        {link.citations.map((c) => (
                          <li key={c.id}>
                            <CitationItem citation={c} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>
        <div className="stack">
          <CitationsCard
            id="charge-citations"
            citations={charge.citations}
            emptyTitle="No citation for this count"
            emptyText="Facts without a citation should be treated with caution."
          />
          <ThreadsCard
            id="charge-annotations"
            testId="charge-annotations"
            heading={<>Annotations ({charge.annotations.length})</>}
            annotations={charge.annotations}
            note={open > 0 ? <>{pluralize(open, "open question")} from editors about this count.</> : null}
            emptyTitle="No annotations"
            viewer={viewer}
            composerTargetId={isEditor ? charge.id : null}
          />
        </div>
      </div>
    </>
  );
}
