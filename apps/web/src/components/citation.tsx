import Link from "next/link";
import type { CitationPartsFragment } from "@/gql/graphql";
import { fieldLabelInSentence } from "@/lib/field-labels";
import { humanize } from "@/lib/format";
import { citationHref } from "@/lib/links";

/** One citation: the quoted passage in its context (or the locator), the source, and a link to the passage. */
export function CitationItem({ citation, showField = true }: { citation: CitationPartsFragment; showField?: boolean }) {
  const { quote, source } = citation;
  const prefix = quote?.prefix ? quote.prefix.slice(-60) : "";
  const suffix = quote?.suffix ? quote.suffix.slice(0, 60) : "";
  return (
    <div data-testid="citation">
      <div className="citation-meta">
        <span className="badge badge-neutral">{humanize(source.kind)}</span>
        <Link href={citationHref(source.id, citation.id)} style={{ fontWeight: 600 }}>
          {source.title}
        </Link>
        {source.publisher ? <span>{source.publisher}</span> : null}
        {showField && citation.field ? <span>supports the field “{fieldLabelInSentence(citation.field)}”</span> : null}
        {citation.isOrphaned ? <span className="badge status-disputed">quote lost after edit</span> : null}
      </div>
      {quote ? (
        <blockquote className="quote">
          {prefix ? <span className="ctx">…{prefix}</span> : null}
          <strong>{quote.exact}</strong>
          {suffix ? <span className="ctx">{suffix}…</span> : null}
        </blockquote>
      ) : citation.locator ? (
        <p className="quote" style={{ fontFamily: "var(--font-sans)", fontSize: "0.88rem" }}>
          Cited at <strong>{citation.locator}</strong> <span className="muted">(no text held for this source)</span>
        </p>
      ) : null}
      {citation.note ? (
        <p className="muted" style={{ fontSize: "0.85rem", margin: 0 }}>
          Note: {citation.note}
        </p>
      ) : null}
    </div>
  );
}

/** A collapsed list of citations for a related fact (a relationship, a charge link, a role). */
export function MiniCitations({ citations }: { citations: readonly CitationPartsFragment[] }) {
  if (citations.length === 0) return <div className="mini-citations muted">No citation recorded</div>;
  return (
    <details className="mini-citations">
      <summary>
        {citations.length} {citations.length === 1 ? "citation" : "citations"}
      </summary>
      <ul className="list-plain stack" style={{ gap: "0.5rem", marginTop: "0.4rem" }}>
        {citations.map((c) => (
          <li key={c.id}>
            <CitationItem citation={c} />
          </li>
        ))}
      </ul>
    </details>
  );
}
