import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { ApiErrorState } from "@/components/api-error";
import { Snippet } from "@/components/snippet";
import { EmptyState } from "@/components/states";
import { StatusBadge } from "@/components/status-badge";
import type { SearchType } from "@/gql/graphql";
import { attempt } from "@/lib/attempt";
import { SEARCH_TYPES } from "@/lib/enums";
import { humanize, pluralize } from "@/lib/format";
import { serverQuery } from "@/lib/graphql-server";
import { searchResultHref, searchResultTitle } from "@/lib/links";
import { listParam, param } from "@/lib/search-params";
import { SearchQuery } from "@/operations/search";

export const metadata: Metadata = { title: "Search" };

const GROUP_TITLES: Record<SearchType, string> = { ENTITY: "Entities", SOURCE: "Sources", ANNOTATION: "Annotations" };

export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const q = param(params, "q")?.trim() ?? "";
  const types = listParam(params, "type", SEARCH_TYPES);
  const result = q
    ? await attempt(() => serverQuery(SearchQuery, { query: q, types: types.length ? types : undefined, first: 50 }))
    : null;

  return (
    <>
      <div className="page-header">
        <div>
          <p className="eyebrow">Knowledge base</p>
          <h1>Search</h1>
          <p>
            Full-text search across entities, sources and annotations. Names and aliases come first, and there the last word
            matches as a prefix; descriptions, sources and annotations match whole words. Press <kbd>Ctrl</kbd> <kbd>K</kbd>{" "}
            anywhere to search without leaving the page.
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
      </Form>

      {!q ? (
        <EmptyState title="Search the case file">Type a name, an alias, a place or any word from a source.</EmptyState>
      ) : !result ? null : !result.isOk ? (
        <ApiErrorState error={result.error} what="search results" />
      ) : result.data.search.edges.length === 0 ? (
        <EmptyState title={`No results for “${q}”`}>
          Check the spelling, or finish the word: only names match the last word as a prefix; other text matches whole words.
        </EmptyState>
      ) : (
        <>
          <p className="muted" role="status">
            {pluralize(result.data.search.totalCount, "result")} for “{q}”
          </p>
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
                        {"sourceKind" in r.node ? (
                          <span className="badge badge-neutral">{humanize(r.node.sourceKind)}</span>
                        ) : null}
                        {"status" in r.node && r.node.status ? <StatusBadge status={r.node.status} /> : null}
                        {"annotationStatus" in r.node ? (
                          <span className="badge badge-neutral">{humanize(r.node.annotationStatus)}</span>
                        ) : null}
                      </div>
                      <div className="snippet">
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
