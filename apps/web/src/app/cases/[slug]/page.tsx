import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApiErrorState } from "@/components/api-error";
import { DefendantsByUnitChart, EntitiesByKindChart, EventsPerMonthChart } from "@/components/charts";
import { DownloadIcon } from "@/components/icons";
import { EmptyState } from "@/components/states";
import { StatusBadge } from "@/components/status-badge";
import { activityLabel, changedFieldsText } from "@/lib/activity";
import { attempt } from "@/lib/attempt";
import { defendantsSummary } from "@/lib/charge-defendants";
import { CHARGE_STATUS_NOTE } from "@/lib/enums";
import { CASE_EXPORTS } from "@/lib/export";
import { formatDateTime, formatPartialDate, humanize, recordTypeLabel } from "@/lib/format";
import { serverQuery } from "@/lib/graphql-server";
import { canEdit } from "@/lib/roles";
import { getViewer } from "@/lib/viewer";
import { CaseOverviewQuery as CaseOverviewDocument } from "@/operations/case";
import { CaseHeaderQuery } from "@/operations/timeline";
import { DefendantMatrix } from "./defendant-matrix";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const result = await attempt(() => serverQuery(CaseHeaderQuery, { slug }));
  const theCase = result.isOk ? result.data.case : null;
  return { title: `Overview · ${theCase?.shortTitle ?? theCase?.caption ?? slug}` };
}

/** Fills the months between the first and last with zero so the chart's time axis has no gaps. */
function continuousMonths(months: ReadonlyArray<{ month: string; count: number }>) {
  if (months.length === 0) return [];
  const counts = new Map(months.map((m) => [m.month, m.count]));
  const sorted = [...counts.keys()].sort();
  const [firstYear, firstMonth] = (sorted[0] ?? "").split("-").map(Number);
  const [lastYear, lastMonth] = (sorted.at(-1) ?? "").split("-").map(Number);
  if (!firstYear || !firstMonth || !lastYear || !lastMonth) return [...months];
  const filled: { month: string; count: number }[] = [];
  const total = (lastYear - firstYear) * 12 + (lastMonth - firstMonth);
  for (let step = 0; step <= total; step += 1) {
    const index = firstMonth - 1 + step;
    const key = `${firstYear + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
    filled.push({ month: key, count: counts.get(key) ?? 0 });
  }
  return filled;
}

export default async function CaseOverviewPage({ params }: Props) {
  const { slug } = await params;
  const result = await attempt(() => serverQuery(CaseOverviewDocument, { slug }));
  const isEditor = canEdit(await getViewer());
  if (!result.isOk) return <ApiErrorState error={result.error} what="the case overview" />;
  const { case: theCase, activity } = result.data;
  if (!theCase) notFound();
  const { stats } = theCase;
  const defendants = [...theCase.roles.edges.map((e) => e.node)].sort((a, b) => a.position - b.position);
  const countNumbers = [...new Set(theCase.charges.map((c) => c.countNumber))].sort((a, b) => a - b);
  const months = continuousMonths(stats.eventsPerMonth);
  // Grouped by the organization defendants belong to, else by their kind: a case about companies shows "Organizations", never "Unit not recorded".
  const units = stats.defendantGroups.map((g) => ({
    label: g.unit?.name ?? (g.kind === "PERSON" ? "People" : g.kind ? `${humanize(g.kind)}s` : "Others"),
    count: g.count,
  }));
  const isByUnit = stats.defendantGroups.some((g) => g.unit);
  const figures = [
    {
      key: "defendants",
      label: "Defendants",
      value: stats.defendantCount,
      href: `/entities?case=${encodeURIComponent(slug)}&role=DEFENDANT`,
    },
    { key: "counts", label: "Counts", value: countNumbers.length || stats.chargeCount, href: "#matrix" },
    { key: "events", label: "Events", value: stats.eventCount, href: `/cases/${encodeURIComponent(slug)}/timeline` },
    { key: "sources", label: "Sources", value: stats.sourceCount, href: "/sources" },
    { key: "citations", label: "Citations", value: stats.citationCount },
    {
      key: "open-questions",
      label: "Open questions",
      value: stats.openAnnotationCount,
      href: `/questions?case=${encodeURIComponent(slug)}`,
    },
  ];

  return (
    <>
      <section className="case-hero" aria-labelledby="case-title">
        <p className="eyebrow">Case overview</p>
        <div className="entity-title">
          <h1 id="case-title">{theCase.caption}</h1>
          <span className="badge badge-neutral">{humanize(theCase.status)}</span>
        </div>
        {isEditor ? (
          <div className="page-actions" data-testid="edit-controls" style={{ margin: "0.5rem 0" }}>
            <Link className="button button-small" href={`/cases/${encodeURIComponent(slug)}/edit`}>
              Edit case
            </Link>
            <Link className="button button-small" href={`/cases/${encodeURIComponent(slug)}/events/new`}>
              Add event
            </Link>
            <Link className="button button-small" href={`/cases/${encodeURIComponent(slug)}/charges/new`}>
              Add count
            </Link>
            <Link className="button button-small" href={`/cases/${encodeURIComponent(slug)}/roles/new`}>
              Add role
            </Link>
          </div>
        ) : null}
        <dl className="case-meta">
          {theCase.docketNumber ? (
            <div>
              <dt>Docket</dt>
              <dd className="mono">{theCase.docketNumber}</dd>
            </div>
          ) : null}
          {theCase.court ? (
            <div>
              <dt>Court</dt>
              <dd>{theCase.court}</dd>
            </div>
          ) : null}
          {theCase.filedDate ? (
            <div>
              <dt>Filed</dt>
              <dd>{formatPartialDate(theCase.filedDate, theCase.filedDatePrecision)}</dd>
            </div>
          ) : null}
          {theCase.jurisdiction ? (
            <div>
              <dt>Jurisdiction</dt>
              <dd>{theCase.jurisdiction}</dd>
            </div>
          ) : null}
        </dl>
        <p className="note">
          Everything in this case is an <strong>allegation</strong> unless its badge says otherwise. A charge is an accusation,
          not a finding of guilt.
        </p>
        <div className="page-actions export-actions" data-testid="case-exports">
          <span className="muted">Export the case:</span>
          {Object.entries(CASE_EXPORTS).map(([key, choice]) => (
            <a
              key={key}
              className="button button-small"
              href={`/cases/${encodeURIComponent(slug)}/export?format=${key}`}
              download
              title={choice.description}
            >
              <DownloadIcon />
              {choice.label}
            </a>
          ))}
        </div>
      </section>

      <h2 className="visually-hidden">Key figures</h2>
      <ul className="figures">
        {figures.map((f) => {
          const inner = (
            <>
              <span className="figure-value">{f.value.toLocaleString("en-US")}</span>
              <span className="figure-label">{f.label}</span>
            </>
          );
          return (
            <li key={f.key} data-testid={`figure-${f.key}`}>
              {f.href ? (
                <Link className="figure" href={f.href}>
                  {inner}
                </Link>
              ) : (
                <div className="figure">{inner}</div>
              )}
            </li>
          );
        })}
      </ul>

      <div className="grid grid-3" style={{ marginBottom: "1rem" }}>
        <section className="card" aria-labelledby="chart-months">
          <div className="card-header">
            <h2 id="chart-months">Events per month</h2>
            {stats.eventsWithoutMonth > 0 ? (
              <span className="muted">+{stats.eventsWithoutMonth} known only to the year</span>
            ) : null}
          </div>
          {months.length > 0 ? <EventsPerMonthChart months={months} /> : <EmptyState title="No dated events" />}
        </section>
        <section className="card" aria-labelledby="chart-kinds">
          <div className="card-header">
            <h2 id="chart-kinds">Entities by kind</h2>
            <span className="muted">{stats.entityCount} entities</span>
          </div>
          {stats.entitiesByKind.length > 0 ? (
            <EntitiesByKindChart kinds={stats.entitiesByKind} />
          ) : (
            <EmptyState title="No entities yet" />
          )}
        </section>
        <section className="card" aria-labelledby="chart-units">
          <div className="card-header">
            <h2 id="chart-units">{isByUnit ? "Defendants by unit" : "Defendants by kind"}</h2>
            <span className="muted">as alleged</span>
          </div>
          {units.length > 0 ? <DefendantsByUnitChart units={units} /> : <EmptyState title="No defendants recorded" />}
        </section>
      </div>

      <div className="stack">
        <section className="card" id="matrix" aria-labelledby="matrix-title">
          <div className="card-header">
            <h2 id="matrix-title">Defendants × counts</h2>
            <span className="muted">
              {defendants.length} defendants · {countNumbers.length} counts
            </span>
          </div>
          {defendants.length > 0 && countNumbers.length > 0 ? (
            <DefendantMatrix
              defendants={defendants.map((d) => ({ id: d.entity.id, name: d.entity.name, status: d.status }))}
              countNumbers={countNumbers}
              charges={theCase.charges}
            />
          ) : (
            <EmptyState title="No charges recorded">This case has no defendants or counts yet.</EmptyState>
          )}
        </section>
        <div className="grid grid-2">
          <div className="stack">
            {theCase.summary ? (
              <section className="card" aria-labelledby="summary-title">
                <div className="card-header">
                  <h2 id="summary-title">Summary</h2>
                  <span className="muted">as alleged</span>
                </div>
                <p style={{ margin: 0 }}>{theCase.summary}</p>
              </section>
            ) : null}
            <section className="card" aria-labelledby="counts-title">
              <div className="card-header">
                <h2 id="counts-title">Counts</h2>
                <span className="muted">{CHARGE_STATUS_NOTE}</span>
              </div>
              {theCase.charges.length === 0 ? (
                <EmptyState title="No counts recorded" />
              ) : (
                <ol className="list-plain activity-list">
                  {[...theCase.charges]
                    .sort((a, b) => a.countNumber - b.countNumber)
                    .map((charge) => (
                      <li key={charge.id}>
                        <span className="badge badge-neutral">Count {charge.countNumber}</span>
                        <span>
                          <Link href={`/charges/${encodeURIComponent(charge.id)}`}>{charge.title}</Link>{" "}
                          <StatusBadge status={charge.status} />
                          <br />
                          <span className="muted">
                            {charge.statute} · {defendantsSummary(charge.defendants)}
                          </span>
                        </span>
                      </li>
                    ))}
                </ol>
              )}
            </section>
          </div>
          <section className="card" aria-labelledby="activity-title">
            <div className="card-header">
              <h2 id="activity-title">Recent activity</h2>
            </div>
            {activity.edges.length === 0 ? (
              <EmptyState title="No activity yet" />
            ) : (
              <ol className="list-plain activity-list">
                {activity.edges.map(({ node }) => {
                  const label = activityLabel(node);
                  return (
                    <li key={node.id}>
                      <span className="badge badge-neutral">{humanize(node.action)}</span>
                      <span>
                        {recordTypeLabel(node.recordType)}{" "}
                        {label.href ? <Link href={label.href}>{label.text}</Link> : <strong>{label.text}</strong>}
                        {node.changes.length > 0 && node.action === "UPDATE" ? (
                          <span className="muted"> (changed {changedFieldsText(node.changes)})</span>
                        ) : null}
                      </span>
                      <time dateTime={node.createdAt}>
                        {formatDateTime(node.createdAt)} · {node.actor?.name ?? "system"} · v{node.version}
                      </time>
                    </li>
                  );
                })}
              </ol>
            )}
          </section>
        </div>
      </div>
    </>
  );
}
