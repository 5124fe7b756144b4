"use client";

import Link from "next/link";
import { Fragment, type ReactNode, useCallback, useEffect, useMemo, useState } from "react";
import { Markdown } from "@/components/markdown";
import { EmptyState } from "@/components/states";
import { StatusBadge } from "@/components/status-badge";
import type { FactStatus, SourceReaderQuery } from "@/gql/graphql";
import { formatDateTime, humanize, predicateLabel } from "@/lib/format";
import { caseHref, entityHref } from "@/lib/links";
import { type Range, segmentText } from "@/lib/segments";

export type ReaderSource = Extract<NonNullable<SourceReaderQuery["node"]>, { __typename: "Source" }>;
type ReaderCitation = ReaderSource["citations"][number];
type ReaderAnnotation = ReaderSource["annotations"][number];

/** What a citation supports, in words, with a link to the record and its status. */
function describeTarget(citation: ReaderCitation): { label: ReactNode; status: FactStatus | null } {
  const t = citation.target;
  if (!t) return { label: <span className="muted">a deleted record</span>, status: null };
  const status = "status" in t && typeof t.status === "string" ? (t.status as FactStatus) : null;
  switch (t.__typename) {
    case "Person":
    case "Organization":
    case "OnlinePersona":
    case "Place":
    case "Artifact":
      return { label: <Link href={entityHref(t.id)}>{t.name}</Link>, status };
    case "Relationship":
      return {
        label: (
          <>
            <Link href={entityHref(t.subject.id)}>{t.subject.name}</Link>{" "}
            <em className="rel-predicate">{predicateLabel(t.predicate)}</em>{" "}
            <Link href={entityHref(t.object.id)}>{t.object.name}</Link>
          </>
        ),
        status,
      };
    case "Event":
      return { label: <>Event: {t.title}</>, status };
    case "Charge":
      return {
        label: (
          <>
            Count {t.countNumber}: {t.title}
          </>
        ),
        status,
      };
    case "ChargeDefendant":
      return {
        label: (
          <>
            <Link href={entityHref(t.defendant.id)}>{t.defendant.name}</Link> charged in count {t.charge.countNumber}
          </>
        ),
        status,
      };
    case "CaseRole":
      return {
        label: (
          <>
            <Link href={entityHref(t.entity.id)}>{t.entity.name}</Link> as {humanize(t.caseRole).toLowerCase()}
          </>
        ),
        status,
      };
    case "EventParticipant":
      return {
        label: (
          <>
            <Link href={entityHref(t.entity.id)}>{t.entity.name}</Link> ({humanize(t.participantRole).toLowerCase()}) in “
            {t.event.title}”
          </>
        ),
        status,
      };
    case "Case":
      return { label: <Link href={caseHref(t.slug)}>{t.caption}</Link>, status };
    default:
      return { label: humanize(citation.targetType), status };
  }
}

/** Which highlight an anchor names: `#c-<citationId>` or `#a-<annotationId>`. */
function readHash(): string | null {
  const hash = decodeURIComponent(window.location.hash.slice(1));
  return /^[ca]-/.test(hash) ? hash : null;
}

/**
 * The source text with its cited passages (blue) and annotated passages (pink) highlighted, and a
 * side panel listing them. `#c-<id>` / `#a-<id>` or `?at=start-end` scroll to a passage and
 * highlight it.
 */
export function SourceReader({ source, at }: { source: ReaderSource; at: { start: number; end: number } | null }) {
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const text = source.text ?? "";

  const ranges = useMemo(() => {
    const list: Range[] = [];
    for (const c of source.citations)
      if (c.position) list.push({ id: `c-${c.id}`, kind: "cite", start: c.position.start, end: c.position.end });
    for (const a of source.annotations)
      if (a.position) list.push({ id: `a-${a.id}`, kind: "note", start: a.position.start, end: a.position.end });
    if (at) list.push({ id: "at", kind: "target", start: at.start, end: at.end });
    return list;
  }, [source, at]);
  const segments = useMemo(() => (text ? segmentText(text, ranges) : []), [text, ranges]);
  const firstSegmentOf = useMemo(() => {
    const first = new Map<string, number>();
    segments.forEach((segment, index) => {
      for (const r of segment.ranges) if (!first.has(r.id)) first.set(r.id, index);
    });
    return first;
  }, [segments]);

  const focusKey = useCallback((key: string | null, shouldScroll: boolean) => {
    setActiveKey(key);
    if (!key || !shouldScroll) return;
    requestAnimationFrame(() => {
      const element = document.getElementById(key) ?? document.getElementById(`panel-${key}`);
      element?.scrollIntoView({ block: "center", behavior: "smooth" });
    });
  }, []);

  useEffect(() => {
    const onHash = () => focusKey(readHash(), true);
    const initial = readHash();
    if (initial) focusKey(initial, true);
    else if (at) focusKey("at", true);
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, [focusKey, at]);

  const sortedCitations = useMemo(
    () =>
      [...source.citations].sort(
        (a, b) =>
          (a.position?.start ?? Number.MAX_SAFE_INTEGER) - (b.position?.start ?? Number.MAX_SAFE_INTEGER) ||
          (a.locator ?? "").localeCompare(b.locator ?? "", undefined, { numeric: true }),
      ),
    [source.citations],
  );

  return (
    <div className="reader-layout" style={source.hasText ? undefined : { gridTemplateColumns: "minmax(0, 1fr)" }}>
      <article className="card" aria-label={source.hasText ? "Source text" : "Citations by locator"}>
        {source.hasText && text ? (
          <>
            <div className="legend" style={{ marginBottom: "0.75rem" }}>
              <span>
                <span className="hl hl-cite">cited passage</span>
              </span>
              <span>
                <span className="hl hl-note">annotated passage</span>
              </span>
              <span>
                <span className="hl hl-active">selected</span>
              </span>
            </div>
            <p className="reader-text" data-testid="source-text">
              {segments.map((segment, index) => {
                if (segment.ranges.length === 0) return <Fragment key={segment.start}>{segment.text}</Fragment>;
                const keys = segment.ranges.map((r) => r.id);
                const anchors = keys.filter((k) => firstSegmentOf.get(k) === index);
                const isActive = activeKey !== null && keys.includes(activeKey);
                const classes = ["hl"];
                if (segment.ranges.some((r) => r.kind === "cite")) classes.push("hl-cite");
                if (segment.ranges.some((r) => r.kind === "note")) classes.push("hl-note");
                if (isActive) classes.push("hl-target");
                const primary = keys.find((k) => k !== "at") ?? "at";
                return (
                  <Fragment key={segment.start}>
                    {anchors.map((key) => (
                      <span key={key} id={key} className="hl" aria-hidden="true" />
                    ))}
                    {/* biome-ignore lint/a11y/useKeyWithClickEvents: a mouse shortcut; the side panel's buttons give keyboard access to every passage */}
                    <mark
                      className={classes.join(" ")}
                      data-ranges={keys.join(" ")}
                      data-active={isActive ? "true" : undefined}
                      onClick={() => focusKey(primary, false)}
                    >
                      {segment.text}
                    </mark>
                  </Fragment>
                );
              })}
            </p>
          </>
        ) : (
          <div className="stack">
            <p className="note">
              Casefile holds no text for this source. Facts are cited to it by page or paragraph (the locator); check them against
              the original document.
            </p>
            <div style={{ overflowX: "auto" }}>
              <table className="data-table" data-testid="locator-table">
                <caption className="visually-hidden">Citations of this source by locator</caption>
                <thead>
                  <tr>
                    <th scope="col">Locator</th>
                    <th scope="col">Supports</th>
                    <th scope="col">Status</th>
                    <th scope="col">Note</th>
                  </tr>
                </thead>
                <tbody>
                  {sortedCitations.map((c) => {
                    const target = describeTarget(c);
                    return (
                      <tr
                        key={c.id}
                        id={`c-${c.id}`}
                        data-active={activeKey === `c-${c.id}` ? "true" : undefined}
                        style={activeKey === `c-${c.id}` ? { background: "var(--accent-soft)" } : undefined}
                      >
                        <td className="nowrap mono">{c.locator ?? "—"}</td>
                        <td>
                          {target.label}
                          {c.field ? <span className="muted"> (field “{c.field}”)</span> : null}
                        </td>
                        <td>{target.status ? <StatusBadge status={target.status} /> : null}</td>
                        <td className="muted">{c.note ?? ""}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </div>
        )}
      </article>

      <aside
        className={source.hasText ? "card reader-panel" : "card"}
        aria-label={source.hasText ? "Citations and annotations" : "Annotations"}
      >
        {source.hasText ? <h2>Citations ({source.citations.length})</h2> : null}
        {!source.hasText ? null : source.citations.length === 0 ? (
          <EmptyState title="Nothing cites this source yet" />
        ) : (
          <ol className="list-plain">
            {sortedCitations.map((c) => {
              const key = `c-${c.id}`;
              const target = describeTarget(c);
              return (
                <li key={c.id} id={`panel-${key}`} data-active={activeKey === key ? "true" : undefined}>
                  <div className="rel-line">
                    {target.status ? <StatusBadge status={target.status} /> : null}
                    <span>
                      supports {target.label}
                      {c.field ? <span className="muted"> · {c.field}</span> : null}
                    </span>
                  </div>
                  {c.quote ? (
                    <p className="muted" style={{ margin: "0.2rem 0", fontFamily: "var(--font-serif)" }}>
                      “{c.quote.exact.length > 140 ? `${c.quote.exact.slice(0, 140)}…` : c.quote.exact}”
                    </p>
                  ) : null}
                  {c.locator ? (
                    <p className="muted" style={{ margin: "0.2rem 0" }}>
                      at {c.locator}
                    </p>
                  ) : null}
                  {c.isOrphaned ? <span className="badge status-disputed">quote no longer found in the text</span> : null}
                  {c.position || !source.hasText ? (
                    <a href={`#${key}`} className="button button-small" onClick={() => focusKey(key, true)}>
                      Show passage
                    </a>
                  ) : null}
                </li>
              );
            })}
          </ol>
        )}
        <h2 style={source.hasText ? { marginTop: "1rem" } : undefined}>Annotations ({source.annotations.length})</h2>
        {source.annotations.length === 0 ? (
          <p className="muted">No annotations on this source.</p>
        ) : (
          <ol className="list-plain">
            {source.annotations.map((a: ReaderAnnotation) => {
              const key = `a-${a.id}`;
              return (
                <li key={a.id} id={`panel-${key}`} data-active={activeKey === key ? "true" : undefined}>
                  <div className="thread-meta">
                    <span className={`badge ${a.status === "OPEN" ? "status-alleged" : "badge-neutral"}`}>
                      {humanize(a.status)}
                    </span>
                    <strong style={{ color: "var(--text)" }}>{a.author.name}</strong>
                    <time dateTime={a.createdAt}>{formatDateTime(a.createdAt)}</time>
                  </div>
                  {a.quote ? (
                    <p className="muted" style={{ margin: "0.2rem 0", fontFamily: "var(--font-serif)" }}>
                      “{a.quote.exact}”
                    </p>
                  ) : null}
                  <Markdown>{a.body}</Markdown>
                  {a.replies.length > 0 ? (
                    <p className="muted" style={{ margin: 0 }}>
                      {a.replies.length} replies
                    </p>
                  ) : null}
                  {a.position ? (
                    <a href={`#${key}`} className="button button-small" onClick={() => focusKey(key, true)}>
                      Show passage
                    </a>
                  ) : null}
                </li>
              );
            })}
          </ol>
        )}
      </aside>
    </div>
  );
}
