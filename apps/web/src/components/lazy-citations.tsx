"use client";

import { useState } from "react";
import type { CitationPartsFragment } from "@/gql/graphql";
import { clientQuery } from "@/lib/graphql-client";
import { FactCitationsQuery } from "@/operations/entity";
import { CitationItem } from "./citation";

/**
 * Citations of a related fact, fetched when opened: listing them for every relationship up front
 * would exceed the API's query cost limit (and most readers open only a few).
 */
export function LazyCitations({ factId }: { factId: string }) {
  const [state, setState] = useState<
    | { kind: "idle" | "loading" }
    | { kind: "error"; message: string }
    | { kind: "done"; citations: readonly CitationPartsFragment[] }
  >({
    kind: "idle",
  });
  const load = () => {
    if (state.kind !== "idle") return;
    setState({ kind: "loading" });
    clientQuery(FactCitationsQuery, { id: factId })
      .then((data) => {
        const node = data.node;
        setState({ kind: "done", citations: node && "citations" in node ? node.citations : [] });
      })
      .catch((error: Error) => setState({ kind: "error", message: error.message }));
  };
  return (
    <details className="mini-citations" onToggle={(event) => (event.currentTarget.open ? load() : undefined)}>
      <summary>Citations</summary>
      {state.kind === "loading" ? (
        <p className="muted" role="status">
          Loading citations…
        </p>
      ) : null}
      {state.kind === "error" ? (
        <p className="alert" role="alert">
          {state.message}
        </p>
      ) : null}
      {state.kind === "done" ? (
        state.citations.length === 0 ? (
          <p className="muted">No citation recorded.</p>
        ) : (
          <ul className="list-plain stack" style={{ gap: "0.5rem", marginTop: "0.4rem" }}>
            {state.citations.map((c) => (
              <li key={c.id}>
                <CitationItem citation={c} />
              </li>
            ))}
          </ul>
        )
      ) : null}
    </details>
  );
}
