/**
 * Runs the judged relevance set (./queries.json) through the GraphQL `search` of a running
 * server and scores it: recall@3 (the share of a query's expected records found in its top 3)
 * and MRR (1 / the rank of the first expected record in the top 10, 0 when absent), per query
 * class and overall.
 */
import judged from "./queries.json" with { type: "json" };

export interface JudgedQuery {
  query: string;
  class: string;
  expect: string[];
}

export const judgedQueries: JudgedQuery[] = judged.queries;

export interface QueryOutcome extends JudgedQuery {
  /** Ids of the top 10 results, best first. */
  got: string[];
  recall: number;
  reciprocalRank: number;
}

export interface ClassScore {
  class: string;
  queries: number;
  recallAt3: number;
  mrr: number;
}

export type Gql = (
  query: string,
  variables?: Record<string, unknown>,
) => Promise<{ data?: unknown; errors?: { message: string }[] }>;

const SEARCH = `query($q: String!) { search(query: $q, first: 10) { edges { node { node { id } } } } }`;

/** A record's own id from its global id (base64 of "Type:id"). */
function recordId(globalId: string): string {
  const decoded = Buffer.from(globalId, "base64").toString("utf8");
  return decoded.slice(decoded.indexOf(":") + 1);
}

export async function evaluate(gql: Gql): Promise<QueryOutcome[]> {
  const outcomes: QueryOutcome[] = [];
  for (const judgedQuery of judgedQueries) {
    const res = await gql(SEARCH, { q: judgedQuery.query });
    if (res.errors?.length) throw new Error(`search "${judgedQuery.query}" failed: ${res.errors[0]?.message}`);
    const data = res.data as { search: { edges: { node: { node: { id: string } } }[] } };
    const got = data.search.edges.map((e) => recordId(e.node.node.id));
    const top3 = new Set(got.slice(0, 3));
    const recall = judgedQuery.expect.filter((id) => top3.has(id)).length / judgedQuery.expect.length;
    const first = got.findIndex((id) => judgedQuery.expect.includes(id));
    outcomes.push({ ...judgedQuery, got, recall, reciprocalRank: first < 0 ? 0 : 1 / (first + 1) });
  }
  return outcomes;
}

export function scoreByClass(outcomes: QueryOutcome[]): { classes: ClassScore[]; overall: ClassScore } {
  const score = (name: string, list: QueryOutcome[]): ClassScore => ({
    class: name,
    queries: list.length,
    recallAt3: list.reduce((sum, o) => sum + o.recall, 0) / list.length,
    mrr: list.reduce((sum, o) => sum + o.reciprocalRank, 0) / list.length,
  });
  const names = [...new Set(outcomes.map((o) => o.class))];
  return {
    classes: names.map((name) =>
      score(
        name,
        outcomes.filter((o) => o.class === name),
      ),
    ),
    overall: score("overall", outcomes),
  };
}

export function formatReport(outcomes: QueryOutcome[]): string {
  const { classes, overall } = scoreByClass(outcomes);
  const line = (s: ClassScore) =>
    `${s.class.padEnd(14)} ${String(s.queries).padStart(3)}  recall@3 ${s.recallAt3.toFixed(3)}  MRR ${s.mrr.toFixed(3)}`;
  const misses = outcomes
    .filter((o) => o.recall < 1)
    .map(
      (o) =>
        `  miss [${o.class}] ${JSON.stringify(o.query)}: expected ${o.expect.join(", ")}; top 3 ${o.got.slice(0, 3).join(", ") || "(none)"}`,
    );
  return [...classes.map(line), line(overall), ...(misses.length ? ["", ...misses] : [])].join("\n");
}
