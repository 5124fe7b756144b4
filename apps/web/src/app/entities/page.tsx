import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { ApiErrorState } from "@/components/api-error";
import { EmptyState } from "@/components/states";
import { attempt } from "@/lib/attempt";
import { entityFilterVariables, entityViewQuery, readEntityView, type SearchParams, SORTS } from "@/lib/entity-filter";
import { CASE_ROLES, ENTITY_KINDS } from "@/lib/enums";
import { humanize, pluralize } from "@/lib/format";
import { serverQuery } from "@/lib/graphql-server";
import { canEdit } from "@/lib/roles";
import { buildQuery } from "@/lib/search-params";
import { getViewer } from "@/lib/viewer";
import { CaseListQuery } from "@/operations/case";
import { EntityDirectoryQuery } from "@/operations/entity";
import { EntityTable } from "./entity-table";

export const metadata: Metadata = { title: "Entities" };

export default async function EntitiesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const view = readEntityView(await searchParams);
  const variables = {
    ...entityFilterVariables(view),
    ...(view.before ? { last: view.pageSize, before: view.before } : { first: view.pageSize, after: view.after }),
  };
  const [result, caseList] = await Promise.all([
    attempt(() => serverQuery(EntityDirectoryQuery, variables)),
    attempt(() => serverQuery(CaseListQuery, {})),
  ]);
  const cases = caseList.isOk ? caseList.data.cases.edges.map((e) => e.node) : [];
  const caseCaption = (slug: string) => {
    const found = cases.find((c) => c.slug === slug);
    return found ? (found.shortTitle ?? found.caption) : slug;
  };
  const isEditor = canEdit(await getViewer());
  const hasFilter = Boolean(view.text || view.kinds.length || view.roles.length || view.caseSlug || view.isUncited);

  return (
    <>
      <div className="page-header">
        <div>
          <p className="eyebrow">Knowledge base</p>
          <h1>Entities</h1>
          <p>People, organizations, online personas, places and artifacts across all cases.</p>
        </div>
        <div style={{ display: "flex", gap: "0.5rem" }}>
          {isEditor ? (
            <Link className="button button-primary" href="/entities/new">
              Add entity
            </Link>
          ) : null}
          <a className="button" href={`/entities/export${buildQuery(entityViewQuery(view, { format: "csv" }))}`} download>
            Export CSV
          </a>
          <a className="button" href={`/entities/export${buildQuery(entityViewQuery(view, { format: "json" }))}`} download>
            Export JSON
          </a>
        </div>
      </div>

      <Form action="/entities" className="toolbar" role="search" aria-label="Filter entities">
        <label className="field" style={{ flex: "1 1 240px" }}>
          <span>Search</span>
          <input
            className="input"
            type="search"
            name="q"
            defaultValue={view.text ?? ""}
            placeholder="Name, alias or description"
          />
        </label>
        <label className="field">
          <span>Kind</span>
          <select className="select" name="kind" defaultValue={view.kinds[0] ?? ""}>
            <option value="">All kinds</option>
            {ENTITY_KINDS.map((k) => (
              <option key={k} value={k}>
                {humanize(k)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Case role</span>
          <select className="select" name="role" defaultValue={view.roles[0] ?? ""}>
            <option value="">Any role</option>
            {CASE_ROLES.map((r) => (
              <option key={r} value={r}>
                {humanize(r)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Case</span>
          <select className="select" name="case" defaultValue={view.caseSlug ?? ""} data-testid="directory-case">
            <option value="">All cases</option>
            {view.caseSlug && !cases.some((c) => c.slug === view.caseSlug) ? (
              <option value={view.caseSlug}>{view.caseSlug}</option>
            ) : null}
            {cases.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.shortTitle ?? c.caption}
              </option>
            ))}
          </select>
        </label>
        <label className="chip" style={{ alignSelf: "flex-end" }}>
          <input type="checkbox" name="uncited" value="1" defaultChecked={view.isUncited} data-testid="directory-uncited" />
          No citation yet
        </label>
        <label className="field">
          <span>Sort</span>
          <select className="select" name="sort" defaultValue={view.sort}>
            {Object.entries(SORTS).map(([key, s]) => (
              <option key={key} value={key}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button button-primary">
          Apply
        </button>
        {hasFilter ? (
          <Link className="button button-ghost" href="/entities">
            Clear
          </Link>
        ) : null}
      </Form>

      {!result.isOk ? (
        <ApiErrorState error={result.error} what="entities" />
      ) : result.data.entities.edges.length === 0 ? (
        <EmptyState title="No entities match">Try fewer words, another kind, or clear the filters.</EmptyState>
      ) : (
        <section className="card" aria-labelledby="results-title" style={{ padding: 0 }}>
          <h2 id="results-title" className="visually-hidden">
            Results
          </h2>
          <p className="muted" role="status" style={{ padding: "0.75rem 1rem 0", margin: 0, fontSize: "0.88rem" }}>
            {pluralize(result.data.entities.totalCount, "entity", "entities")}
            {view.caseSlug ? ` in ${caseCaption(view.caseSlug)}` : ""}
            {hasFilter ? " match this filter" : ""}
          </p>
          <EntityTable rows={result.data.entities.edges.map((e) => e.node)} sort={view.sort} baseQuery={entityViewQuery(view)} />
          <nav className="pagination" aria-label="Pagination" style={{ padding: "0 1rem 1rem" }}>
            {result.data.entities.pageInfo.hasPreviousPage && result.data.entities.pageInfo.startCursor ? (
              <Link
                className="button"
                href={`/entities${buildQuery(entityViewQuery(view, { before: result.data.entities.pageInfo.startCursor }))}`}
                rel="prev"
              >
                ← Previous
              </Link>
            ) : (
              <span className="button" aria-disabled="true">
                ← Previous
              </span>
            )}
            <span className="muted">{result.data.entities.edges.length} on this page</span>
            {result.data.entities.pageInfo.hasNextPage && result.data.entities.pageInfo.endCursor ? (
              <Link
                className="button"
                href={`/entities${buildQuery(entityViewQuery(view, { after: result.data.entities.pageInfo.endCursor }))}`}
                rel="next"
              >
                Next →
              </Link>
            ) : (
              <span className="button" aria-disabled="true">
                Next →
              </span>
            )}
          </nav>
        </section>
      )}
    </>
  );
}
