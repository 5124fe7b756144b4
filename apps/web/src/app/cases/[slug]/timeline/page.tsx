import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApiErrorState } from "@/components/api-error";
import type { TimelineEventsQuery, TimelineEventsQueryVariables } from "@/gql/graphql";
import { attempt } from "@/lib/attempt";
import { EVENT_KIND_COLORS, EVENT_KIND_LABELS, EVENT_KINDS } from "@/lib/enums";
import { serverQuery } from "@/lib/graphql-server";
import { buildQuery } from "@/lib/search-params";
import { readTimelineView, sortByDate, type TimelineEvent, timelineFilter } from "@/lib/timeline";
import { CaseHeaderQuery, TimelineEventsQuery as TimelineEventsDocument } from "@/operations/timeline";
import { TimelineExplorer } from "./timeline-explorer";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Timeline" };

async function fetchAllEvents(filter: TimelineEventsQueryVariables["filter"]): Promise<TimelineEvent[]> {
  const events: TimelineEvent[] = [];
  let after: string | null | undefined;
  for (let page = 0; page < 50; page += 1) {
    const data: TimelineEventsQuery = await serverQuery(TimelineEventsDocument, { filter, first: 100, after });
    events.push(...data.events.edges.map((e) => e.node));
    if (!data.events.pageInfo.hasNextPage || !data.events.pageInfo.endCursor) break;
    after = data.events.pageInfo.endCursor;
  }
  return events;
}

export default async function TimelinePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const view = readTimelineView(await searchParams);
  const isFiltered = view.kinds.length > 0 || Boolean(view.participantId);
  const result = await attempt(async () => {
    const [header, all] = await Promise.all([serverQuery(CaseHeaderQuery, { slug }), fetchAllEvents({ caseSlug: slug })]);
    const filtered = isFiltered ? await fetchAllEvents(timelineFilter(slug, view)) : all;
    return { header, all, filtered };
  });
  if (!result.isOk) return <ApiErrorState error={result.error} what="the timeline" />;
  if (!result.data.header.case) notFound();
  const theCase = result.data.header.case;
  const events = sortByDate(result.data.filtered);
  const participants = new Map<string, string>();
  for (const event of result.data.all) for (const p of event.participants) participants.set(p.entity.id, p.entity.name);
  const participantOptions = [...participants].sort((a, b) => a[1].localeCompare(b[1]));
  const exportQuery = (format: string) => buildQuery({ kind: view.kinds, participant: view.participantId, format });

  return (
    <>
      <div className="page-header">
        <div>
          <p className="eyebrow">
            <Link href={`/cases/${encodeURIComponent(slug)}`}>{theCase.shortTitle ?? theCase.caption}</Link> · Timeline
          </p>
          <h1>Timeline</h1>
          <p>
            Events as alleged or reported, at the precision they are known: a month-long bar is an event known only to its month,
            a dot an event known to the day.
          </p>
        </div>
        <div style={{ display: "flex", gap: "0.5rem" }}>
          <a className="button" href={`/cases/${encodeURIComponent(slug)}/timeline/export${exportQuery("csv")}`} download>
            Export CSV
          </a>
          <a className="button" href={`/cases/${encodeURIComponent(slug)}/timeline/export${exportQuery("json")}`} download>
            Export JSON
          </a>
        </div>
      </div>

      <Form action={`/cases/${encodeURIComponent(slug)}/timeline`} className="toolbar" aria-label="Filter events">
        <fieldset className="chip-group">
          <legend>Kind</legend>
          {EVENT_KINDS.map((kind) => (
            <label key={kind} className="chip">
              <input type="checkbox" name="kind" value={kind} defaultChecked={view.kinds.includes(kind)} />
              <span className="swatch" style={{ background: EVENT_KIND_COLORS[kind] }} aria-hidden="true" />
              {EVENT_KIND_LABELS[kind]}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>Participant</span>
          <select className="select" name="participant" defaultValue={view.participantId ?? ""}>
            <option value="">Anyone</option>
            {participantOptions.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button button-primary">
          Apply
        </button>
        {isFiltered ? (
          <Link className="button button-ghost" href={`/cases/${encodeURIComponent(slug)}/timeline`}>
            Clear
          </Link>
        ) : null}
      </Form>

      <TimelineExplorer events={events} selectedId={view.eventId} totalInCase={result.data.all.length} />
    </>
  );
}
