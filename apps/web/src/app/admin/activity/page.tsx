import type { Metadata } from "next";
import Link from "next/link";
import { ApiErrorState } from "@/components/api-error";
import { EditPageHeader } from "@/components/edit-page";
import { EmptyState, NeedsRole } from "@/components/states";
import { activityLabel, changedFieldsText } from "@/lib/activity";
import { attempt } from "@/lib/attempt";
import { formatDateTime, humanize, pluralize, recordTypeLabel } from "@/lib/format";
import { serverQuery } from "@/lib/graphql-server";
import { viewerFor } from "@/lib/page-guard";
import { displayChanges } from "@/lib/revision-diff";
import { param } from "@/lib/search-params";
import { CaseListQuery } from "@/operations/case";
import { ActivityQuery } from "@/operations/history";
import { AdminTabs } from "../admin-tabs";

export const metadata: Metadata = { title: "Activity" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Every write, newest first, with who made it and which fields it changed. */
export default async function ActivityPage({ searchParams }: Props) {
  const { viewer, isAllowed } = await viewerFor("EDITOR");
  if (!isAllowed) return <NeedsRole requiredRole="EDITOR" what="The activity feed" />;
  const query = await searchParams;
  const caseSlug = param(query, "case") || null;
  const after = param(query, "after") || null;
  const result = await attempt(() =>
    Promise.all([serverQuery(ActivityQuery, { caseSlug, first: 50, after }), serverQuery(CaseListQuery, {})]),
  );
  if (!result.isOk) return <ApiErrorState error={result.error} what="the activity" />;
  const [activity, cases] = result.data;
  const revisions = activity.activity.edges.map((e) => e.node);
  return (
    <>
      <EditPageHeader crumbs={[{ label: "Administration" }]} title="Activity">
        {pluralize(activity.activity.totalCount, "change")}
        {caseSlug ? " to this case’s records" : " across every case"}, newest first.
      </EditPageHeader>
      <AdminTabs current="/admin/activity" role={viewer.role} />
      <form className="toolbar" method="get" action="/admin/activity">
        <label className="field" htmlFor="activity-case">
          <span>Case</span>
          <select id="activity-case" name="case" className="select" defaultValue={caseSlug ?? ""}>
            <option value="">Every case and record</option>
            {cases.cases.edges.map(({ node }) => (
              <option key={node.slug} value={node.slug}>
                {node.shortTitle ?? node.caption}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button">
          Show
        </button>
      </form>
      {revisions.length === 0 ? (
        <EmptyState title="No activity" />
      ) : (
        <ol className="list-plain revision-list" data-testid="activity-list">
          {revisions.map((rev) => {
            const changes = displayChanges(rev.changes);
            return (
              <li key={rev.id} className="card revision">
                <div className="rel-line">
                  <strong>{rev.actor?.name ?? "The importer"}</strong>
                  <span>{humanize(rev.action).toLowerCase()}d</span>
                  <span>
                    {recordTypeLabel(rev.recordType).toLowerCase()}{" "}
                    <Link href={`/history/${encodeURIComponent(rev.recordId)}`}>{activityLabel(rev).text || "(untitled)"}</Link>{" "}
                    <span className="muted">(version {rev.version})</span>
                  </span>
                  <time className="muted" dateTime={rev.createdAt}>
                    {formatDateTime(rev.createdAt)}
                  </time>
                </div>
                {rev.action === "CREATE" ? null : changes.length > 0 ? (
                  <p className="muted" style={{ margin: "0.2rem 0 0", fontSize: "0.85rem" }}>
                    Changed {changedFieldsText(changes)}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
      {activity.activity.pageInfo.hasNextPage && activity.activity.pageInfo.endCursor ? (
        <p>
          <Link
            className="button"
            href={`/admin/activity?${new URLSearchParams({ ...(caseSlug ? { case: caseSlug } : {}), after: activity.activity.pageInfo.endCursor })}`}
          >
            Older changes
          </Link>
        </p>
      ) : null}
    </>
  );
}
