import type { AnnotationThreadFragment, CitationPartsFragment } from "@/gql/graphql";
import { pluralize } from "@/lib/format";
import type { Viewer } from "@/lib/viewer";
import { AnnotationThread } from "./annotation-thread";
import { AnnotationComposer } from "./annotations/annotation-composer";
import { CitationItem } from "./citation";
import { EmptyState } from "./states";

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
      <section className="card" aria-labelledby="record-citations" data-testid="record-citations">
        <h2 id="record-citations">Citations ({citations.length})</h2>
        {citations.length === 0 ? (
          <EmptyState title={`No citation for this ${what}`}>Facts without a citation should be treated with caution.</EmptyState>
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
      <section className="card" aria-labelledby="record-annotations" data-testid="record-annotations">
        <h2 id="record-annotations">Annotations ({annotations.length})</h2>
        {open > 0 ? (
          <p className="note">
            {pluralize(open, "open question")} from editors about this {what}.
          </p>
        ) : null}
        {annotations.length === 0 ? <EmptyState title="No annotations" /> : null}
        {annotations.map((a) => (
          <AnnotationThread key={a.id} annotation={a} viewer={viewer} />
        ))}
        {isEditor ? (
          <details className="add-annotation">
            <summary className="button button-small">Add an annotation</summary>
            <AnnotationComposer targetId={recordId} />
          </details>
        ) : null}
      </section>
    </>
  );
}
