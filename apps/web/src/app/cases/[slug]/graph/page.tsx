import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApiErrorState } from "@/components/api-error";
import { EmptyState } from "@/components/states";
import { attempt } from "@/lib/attempt";
import { ENTITY_KINDS, KIND_COLORS, PREDICATES } from "@/lib/enums";
import { humanize } from "@/lib/format";
import { serverQuery } from "@/lib/graphql-server";
import { listParam } from "@/lib/search-params";
import { CaseGraphQuery } from "@/operations/graph";
import { GraphExplorer } from "./graph-explorer";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Network graph" };

export default async function GraphPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  const kinds = listParam(query, "kind", ENTITY_KINDS);
  const predicates = listParam(query, "predicate", PREDICATES);
  const result = await attempt(() =>
    serverQuery(CaseGraphQuery, {
      slug,
      kinds: kinds.length ? kinds : undefined,
      predicates: predicates.length ? predicates : undefined,
      limit: 2000,
    }),
  );
  if (!result.isOk) return <ApiErrorState error={result.error} what="the network graph" />;
  const { case: theCase, caseGraph } = result.data;
  if (!theCase || !caseGraph) notFound();
  const isFiltered = kinds.length > 0 || predicates.length > 0;
  const filters = (
    <Form
      action={`/cases/${encodeURIComponent(slug)}/graph`}
      className="card stack"
      style={{ gap: "0.75rem" }}
      aria-label="Filter the graph"
    >
      <fieldset className="chip-group">
        <legend>Entity kind</legend>
        {ENTITY_KINDS.map((kind) => (
          <label key={kind} className="chip">
            <input type="checkbox" name="kind" value={kind} defaultChecked={kinds.includes(kind)} />
            <span className="swatch" style={{ background: KIND_COLORS[kind] }} aria-hidden="true" />
            {humanize(kind)}
          </label>
        ))}
      </fieldset>
      <fieldset className="chip-group">
        <legend>Relationship</legend>
        {PREDICATES.map((predicate) => (
          <label key={predicate} className="chip">
            <input type="checkbox" name="predicate" value={predicate} defaultChecked={predicates.includes(predicate)} />
            {humanize(predicate)}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button button-primary">
        Apply
      </button>
      {isFiltered ? (
        <Link className="button button-ghost" href={`/cases/${encodeURIComponent(slug)}/graph`}>
          Clear
        </Link>
      ) : null}
    </Form>
  );

  return (
    <>
      <div className="page-header">
        <div>
          <p className="eyebrow">
            <Link href={`/cases/${encodeURIComponent(slug)}`}>{theCase.shortTitle ?? theCase.caption}</Link> · Network
          </p>
          <h1>Network graph</h1>
          <p>
            Entities of the case and the relationships among them, as alleged or reported. Click a node for details; expand it to
            pull in its wider neighborhood.
          </p>
        </div>
      </div>
      {caseGraph.nodes.length === 0 ? (
        <div className="stack">
          {filters}
          <EmptyState title="No entities match">Choose other kinds or relationships, or clear the filters.</EmptyState>
        </div>
      ) : (
        <GraphExplorer
          key={`${kinds.join()}|${predicates.join()}`}
          initialNodes={caseGraph.nodes}
          initialEdges={caseGraph.edges}
          isTruncated={caseGraph.isTruncated}
          predicates={predicates}
          isFiltered={isFiltered}
          filters={filters}
        />
      )}
    </>
  );
}
