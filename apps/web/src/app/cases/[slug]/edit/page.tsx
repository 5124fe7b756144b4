import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApiErrorState } from "@/components/api-error";
import { EditPageHeader, HistoryLink } from "@/components/edit-page";
import { CaseForm } from "@/components/editors/link-forms";
import { KindLabel } from "@/components/kind-label";
import { NeedsRole } from "@/components/states";
import { StatusBadge } from "@/components/status-badge";
import { attempt } from "@/lib/attempt";
import { formatPartialDate, humanize } from "@/lib/format";
import { serverQuery } from "@/lib/graphql-server";
import { caseHref, entityHref } from "@/lib/links";
import { viewerFor } from "@/lib/page-guard";
import { CaseForEditQuery } from "@/operations/links-edit";

export const metadata: Metadata = { title: "Edit case" };

export default async function EditCasePage({ params }: { params: Promise<{ slug: string }> }) {
  const { isAllowed } = await viewerFor("EDITOR");
  if (!isAllowed) return <NeedsRole requiredRole="EDITOR" what="Editing a case" />;
  const slug = decodeURIComponent((await params).slug);
  const result = await attempt(() => serverQuery(CaseForEditQuery, { slug }));
  if (!result.isOk) return <ApiErrorState error={result.error} what="this case" />;
  const record = result.data.case;
  if (!record) notFound();
  const base = `/cases/${encodeURIComponent(record.slug)}`;
  return (
    <>
      <EditPageHeader
        crumbs={[{ href: caseHref(record.slug), label: record.shortTitle ?? record.caption }, { label: "Edit" }]}
        title={`Edit ${record.shortTitle ?? record.caption}`}
        actions={<HistoryLink id={record.id} />}
      >
        Version {record.version}. The case record, and the roles, events and counts that belong to it.
      </EditPageHeader>
      <div className="stack">
        <CaseForm record={record} />
        <div className="grid grid-3">
          <section className="card" aria-labelledby="case-roles">
            <div className="card-header">
              <h2 id="case-roles">Roles ({record.roles.totalCount})</h2>
              <Link className="button button-small" href={`${base}/roles/new`}>
                Add role
              </Link>
            </div>
            <ul className="list-plain rel-list">
              {record.roles.edges.map(({ node }) => (
                <li key={node.id} className="rel-line">
                  <KindLabel kind={node.entity.kind} />
                  <Link href={entityHref(node.entity.id)}>{node.entity.name}</Link>
                  <span className="badge badge-neutral">{humanize(node.role)}</span>
                  <Link className="button button-small" href={`/case-roles/${encodeURIComponent(node.id)}/edit`}>
                    Edit<span className="visually-hidden"> role of {node.entity.name}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
          <section className="card" aria-labelledby="case-events">
            <div className="card-header">
              <h2 id="case-events">Events ({record.events.totalCount})</h2>
              <Link className="button button-small" href={`${base}/events/new`}>
                Add event
              </Link>
            </div>
            <ul className="list-plain rel-list">
              {record.events.edges.map(({ node }) => (
                <li key={node.id} className="rel-line">
                  <span className="muted nowrap">{formatPartialDate(node.date, node.datePrecision)}</span>
                  <Link href={`/events/${encodeURIComponent(node.id)}/edit`}>{node.title}</Link>
                </li>
              ))}
            </ul>
          </section>
          <section className="card" aria-labelledby="case-charges">
            <div className="card-header">
              <h2 id="case-charges">Counts ({record.charges.length})</h2>
              <Link className="button button-small" href={`${base}/charges/new`}>
                Add count
              </Link>
            </div>
            <ul className="list-plain rel-list">
              {record.charges.map((c) => (
                <li key={c.id} className="rel-line">
                  <span className="badge badge-neutral">Count {c.countNumber}</span>
                  <Link href={`/charges/${encodeURIComponent(c.id)}/edit`}>{c.title}</Link>
                  <StatusBadge status={c.status} />
                </li>
              ))}
            </ul>
          </section>
        </div>
      </div>
    </>
  );
}
