"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useRef } from "react";
import { KindLabel } from "@/components/kind-label";
import { EmptyState, Skeleton } from "@/components/states";
import { StatusBadge } from "@/components/status-badge";
import { EVENT_KIND_COLORS, EVENT_KIND_LABELS } from "@/lib/enums";
import { formatPartialDate, humanize } from "@/lib/format";
import { entityHref, sourceHref } from "@/lib/links";
import type { TimelineEvent } from "@/lib/timeline";

const TimelineChart = dynamic(() => import("./timeline-chart").then((m) => m.TimelineChart), {
  ssr: false,
  loading: () => <Skeleton height={420} />,
});

function EventDate({ event }: { event: TimelineEvent }) {
  const start = formatPartialDate(event.date, event.datePrecision);
  const end = event.endDate ? formatPartialDate(event.endDate, event.endDatePrecision) : null;
  return <time dateTime={event.date}>{end ? `${start} – ${end}` : start}</time>;
}

/** Chart, accessible date-ordered list and detail panel of one case's events; the selection lives in `?event=`. */
export function TimelineExplorer({
  events,
  selectedId,
  totalInCase,
}: {
  events: TimelineEvent[];
  selectedId?: string;
  totalInCase: number;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const detailRef = useRef<HTMLElement>(null);
  const selected = events.find((e) => e.id === selectedId) ?? null;

  const select = useCallback(
    (id: string | null) => {
      const next = new URLSearchParams(searchParams.toString());
      if (id) next.set("event", id);
      else next.delete("event");
      const query = next.toString();
      router.replace(`${pathname}${query ? `?${query}` : ""}`, { scroll: false });
    },
    [router, pathname, searchParams],
  );

  useEffect(() => {
    if (selected) detailRef.current?.focus({ preventScroll: true });
  }, [selected]);

  if (events.length === 0) {
    return (
      <EmptyState title="No events match">
        {totalInCase > 0 ? "Try another kind or participant, or clear the filters." : "This case has no events yet."}
      </EmptyState>
    );
  }

  return (
    <div className="timeline-layout">
      <div className="stack">
        <section className="card" aria-labelledby="chart-title">
          <div className="card-header">
            <h2 id="chart-title">Time axis</h2>
            <span className="muted">Scroll or drag the slider to zoom · click an event for details</span>
          </div>
          <TimelineChart events={events} selectedId={selected?.id ?? null} onSelect={select} />
        </section>
        <section className="card" aria-labelledby="list-title">
          <div className="card-header">
            <h2 id="list-title">Events in date order</h2>
            <span className="muted">
              {events.length} of {totalInCase}
            </span>
          </div>
          <ol className="event-rows" data-testid="event-list">
            {events.map((event) => (
              <li
                key={event.id}
                className="event-row"
                aria-current={event.id === selected?.id ? "true" : undefined}
                data-date={event.range.start}
              >
                <span className="nowrap">
                  <EventDate event={event} />
                  <br />
                  <span className="muted" style={{ fontSize: "0.78rem" }}>
                    {humanize(event.datePrecision)} precision
                  </span>
                </span>
                <span>
                  <button type="button" onClick={() => select(event.id)} aria-controls="event-detail">
                    {event.title}
                  </button>
                  <span style={{ display: "flex", flexWrap: "wrap", gap: "0.4rem", marginTop: "0.2rem", alignItems: "center" }}>
                    <span className="kind-dot">
                      <span className="swatch" style={{ background: EVENT_KIND_COLORS[event.kind] }} aria-hidden="true" />
                      {EVENT_KIND_LABELS[event.kind]}
                    </span>
                    <StatusBadge status={event.status} confidence={event.confidence} />
                  </span>
                </span>
              </li>
            ))}
          </ol>
        </section>
      </div>

      <aside
        id="event-detail"
        ref={detailRef}
        className="card event-detail"
        aria-label="Event detail"
        tabIndex={-1}
        aria-live="polite"
      >
        {selected ? (
          <div className="stack" style={{ gap: "0.75rem" }}>
            <div>
              <p className="eyebrow" style={{ margin: 0 }}>
                {EVENT_KIND_LABELS[selected.kind]}
              </p>
              <h2 style={{ margin: "0.15rem 0" }}>{selected.title}</h2>
              <div className="rel-line">
                <EventDate event={selected} />
                <StatusBadge status={selected.status} confidence={selected.confidence} />
              </div>
              {selected.place ? (
                <p className="muted" style={{ margin: "0.25rem 0 0" }}>
                  at <Link href={entityHref(selected.place.id)}>{selected.place.name}</Link>
                </p>
              ) : null}
            </div>
            {selected.description ? <p style={{ margin: 0 }}>{selected.description}</p> : null}
            <div>
              <h3>Participants</h3>
              {selected.participants.length === 0 ? (
                <p className="muted">None recorded.</p>
              ) : (
                <ul className="list-plain rel-list">
                  {selected.participants.map((p) => (
                    <li key={p.id} className="rel-line">
                      <Link href={entityHref(p.entity.id)}>{p.entity.name}</Link>
                      <span className="muted">{humanize(p.role)}</span>
                      <KindLabel kind={p.entity.kind} />
                      <StatusBadge status={p.status} />
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <div>
              <h3>Citations</h3>
              {selected.citations.length === 0 ? (
                <p className="muted">No citation recorded.</p>
              ) : (
                <ul className="list-plain citation-list">
                  {selected.citations.map((c) => (
                    <li key={c.id}>
                      <Link href={`${sourceHref(c.source.id)}#c-${encodeURIComponent(c.id)}`}>{c.source.title}</Link>
                      {c.quote ? (
                        <blockquote className="quote">{c.quote.exact}</blockquote>
                      ) : c.locator ? (
                        <p className="muted">at {c.locator}</p>
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <button type="button" className="button button-small" onClick={() => select(null)}>
              Close detail
            </button>
          </div>
        ) : (
          <div className="muted">
            <h2 style={{ color: "var(--text)" }}>Event detail</h2>
            <p>Select an event on the axis or in the list to see its participants and citations.</p>
          </div>
        )}
      </aside>
    </div>
  );
}
