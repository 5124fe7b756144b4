import Link from "next/link";
import type { ReactNode } from "react";
import type { AnnotationThreadFragment, CitationPartsFragment, FactStatus } from "@/gql/graphql";
import { STATUS_DESCRIPTIONS } from "@/lib/enums";
import { pluralize } from "@/lib/format";
import type { Viewer } from "@/lib/viewer";
import { AnnotationThread } from "./annotation-thread";
import { AnnotationComposer } from "./annotations/annotation-composer";
import { CitationItem } from "./citation";
import { EmptyState } from "./states";
import { StatusBadge } from "./status-badge";

/** The actions of a record's page: any extra links, then History, then Edit (only when `edit` is given). */
export function RecordPageActions({
  historyId,
  edit,
  children,
}: {
  historyId: string;
  edit?: { href: string; label: string } | null;
  children?: ReactNode;
}) {
  return (
    <div className="page-actions">
      {children}
      <Link className="button button-ghost" href={`/history/${encodeURIComponent(historyId)}`}>
        History
      </Link>
      {edit ? (
        <Link className="button" href={edit.href}>
          {edit.label}
        </Link>
      ) : null}
    </div>
  );
}

/** A card with a record's status badge (and confidence), what the status means, any notes, then its optional description. */
export function StatusCard({
  id,
  heading = "Status",
  testId,
  status,
  confidence,
  description,
  children,
}: {
  id: string;
  heading?: ReactNode;
  testId?: string;
  status: FactStatus;
  confidence?: number | null;
  description?: string | null;
  children?: ReactNode;
}) {
  return (
    <section className="card" aria-labelledby={id} data-testid={testId}>
      <h2 id={id}>{heading}</h2>
      <p style={{ display: "flex", gap: "0.5rem", alignItems: "center", flexWrap: "wrap" }}>
        <StatusBadge status={status} confidence={confidence} />
        <span>{STATUS_DESCRIPTIONS[status]}.</span>
      </p>
      {children}
      {description ? <p style={{ margin: 0 }}>{description}</p> : null}
    </section>
  );
}

/** A card listing citations, or an empty state (`emptyTitle`, `emptyText`) when there is none. */
export function CitationsCard({
  id,
  testId,
  citations,
  emptyTitle,
  emptyText,
}: {
  id: string;
  testId?: string;
  citations: readonly CitationPartsFragment[];
  emptyTitle: string;
  emptyText: ReactNode;
}) {
  return (
    <section className="card" aria-labelledby={id} data-testid={testId}>
      <h2 id={id}>Citations ({citations.length})</h2>
      {citations.length === 0 ? (
        <EmptyState title={emptyTitle}>{emptyText}</EmptyState>
      ) : (
        <ul className="list-plain citation-list">
          {citations.map((c) => (
            <li key={c.id}>
              <CitationItem citation={c} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * A card of editors' threads: an optional note (e.g. how many questions are open), an empty state,
 * the threads, and, when `composerTargetId` is given, the form to add one to that record.
 */
export function ThreadsCard({
  id,
  testId,
  heading,
  annotations,
  note,
  emptyTitle,
  viewer,
  composerTargetId,
  idPrefix,
}: {
  id: string;
  testId?: string;
  heading: ReactNode;
  annotations: readonly AnnotationThreadFragment[];
  note?: ReactNode;
  emptyTitle: string;
  viewer: Viewer | null;
  composerTargetId?: string | null;
  idPrefix?: string;
}) {
  return (
    <section className="card" aria-labelledby={id} data-testid={testId}>
      <h2 id={id}>{heading}</h2>
      {note ? <p className="note">{note}</p> : null}
      {annotations.length === 0 ? <EmptyState title={emptyTitle} /> : null}
      {annotations.map((a) => (
        <AnnotationThread key={a.id} annotation={a} viewer={viewer} idPrefix={idPrefix} />
      ))}
      {composerTargetId ? (
        <details className="add-annotation">
          <summary className="button button-small">Add an annotation</summary>
          <AnnotationComposer targetId={composerTargetId} />
        </details>
      ) : null}
    </section>
  );
}

/** The sources and the editors' threads of one record (a count, an event, a relationship), as cards. */
export function FactSourcesAndThreads({
  recordId,
  what,
  citations,
  annotations,
  viewer,
  isEditor,
}: {
  recordId: string;
  what: string;
  citations: readonly CitationPartsFragment[];
  annotations: readonly AnnotationThreadFragment[];
  viewer: Viewer | null;
  isEditor: boolean;
}) {
  const open = annotations.filter((a) => a.status === "OPEN").length;
  return (
    <>
      <CitationsCard
        id="record-citations"
        testId="record-citations"
        citations={citations}
        emptyTitle={`No citation for this ${what}`}
        emptyText="Facts without a citation should be treated with caution."
      />
      <ThreadsCard
        id="record-annotations"
        testId="record-annotations"
        heading={<>Annotations ({annotations.length})</>}
        annotations={annotations}
        note={
          open > 0 ? (
            <>
              {pluralize(open, "open question")} from editors about this {what}.
            </>
          ) : null
        }
        emptyTitle="No annotations"
        viewer={viewer}
        composerTargetId={isEditor ? recordId : null}
      />
    </>
  );
}
