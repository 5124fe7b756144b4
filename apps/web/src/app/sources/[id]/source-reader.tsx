"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { Fragment, type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { AnnotationThread } from "@/components/annotation-thread";
import { AnnotationComposer } from "@/components/annotations/annotation-composer";
import { CiteForm } from "@/components/editors/cite-form";
import { Modal } from "@/components/modal";
import { EmptyState } from "@/components/states";
import { StatusBadge } from "@/components/status-badge";
import type { FactStatus, SourceReaderQuery } from "@/gql/graphql";
import { fieldLabelInSentence } from "@/lib/field-labels";
import { describeFailure } from "@/lib/form";
import { humanize, predicateLabel } from "@/lib/format";
import { clientQuery } from "@/lib/graphql-client";
import { caseHref, entityHref } from "@/lib/links";
import { canEdit } from "@/lib/roles";
import { type Range, segmentText } from "@/lib/segments";
import { selectionSelector, type TextSelector } from "@/lib/text-selection";
import type { Viewer } from "@/lib/viewer";
import { UpdateCitationMutation } from "@/operations/source-edit";

export type ReaderSource = Extract<NonNullable<SourceReaderQuery["node"]>, { __typename: "Source" }>;
type ReaderCitation = ReaderSource["citations"][number];

/** An orphaned citation the editor came to re-anchor (`?reanchor=<citationId>`). */
export type ReanchorTarget = { id: string; version: number; exact: string; label: string };

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
export function SourceReader({
  source,
  at,
  viewer = null,
  cases = [],
  defaultCaseSlug = "",
  reanchor = null,
}: {
  source: ReaderSource;
  at: { start: number; end: number } | null;
  viewer?: Viewer | null;
  cases?: ReadonlyArray<{ slug: string; label: string }>;
  defaultCaseSlug?: string;
  reanchor?: ReanchorTarget | null;
}) {
  const router = useRouter();
  const [activeKey, setActiveKey] = useState<string | null>(null);
  /** The passages covering the point last clicked in the text: the panel then lists only those. */
  const [picked, setPicked] = useState<readonly string[] | null>(null);
  /** Whether the panel lists only the passages on screen. */
  const [onlyVisible, setOnlyVisible] = useState(false);
  const [visibleKeys, setVisibleKeys] = useState<ReadonlySet<string>>(new Set());
  const panelRef = useRef<HTMLElement>(null);
  const text = source.text ?? "";
  const isEditor = canEdit(viewer) && source.hasText && Boolean(text);
  const textRef = useRef<HTMLParagraphElement>(null);
  const [selector, setSelector] = useState<TextSelector | null>(null);
  const [dialog, setDialog] = useState<"cite" | "annotate" | null>(null);
  const [message, setMessage] = useState<{ text: string; isError?: boolean } | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  // Follows the reader's selection in the text. A selection elsewhere (or a click on a button)
  // keeps the last passage; a click inside the text without a selection clears it.
  useEffect(() => {
    if (!isEditor) return;
    const onChange = () => {
      const root = textRef.current;
      const selection = window.getSelection();
      if (!root || !selection || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      if (!root.contains(range.commonAncestorContainer)) return;
      if (selection.isCollapsed) {
        if (!dialogOpenRef.current) setSelector(null);
        return;
      }
      const next = selectionSelector(root, text);
      if (next) setSelector(next);
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [isEditor, text]);
  const dialogOpenRef = useRef(false);
  dialogOpenRef.current = dialog !== null;

  const afterWrite = (key: string, note: string) => {
    setDialog(null);
    setSelector(null);
    window.getSelection()?.removeAllRanges();
    setMessage({ text: note });
    router.refresh();
    window.history.replaceState(null, "", `${window.location.pathname}#${key}`);
    setTimeout(() => focusKey(key, true), 600);
  };

  const onReanchor = async () => {
    if (!reanchor || !selector) return;
    setIsBusy(true);
    try {
      await clientQuery(UpdateCitationMutation, {
        input: {
          id: reanchor.id,
          version: reanchor.version,
          quote: { exact: selector.exact, prefix: selector.prefix, suffix: selector.suffix },
        },
      });
      setSelector(null);
      window.getSelection()?.removeAllRanges();
      router.replace(`${window.location.pathname}#c-${encodeURIComponent(reanchor.id)}`);
      router.refresh();
      setMessage({ text: "Citation re-anchored to the selected passage." });
    } catch (caught) {
      setMessage({ text: describeFailure(caught), isError: true });
    } finally {
      setIsBusy(false);
    }
  };

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
    const onHash = () => {
      setPicked(null);
      focusKey(readHash(), true);
    };
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

  // Follows which highlighted passages are on screen, for "only what is on screen".
  // biome-ignore lint/correctness/useExhaustiveDependencies: new segments are new marks to observe
  useEffect(() => {
    const root = textRef.current;
    if (!onlyVisible || !root || typeof IntersectionObserver === "undefined") return;
    const onScreen = new Set<Element>();
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) onScreen.add(entry.target);
        else onScreen.delete(entry.target);
      }
      const keys = new Set<string>();
      for (const element of onScreen) for (const key of (element.getAttribute("data-ranges") ?? "").split(" ")) keys.add(key);
      setVisibleKeys(keys);
    });
    for (const mark of root.querySelectorAll("mark[data-ranges]")) observer.observe(mark);
    return () => observer.disconnect();
  }, [onlyVisible, segments]);

  /** A click on a highlight: every passage covering that point is picked, and the panel shows them. */
  const pickPassages = (keys: readonly string[]) => {
    const own = keys.filter((k) => k !== "at");
    // The end of a drag that selects text (to cite it) is not a pick.
    if (own.length === 0 || window.getSelection()?.isCollapsed === false) return;
    setPicked(own);
    setActiveKey(own[0] ?? null);
    requestAnimationFrame(() => {
      const panel = panelRef.current;
      const first = document.getElementById(`panel-${own[0]}`);
      if (!panel || !first) return;
      // Inside the sticky panel (desktop) the panel scrolls; below the text (phone) the page does.
      if (panel.scrollHeight > panel.clientHeight + 1)
        panel.scrollTo({ top: first.offsetTop - panel.offsetTop - 8, behavior: "smooth" });
      else
        (document.querySelector("[data-testid='panel-filter']") ?? first).scrollIntoView({ block: "start", behavior: "smooth" });
    });
  };
  const pickedSet = picked ? new Set(picked) : null;
  const isShown = (key: string) => (pickedSet ? pickedSet.has(key) : onlyVisible ? visibleKeys.has(key) : true);
  const shownCitations = sortedCitations.filter((c) => isShown(`c-${c.id}`));
  const shownAnnotations = source.annotations.filter((a) => isShown(`a-${a.id}`));

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
            {isEditor ? (
              <div className="selection-bar" data-testid="selection-bar" aria-live="polite">
                {selector ? (
                  <>
                    <span className="selection-quote">
                      Selected: “{selector.exact.length > 90 ? `${selector.exact.slice(0, 90)}…` : selector.exact}”
                    </span>
                    {reanchor ? (
                      <button type="button" className="button button-primary button-small" onClick={onReanchor} disabled={isBusy}>
                        Re-anchor citation here
                      </button>
                    ) : null}
                    <button type="button" className="button button-primary button-small" onClick={() => setDialog("cite")}>
                      Cite
                    </button>
                    <button type="button" className="button button-small" onClick={() => setDialog("annotate")}>
                      Annotate
                    </button>
                    <button
                      type="button"
                      className="button button-small button-ghost"
                      onClick={() => {
                        setSelector(null);
                        window.getSelection()?.removeAllRanges();
                      }}
                    >
                      Clear
                    </button>
                  </>
                ) : (
                  <span className="muted">
                    {reanchor
                      ? `Re-anchoring “${reanchor.exact.slice(0, 60)}” (${reanchor.label}): select the passage in the text.`
                      : "Select a passage of the text to cite it for a fact or to annotate it."}
                  </span>
                )}
              </div>
            ) : null}
            {message ? (
              <p className={message.isError ? "alert" : "form-notice"} role={message.isError ? "alert" : "status"}>
                {message.text}
              </p>
            ) : null}
            <p className="reader-text" data-testid="source-text" ref={textRef}>
              {segments.map((segment, index) => {
                if (segment.ranges.length === 0) return <Fragment key={segment.start}>{segment.text}</Fragment>;
                const keys = segment.ranges.map((r) => r.id);
                const anchors = keys.filter((k) => firstSegmentOf.get(k) === index);
                const isActive = activeKey !== null && keys.includes(activeKey);
                const classes = ["hl"];
                if (segment.ranges.some((r) => r.kind === "cite")) classes.push("hl-cite");
                if (segment.ranges.some((r) => r.kind === "note")) classes.push("hl-note");
                if (isActive) classes.push("hl-target");
                const depth = segment.ranges.filter((r) => r.kind !== "target").length;
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
                      data-depth={depth > 1 ? Math.min(depth, 3) : undefined}
                      data-picked={pickedSet && keys.some((k) => pickedSet.has(k)) ? "true" : undefined}
                      title={depth > 1 ? `${depth} citations or notes cover this passage: click to list them` : undefined}
                      onClick={() => pickPassages(keys)}
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
                          {c.field ? <span className="muted"> (field “{fieldLabelInSentence(c.field)}”)</span> : null}
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
        ref={panelRef}
        className={source.hasText ? "card reader-panel" : "card"}
        aria-label={source.hasText ? "Citations and annotations" : "Annotations"}
      >
        {source.hasText ? <h2>Citations ({source.citations.length})</h2> : null}
        {source.hasText && (source.citations.length > 0 || source.annotations.length > 0) ? (
          <div className="panel-filter" data-testid="panel-filter" aria-live="polite">
            {picked ? (
              <p style={{ margin: 0 }}>
                Showing {shownCitations.length === 1 ? "the citation" : `${shownCitations.length} citations`}
                {shownAnnotations.length > 0
                  ? ` and ${shownAnnotations.length === 1 ? "the note" : `${shownAnnotations.length} notes`}`
                  : ""}{" "}
                for the selected passage ·{" "}
                <button type="button" className="sort-button" style={{ color: "var(--accent)" }} onClick={() => setPicked(null)}>
                  Show all
                </button>
              </p>
            ) : (
              <label className="rel-line" style={{ fontSize: "0.85rem" }}>
                <input type="checkbox" checked={onlyVisible} onChange={(event) => setOnlyVisible(event.target.checked)} />
                Only passages on screen
                {onlyVisible ? (
                  <span className="muted">
                    ({shownCitations.length} of {source.citations.length} citations)
                  </span>
                ) : null}
              </label>
            )}
          </div>
        ) : null}
        {!source.hasText ? null : source.citations.length === 0 ? (
          <EmptyState title="Nothing cites this source yet" />
        ) : (
          <ol className="list-plain" data-testid="panel-citations">
            {shownCitations.length === 0 ? <li className="muted">No citation on the passages on screen.</li> : null}
            {shownCitations.map((c) => {
              const key = `c-${c.id}`;
              const target = describeTarget(c);
              return (
                <li key={c.id} id={`panel-${key}`} data-active={activeKey === key ? "true" : undefined}>
                  <div className="rel-line">
                    {target.status ? <StatusBadge status={target.status} /> : null}
                    <span>
                      supports {target.label}
                      {c.field ? <span className="muted"> · {fieldLabelInSentence(c.field)}</span> : null}
                    </span>
                  </div>
                  {c.quote ? (
                    <p className="muted" style={{ margin: "0.2rem 0", fontFamily: "var(--font-serif)" }}>
                      “{c.quote.exact.length > 140 && !pickedSet?.has(key) ? `${c.quote.exact.slice(0, 140)}…` : c.quote.exact}”
                    </p>
                  ) : null}
                  {c.locator ? (
                    <p className="muted" style={{ margin: "0.2rem 0" }}>
                      at {c.locator}
                    </p>
                  ) : null}
                  {c.isOrphaned ? <span className="badge status-disputed">quote no longer found in the text</span> : null}
                  {canEdit(viewer) ? (
                    <span className="rel-line" style={{ marginRight: "0.35rem", display: "inline-flex" }}>
                      <Link className="button button-small" href={`/citations/${encodeURIComponent(c.id)}/edit`}>
                        Edit<span className="visually-hidden"> citation</span>
                      </Link>
                      {c.isOrphaned ? (
                        <Link className="button button-small" href={`?reanchor=${encodeURIComponent(c.id)}`}>
                          Re-anchor
                        </Link>
                      ) : null}
                    </span>
                  ) : null}
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
        ) : shownAnnotations.length === 0 ? (
          <p className="muted">No annotation on {picked ? "the selected passage" : "the passages on screen"}.</p>
        ) : (
          <ol className="list-plain reader-threads">
            {shownAnnotations.map((a) => {
              const key = `a-${a.id}`;
              return (
                <li key={a.id} id={`panel-${key}`} data-active={activeKey === key ? "true" : undefined}>
                  <AnnotationThread annotation={a} viewer={viewer} idPrefix="thread-" />
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
      <Modal title="Cite this passage" isOpen={dialog === "cite" && selector !== null} onClose={() => setDialog(null)}>
        {selector ? (
          <CiteForm
            sourceId={source.id}
            selector={selector}
            cases={cases}
            defaultCaseSlug={defaultCaseSlug}
            onCancel={() => setDialog(null)}
            onDone={(id, warning) => afterWrite(`c-${id}`, warning ?? "Citation added.")}
          />
        ) : null}
      </Modal>
      <Modal title="Annotate this passage" isOpen={dialog === "annotate" && selector !== null} onClose={() => setDialog(null)}>
        {selector ? (
          <>
            <blockquote className="quote">{selector.exact}</blockquote>
            <AnnotationComposer
              targetId={source.id}
              quote={{ exact: selector.exact, prefix: selector.prefix, suffix: selector.suffix }}
              onCancel={() => setDialog(null)}
              onDone={(id) => afterWrite(`a-${id}`, "Annotation added.")}
            />
          </>
        ) : null}
      </Modal>
    </div>
  );
}
