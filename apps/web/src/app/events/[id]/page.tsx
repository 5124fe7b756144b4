import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApiErrorState } from "@/components/api-error";
import { MiniCitations } from "@/components/citation";
import { FactSourcesAndThreads, RecordPageActions, StatusCard } from "@/components/fact-record";
import { EmptyState } from "@/components/states";
import { StatusBadge } from "@/components/status-badge";
import { attempt } from "@/lib/attempt";
import { EVENT_KIND_LABELS } from "@/lib/enums";
import { formatPartialDate, humanize, pluralize } from "@/lib/format";
import { pageQuery } from "@/lib/graphql-server";
import { caseHref, entityHref } from "@/lib/links";
import { canEdit } from "@/lib/roles";
import { getViewer } from "@/lib/viewer";
import { EventPageQuery } from "@/operations/charge";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = decodeURIComponent((await params).id);
  const result = await attempt(() => pageQuery(EventPageQuery, { id }));
  const node = result.isOk ? result.data.node : null;
  return { title: node?.__typename === "Event" ? node.title : "Event" };
}

/** An event of a case: when, what, who took part (each participation with its own status), sources and threads. */
export default async function EventPage({ params }: Props) {
  const id = decodeURIComponent((await params).id);
  const viewer = await getViewer();
  const isEditor = canEdit(viewer);
  const result = await attempt(() => pageQuery(EventPageQuery, { id }));
  if (!result.isOk) return <ApiErrorState error={result.error} what="this event" />;
  const event = result.data.node;
  if (event?.__typename !== "Event") notFound();
  const when = event.endDate
    ? `${formatPartialDate(event.date, event.datePrecision)} to ${formatPartialDate(event.endDate, event.endDatePrecision)}`
    : formatPartialDate(event.date, event.datePrecision);
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li>
            <Link href={caseHref(event.case.slug)}>{event.case.shortTitle ?? event.case.caption}</Link>
          </li>
          <li>
            <Link href={`${caseHref(event.case.slug)}/timeline`}>Timeline</Link>
          </li>
          <li aria-current="page">{event.title}</li>
        </ol>
      </nav>
      <div className="page-header">
        <div>
          <p className="eyebrow">{EVENT_KIND_LABELS[event.kind]}</p>
          <h1>{event.title}</h1>
          <p>
            {when}
            {event.place ? (
              <>
                {" "}
                · <Link href={entityHref(event.place.id)}>{event.place.name}</Link>
              </>
            ) : null}
          </p>
        </div>
        <RecordPageActions
          historyId={event.id}
          edit={isEditor ? { href: `/events/${encodeURIComponent(event.id)}/edit`, label: "Edit event" } : null}
        />
      </div>
      <div className="grid grid-2">
        <div className="stack">
          <StatusCard id="event-status" status={event.status} confidence={event.confidence} description={event.description} />
          <section className="card" aria-labelledby="event-participants">
            <h2 id="event-participants">Participants ({event.participants.length})</h2>
            {event.participants.length === 0 ? (
              <EmptyState title="No participant recorded" />
            ) : (
              <ul className="list-plain citation-list">
                {event.participants.map((p) => (
                  <li key={p.id} id={`participant-${p.id}`}>
                    <div className="rel-line" style={{ flexWrap: "wrap" }}>
                      <Link href={entityHref(p.entity.id)} style={{ fontWeight: 600 }}>
                        {p.entity.name}
                      </Link>
                      <span className="muted">{humanize(p.role).toLowerCase()}</span>
                      <StatusBadge status={p.status} confidence={p.confidence} />
                      {p.annotations.length ? <span className="muted">{pluralize(p.annotations.length, "thread")}</span> : null}
                    </div>
                    <MiniCitations citations={p.citations} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        <div className="stack">
          <FactSourcesAndThreads
            recordId={event.id}
            what="event"
            citations={event.citations}
            annotations={[...event.annotations, ...event.participants.flatMap((p) => p.annotations)]}
            viewer={viewer}
            isEditor={isEditor}
          />
        </div>
      </div>
    </>
  );
}
