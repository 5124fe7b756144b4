import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApiErrorState } from "@/components/api-error";
import { FactSourcesAndThreads, RecordPageActions, StatusCard } from "@/components/fact-record";
import { attempt } from "@/lib/attempt";
import { formatPartialDate, predicateLabel } from "@/lib/format";
import { pageQuery } from "@/lib/graphql-server";
import { entityHref } from "@/lib/links";
import { canEdit } from "@/lib/roles";
import { getViewer } from "@/lib/viewer";
import { RelationshipPageQuery } from "@/operations/charge";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = decodeURIComponent((await params).id);
  const result = await attempt(() => pageQuery(RelationshipPageQuery, { id }));
  const r = result.isOk ? result.data.node : null;
  return {
    title:
      r?.__typename === "Relationship" ? `${r.subject.name} ${predicateLabel(r.predicate)} ${r.object.name}` : "Relationship",
  };
}

/** A statement linking two entities: what it says, over which period, how well established, its sources and threads. */
export default async function RelationshipPage({ params }: Props) {
  const id = decodeURIComponent((await params).id);
  const viewer = await getViewer();
  const isEditor = canEdit(viewer);
  const result = await attempt(() => pageQuery(RelationshipPageQuery, { id }));
  if (!result.isOk) return <ApiErrorState error={result.error} what="this relationship" />;
  const r = result.data.node;
  if (r?.__typename !== "Relationship") notFound();
  const period =
    r.startDate || r.endDate
      ? `${r.startDate ? formatPartialDate(r.startDate, r.startDatePrecision) : "start unknown"} to ${
          r.endDate ? formatPartialDate(r.endDate, r.endDatePrecision) : "end unknown"
        }`
      : "Period not recorded";
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li>
            <Link href={entityHref(r.subject.id)}>{r.subject.name}</Link>
          </li>
          <li aria-current="page">Relationship</li>
        </ol>
      </nav>
      <div className="page-header">
        <div>
          <p className="eyebrow">Relationship</p>
          <h1>
            {r.subject.name} {predicateLabel(r.predicate)} {r.object.name}
          </h1>
          <p>
            <Link href={entityHref(r.subject.id)}>{r.subject.name}</Link> ·{" "}
            <Link href={entityHref(r.object.id)}>{r.object.name}</Link> · {period}
          </p>
        </div>
        <RecordPageActions
          historyId={r.id}
          edit={isEditor ? { href: `/relationships/${encodeURIComponent(r.id)}/edit`, label: "Edit relationship" } : null}
        />
      </div>
      <div className="grid grid-2">
        <div className="stack">
          <StatusCard id="relationship-status" status={r.status} confidence={r.confidence} description={r.description} />
        </div>
        <div className="stack">
          <FactSourcesAndThreads
            recordId={r.id}
            what="relationship"
            citations={r.citations}
            annotations={r.annotations}
            viewer={viewer}
            isEditor={isEditor}
          />
        </div>
      </div>
    </>
  );
}
