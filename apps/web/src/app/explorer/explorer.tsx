"use client";

import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { useEffect, useMemo, useRef, useState } from "react";
import { useResolvedTheme } from "@/components/use-theme";
import "graphiql/style.css";

/** GraphiQL bundled from npm (no CDN), posting to the same-origin proxy with the session cookie. */
/** The query editor's share of the width against the response (GraphiQL's "editorFlex"; the response is 1). */
const EDITOR_FLEX = "1.6";

export function Explorer({ defaultQuery, query, variables }: { defaultQuery: string; query?: string; variables?: string }) {
  const theme = useResolvedTheme();
  const fetcher = useMemo(
    () =>
      createGraphiQLFetcher({
        url: `${window.location.origin}/graphql`,
        fetch: (input, init) => fetch(input, { ...init, credentials: "same-origin" }),
      }),
    [],
  );
  const [isReady, setIsReady] = useState(false);
  const frameRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Give the query editor more room than the response the first time; a width dragged later is kept.
    try {
      if (!window.localStorage.getItem("graphiql:editorFlex")) window.localStorage.setItem("graphiql:editorFlex", EDITOR_FLEX);
    } catch {
      // Storage unavailable (private mode): GraphiQL's even split.
    }
    setIsReady(true);
  }, []);

  // GraphiQL 4 leaves a few accessibility gaps in its DOM (unlabelled CodeMirror textareas,
  // scroll areas without keyboard access, a close button nested in each tab). Patch them as
  // GraphiQL renders, since its markup is not ours to change.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the frame exists only once isReady is true
  useEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    const patch = () => {
      const labels: Array<[string, string]> = [
        [".graphiql-query-editor textarea", "GraphQL query"],
        ["[aria-label='Variables'] textarea, .graphiql-editor-tool .graphiql-editor:nth-child(1) textarea", "Query variables"],
        [".graphiql-editor-tool .graphiql-editor:nth-child(2) textarea", "Request headers"],
        [".graphiql-response textarea", "Response"],
      ];
      for (const [selector, label] of labels)
        for (const el of frame.querySelectorAll(selector))
          if (!el.getAttribute("aria-label")) el.setAttribute("aria-label", label);
      for (const el of frame.querySelectorAll("textarea:not([aria-label])")) el.setAttribute("aria-label", "Editor");
      for (const el of frame.querySelectorAll(".CodeMirror-scroll"))
        if (el.getAttribute("tabindex") !== "0") el.setAttribute("tabindex", "0");
      // Each tab holds its own close button, which a role="tab" may not: present the tabs as a list.
      for (const list of frame.querySelectorAll(".graphiql-tabs"))
        if (list.getAttribute("role") !== "list") list.setAttribute("role", "list");
      for (const tab of frame.querySelectorAll(".graphiql-tab")) {
        if (tab.getAttribute("role") !== "listitem") tab.setAttribute("role", "listitem");
        if (tab.hasAttribute("aria-selected")) tab.removeAttribute("aria-selected");
      }
    };
    patch();
    const observer = new MutationObserver(patch);
    observer.observe(frame, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [isReady]);

  if (!isReady) return null;
  return (
    <div className="explorer-frame" data-testid="graphiql" ref={frameRef}>
      <GraphiQL
        fetcher={fetcher}
        defaultQuery={defaultQuery}
        query={query}
        variables={variables}
        forcedTheme={theme}
        shouldPersistHeaders={false}
      />
    </div>
  );
}
