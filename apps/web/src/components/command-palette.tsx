"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import type { SearchQuery, SearchType } from "@/gql/graphql";
import { humanize } from "@/lib/format";
import { clientQuery } from "@/lib/graphql-client";
import { type SearchResultNode, searchResultHref, searchResultTitle } from "@/lib/links";
import { SearchQuery as SearchDocument } from "@/operations/search";
import { Snippet } from "./snippet";

/** Event that any button can dispatch to open the palette. */
export const OPEN_PALETTE_EVENT = "casefile:open-palette";

const GROUP_LABELS: Record<SearchType, string> = {
  ENTITY: "Entities",
  EVENT: "Events",
  SOURCE: "Sources",
  ANNOTATION: "Annotations",
};
const GROUP_ORDER: SearchType[] = ["ENTITY", "EVENT", "SOURCE", "ANNOTATION"];

type State =
  | { kind: "idle" }
  | { kind: "loading" }
  | { kind: "error"; message: string }
  | { kind: "done"; results: SearchResultNode[] };

/**
 * Global search, opened with Ctrl/Cmd-K anywhere. A modal <dialog> with a combobox: arrow keys
 * move through results grouped by type, Enter opens one, Escape closes.
 */
export function CommandPalette() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const router = useRouter();
  const listId = useId();
  const [text, setText] = useState("");
  const [state, setState] = useState<State>({ kind: "idle" });
  const [activeIndex, setActiveIndex] = useState(0);

  const open = useCallback(() => {
    const dialog = dialogRef.current;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    inputRef.current?.select();
  }, []);

  const close = useCallback(() => dialogRef.current?.close(), []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "k") {
        event.preventDefault();
        if (dialogRef.current?.open) close();
        else open();
      }
    };
    window.addEventListener("keydown", onKey);
    window.addEventListener(OPEN_PALETTE_EVENT, open);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener(OPEN_PALETTE_EVENT, open);
    };
  }, [open, close]);

  useEffect(() => {
    const query = text.trim();
    if (!query) {
      setState({ kind: "idle" });
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setState({ kind: "loading" });
      clientQuery(SearchDocument, { query, first: 15 }, controller.signal)
        .then((data: SearchQuery) => {
          setState({ kind: "done", results: data.search.edges.map((edge) => edge.node) });
          setActiveIndex(0);
        })
        .catch((error: Error) => {
          if (error.name !== "AbortError") setState({ kind: "error", message: error.message });
        });
    }, 180);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

  // Results in display order (grouped), so arrow keys follow what is on screen.
  const ordered = useMemo(() => {
    if (state.kind !== "done") return [];
    return GROUP_ORDER.flatMap((type) => state.results.filter((r) => r.type === type));
  }, [state]);

  const go = (result: SearchResultNode) => {
    close();
    router.push(searchResultHref(result));
  };

  const onInputKey = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setActiveIndex((i) => Math.min(i + 1, Math.max(ordered.length - 1, 0)));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActiveIndex((i) => Math.max(i - 1, 0));
    } else if (event.key === "Enter") {
      event.preventDefault();
      const result = ordered[activeIndex];
      if (result) go(result);
      else if (text.trim()) {
        close();
        router.push(`/search?q=${encodeURIComponent(text.trim())}`);
      }
    }
  };

  const optionId = (index: number) => `${listId}-option-${index}`;
  let index = -1;

  return (
    <dialog
      ref={dialogRef}
      className="palette"
      aria-label="Search Casefile"
      onClick={(event) => {
        if (event.target === dialogRef.current) close();
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") close();
      }}
    >
      <input
        ref={inputRef}
        className="palette-input"
        type="search"
        role="combobox"
        aria-label="Search entities, sources and annotations"
        aria-expanded={ordered.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={ordered.length > 0 ? optionId(activeIndex) : undefined}
        placeholder="Search entities, sources, annotations…"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onInputKey}
      />
      <div className="palette-results">
        {state.kind === "idle" ? (
          <p className="muted" style={{ padding: "0.5rem 0.6rem", margin: 0 }}>
            Type to search names, aliases, source text and annotations, for example a person’s surname or an organization.
          </p>
        ) : null}
        {state.kind === "loading" ? (
          <p className="muted" role="status" style={{ padding: "0.5rem 0.6rem", margin: 0 }}>
            Searching…
          </p>
        ) : null}
        {state.kind === "error" ? (
          <p className="alert" role="alert">
            {state.message}
          </p>
        ) : null}
        {state.kind === "done" && ordered.length === 0 ? (
          <p className="muted" role="status" style={{ padding: "0.5rem 0.6rem", margin: 0 }}>
            No results for “{text}”.
          </p>
        ) : null}
        <div id={listId} role="listbox" aria-label="Search results">
          {GROUP_ORDER.map((type) => {
            const group = ordered.filter((r) => r.type === type);
            if (group.length === 0) return null;
            const labelId = `${listId}-${type}`;
            return (
              // biome-ignore lint/a11y/useSemanticElements: a group of options inside an ARIA listbox, not a form fieldset
              <div key={type} role="group" aria-labelledby={labelId}>
                <div id={labelId} className="palette-group-label">
                  {GROUP_LABELS[type]}
                </div>
                {group.map((result) => {
                  index += 1;
                  const myIndex = index;
                  const kind =
                    "kind" in result.node
                      ? humanize(result.node.kind)
                      : "sourceKind" in result.node
                        ? humanize(result.node.sourceKind)
                        : null;
                  return (
                    <div
                      key={result.node.id}
                      id={optionId(myIndex)}
                      role="option"
                      aria-selected={myIndex === activeIndex}
                      className="palette-option"
                      tabIndex={-1}
                      onMouseEnter={() => setActiveIndex(myIndex)}
                      onClick={() => go(result)}
                      onKeyDown={() => {}}
                    >
                      <div className="result-title">
                        {searchResultTitle(result)}
                        {kind ? <span className="badge badge-neutral">{kind}</span> : null}
                      </div>
                      <div className="snippet">
                        <Snippet html={result.snippet} />
                      </div>
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
      <div className="palette-footer" aria-hidden="true">
        <span>
          <kbd>↑</kbd> <kbd>↓</kbd> move
        </span>
        <span>
          <kbd>Enter</kbd> open
        </span>
        <span>
          <kbd>Esc</kbd> close
        </span>
      </div>
    </dialog>
  );
}

export function SearchTrigger() {
  return (
    <button type="button" className="search-trigger" onClick={() => window.dispatchEvent(new Event(OPEN_PALETTE_EVENT))}>
      <svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
        <circle cx="11" cy="11" r="6.5" />
        <path d="m20 20-4.2-4.2" />
      </svg>
      Search…
      <kbd>Ctrl K</kbd>
    </button>
  );
}
