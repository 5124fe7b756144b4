import Link from "next/link";
import { ApiErrorState } from "@/components/api-error";
import { EmptyState } from "@/components/states";
import { attempt } from "@/lib/attempt";
import { formatDateTime, humanize } from "@/lib/format";
import { serverQuery } from "@/lib/graphql-server";
import { canEdit } from "@/lib/roles";
import { getViewer } from "@/lib/viewer";
import { CaseIndexQuery, CaseLastActivityQuery } from "@/operations/case";

/** The newest of the case record's own change and the last change logged in the case. */
async function lastActivity(slug: string, updatedAt: string): Promise<string> {
  const result = await attempt(() => serverQuery(CaseLastActivityQuery, { slug }));
  const logged = result.isOk ? result.data.activity.edges[0]?.node.createdAt : undefined;
  return logged && logged > updatedAt ? logged : updatedAt;
}

/**
 * Every case the viewer can read, with its own figures (only its records are counted) and when it
 * last changed; each row opens the case's overview. The home page and `/cases`.
 */
export async function CaseIndex() {
  const result = await attempt(() => serverQuery(CaseIndexQuery, {}));
  const isEditor = canEdit(await getViewer());
  if (!result.isOk) return <ApiErrorState error={result.error} what="the list of cases" />;
  const cases = result.data.cases.edges.map((e) => e.node);
  const activity = await Promise.all(cases.map((c) => lastActivity(c.slug, c.updatedAt)));
  return (
    <>
      <div className="page-header">
        <div>
          <p className="eyebrow">Casefile</p>
          <h1>Cases</h1>
          <p>Each case holds its own roles, events and counts; entities and sources are shared between cases.</p>
        </div>
        {isEditor ? (
          <div style={{ display: "flex", gap: "0.5rem" }}>
            <Link className="button button-primary" href="/cases/new">
              New case
            </Link>
          </div>
        ) : null}
      </div>
      {cases.length === 0 ? (
        <EmptyState title="No cases yet">
          {isEditor ? <Link href="/cases/new">Add the first case</Link> : "An editor adds cases."}
        </EmptyState>
      ) : (
        <section className="card" aria-label="Cases" style={{ padding: 0 }}>
          <div data-scrolls style={{ overflowX: "auto", padding: "0.5rem 1rem" }}>
            <table className="data-table" data-testid="case-index">
              <caption className="visually-hidden">
                {cases.length} {cases.length === 1 ? "case" : "cases"}, most recently filed first
              </caption>
              <thead>
                <tr>
                  <th scope="col">Case</th>
                  <th scope="col">Court</th>
                  <th scope="col">Status</th>
                  <th scope="col">Defendants</th>
                  <th scope="col">Entities</th>
                  <th scope="col">Events</th>
                  <th scope="col">Last activity</th>
                </tr>
              </thead>
              <tbody>
                {cases.map((c, index) => (
                  <tr key={c.id} data-testid="case-row">
                    <th scope="row">
                      <Link href={`/cases/${encodeURIComponent(c.slug)}`}>{c.caption}</Link>
                      {c.docketNumber ? (
                        <>
                          <br />
                          <span className="muted mono">{c.docketNumber}</span>
                        </>
                      ) : null}
                    </th>
                    <td>{c.court ?? <span className="muted">Not recorded</span>}</td>
                    <td className="nowrap">
                      <span className="badge badge-neutral">{humanize(c.status)}</span>
                    </td>
                    <td>{c.stats.defendantCount.toLocaleString("en-US")}</td>
                    <td>{c.stats.entityCount.toLocaleString("en-US")}</td>
                    <td>{c.stats.eventCount.toLocaleString("en-US")}</td>
                    <td className="nowrap">
                      <time dateTime={activity[index]}>{formatDateTime(activity[index])}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}
