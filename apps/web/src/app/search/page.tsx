import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { ApiErrorState } from "@/components/api-error";
import { Snippet } from "@/components/snippet";
import { EmptyState } from "@/components/states";
import { StatusBadge } from "@/components/status-badge";
import type { SearchMatch, SearchType } from "@/gql/graphql";
import { attempt } from "@/lib/attempt";
import { SEARCH_TYPES } from "@/lib/enums";
import { humanize, pluralize } from "@/lib/format";
import { serverQuery } from "@/lib/graphql-server";
import { searchResultHref, searchResultTitle } from "@/lib/links";
import { listParam, param } from "@/lib/search-params";
import { SearchQuery } from "@/operations/search";

export const metadata: Metadata = { title: "Search" };

const GROUP_TITLES: Record<SearchType, string> = {
  ENTITY: "Entities",
  EVENT: "Events",
  SOURCE: "Sources",
  ANNOTATION: "Annotations",
};

const MATCH_TITLES: Record<SearchMatch, string> = {
  EXACT_NAME: "Exact name",
  NAME: "Name",
  ALIAS: "Alias",
  TEXT: "Text",
};

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A search URL with one parameter changed (undefined removes it). */
function searchHref(params: Record<string, string | undefined>, change: Record<string, string | undefined>): string {
  const next = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...params, ...change })) if (value) next.set(key, value);
  return `/search?${next.toString()}`;
}

export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const q = param(params, "q")?.trim() ?? "";
  const types = listParam(params, "type", SEARCH_TYPES);
  const caseSlug = param(params, "case");
  const status = param(params, "status");
  const from = param(params, "from");
  const to = param(params, "to");
  const dateFrom = from && DATE.test(from) ? from : undefined;
  const dateTo = to && DATE.test(to) ? to : undefined;
  const result = q
    ? await attempt(() =>
        serverQuery(SearchQuery, {
          query: q,
          types: types.length ? types : undefined,
          caseSlug,
          statuses: status ? [status] : undefined,
          dateFrom,
          dateTo,
          first: 50,
        }),
      )
    : null;
  // The current search, to build facet links that change one thing.
  const current: Record<string, string | undefined> = {
    q,
    type: types.length ? types.join(",") : undefined,
    case: caseSlug,
    status,
    from: dateFrom,
    to: dateTo,
  };

  return (
    <>
      <div className="page-header">
        <div>
          <p className="eyebrow">Knowledge base</p>
          <h1>Search</h1>
          <p>
            Full-text search across entities, events, sources and annotations. Exact names come first, then names where every word
            starts a name word, then aliases, then any text of a record (words in any field, with their inflections: “voter” finds
            “voters”). Put words in double quotes to find them as a phrase. Press <kbd>Ctrl</kbd> <kbd>K</kbd> anywhere to search
            without leaving the page.
          </p>
        </div>
      </div>
      <Form
        action="/search"
        role="search"
        aria-label="Search Casefile"
        className="stack"
        style={{ gap: "0.5rem", marginBottom: "1rem" }}
      >
        <div className="search-form" style={{ margin: 0 }}>
          <label htmlFor="search-q" className="visually-hidden">
            Search words
          </label>
          <input
            id="search-q"
            className="input"
            type="search"
            name="q"
            defaultValue={q}
            placeholder="A name, an alias, words from a source…"
            autoComplete="off"
          />
          <button type="submit" className="button button-primary">
            Search
          </button>
        </div>
        <fieldset className="chip-group">
          <legend className="visually-hidden">Result types</legend>
          {SEARCH_TYPES.map((type) => (
            <label key={type} className="chip">
              <input type="checkbox" name="type" value={type} defaultChecked={types.includes(type)} />
              {GROUP_TITLES[type]}
            </label>
          ))}
        </fieldset>
        {caseSlug ? <input type="hidden" name="case" value={caseSlug} /> : null}
        {status ? <input type="hidden" name="status" value={status} /> : null}
        <fieldset className="chip-group">
          <legend className="visually-hidden">Dates</legend>
          <label className="chip" htmlFor="search-from">
            From
            <input id="search-from" className="input" name="from" defaultValue={dateFrom} placeholder="YYYY-MM-DD" size={10} />
          </label>
          <label className="chip" htmlFor="search-to">
            To
            <input id="search-to" className="input" name="to" defaultValue={dateTo} placeholder="YYYY-MM-DD" size={10} />
          </label>
        </fieldset>
      </Form>

      {!q ? (
        <EmptyState title="Search the case file">Type a name, an alias, a place or any word from a source.</EmptyState>
      ) : !result ? null : !result.isOk ? (
        <ApiErrorState error={result.error} what="search results" />
      ) : result.data.search.edges.length === 0 ? (
        <EmptyState title={`No results for “${q}”`}>
          {result.data.search.didYouMean ? (
            <>
              Did you mean{" "}
              <Link href={searchHref(current, { q: result.data.search.didYouMean })}>{result.data.search.didYouMean}</Link>?{" "}
            </>
          ) : null}
          Check the spelling, or finish the word: names match every word as a prefix; other text matches whole words and their
          inflections.
        </EmptyState>
      ) : (
        <>
          <p className="muted" role="status">
            {pluralize(result.data.search.totalCount, "result")} for “
            {result.data.search.isCorrected ? result.data.search.didYouMean : q}”
            {result.data.search.isCorrected ? <> (nothing matched “{q}”; showing results for the closest spelling)</> : null}
          </p>
          <nav className="chip-group" aria-label="Narrow the search">
            {result.data.search.facets.types.map((f) => (
              <Link key={`type-${f.value}`} className="chip" href={searchHref(current, { type: f.value })}>
                {GROUP_TITLES[f.value as SearchType] ?? humanize(f.value)} ({f.count})
              </Link>
            ))}
            {result.data.search.facets.cases.map((f) => (
              <Link key={`case-${f.value}`} className="chip" href={searchHref(current, { case: f.value })}>
                Case {f.value} ({f.count})
              </Link>
            ))}
            {result.data.search.facets.statuses.map((f) => (
              <Link key={`status-${f.value}`} className="chip" href={searchHref(current, { status: f.value })}>
                {humanize(f.value)} ({f.count})
              </Link>
            ))}
            {result.data.search.facets.earliestDate ? (
              <span className="chip">
                Dated {result.data.search.facets.earliestDate} to {result.data.search.facets.latestDate}
              </span>
            ) : null}
            {types.length || caseSlug || status || dateFrom || dateTo ? (
              <Link className="chip" href={searchHref({ q }, {})}>
                Clear filters
              </Link>
            ) : null}
          </nav>
          {SEARCH_TYPES.map((type) => {
            const group = result.data.search.edges.map((e) => e.node).filter((n) => n.type === type);
            if (group.length === 0) return null;
            return (
              <section key={type} className="card result-group" aria-labelledby={`group-${type}`}>
                <div className="card-header">
                  <h2 id={`group-${type}`}>{GROUP_TITLES[type]}</h2>
                  <span className="muted">{group.length}</span>
                </div>
                <ul className="list-plain result-list">
                  {group.map((r) => (
                    <li key={r.node.id} data-testid="search-result">
                      <div className="result-title">
                        <Link href={searchResultHref(r)}>{searchResultTitle(r)}</Link>
                        {"kind" in r.node ? <span className="badge badge-neutral">{humanize(r.node.kind)}</span> : null}
                        {"eventKind" in r.node ? <span className="badge badge-neutral">{humanize(r.node.eventKind)}</span> : null}
                        {"sourceKind" in r.node ? (
                          <span className="badge badge-neutral">{humanize(r.node.sourceKind)}</span>
                        ) : null}
                        {"status" in r.node && r.node.status ? <StatusBadge status={r.node.status} /> : null}
                        {"annotationStatus" in r.node ? (
                          <span className="badge badge-neutral">{humanize(r.node.annotationStatus)}</span>
                        ) : null}
                      </div>
                      <div className="snippet">
                        <span className="muted">
                          {MATCH_TITLES[r.match]} match in {humanize(r.matchedField)}
                          {r.caseSlugs.length ? ` · ${r.caseSlugs.join(", ")}` : ""}
                          {"date" in r.node && r.node.date ? ` · ${r.node.date}` : ""}:{" "}
                        </span>
                        <Snippet html={r.snippet} />
                      </div>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      )}
    </>
  );
}
