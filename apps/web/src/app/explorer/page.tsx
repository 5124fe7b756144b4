import type { Metadata } from "next";
import Link from "next/link";
import { rememberedCaseSlug } from "@/lib/current-case";
import { EXPLORER_EXAMPLES, exampleVariables } from "@/lib/explorer-examples";
import { param } from "@/lib/search-params";
import { ExplorerLoader } from "./explorer-loader";

export const metadata: Metadata = { title: "API explorer" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Without a case: list the cases, whose slugs the examples take. */
const CASES_QUERY = `# The Casefile GraphQL API. Press Ctrl-Enter (or the ▶ button) to run.
# Every case; open one (or pick it in the case switcher) for examples written for it.
query Cases {
  cases(first: 20) {
    edges {
      node {
        slug
        caption
        status
      }
    }
  }
}
`;

/** The first example with the current case written in, for a visit without a chosen example (no variables needed). */
function defaultQuery(slug: string | null): string {
  if (!slug) return CASES_QUERY;
  const first = EXPLORER_EXAMPLES[0]?.query ?? "";
  return first.replace("($slug: String!)", `($slug: String! = ${JSON.stringify(slug)})`);
}

export default async function ExplorerPage({ searchParams }: Props) {
  const params = await searchParams;
  // The case asked for, else the last case visited; without either, the default query lists the cases.
  const slug = param(params, "case") || (await rememberedCaseSlug());
  const example = EXPLORER_EXAMPLES.find((e) => e.key === param(params, "example"));
  return (
    <>
      <div className="page-header">
        <div>
          <p className="eyebrow">Developers</p>
          <h1>API explorer</h1>
          <p>
            GraphiQL, served by this app and working offline, against <code>/graphql</code> with your session. The schema
            documentation is in the Docs pane.
          </p>
        </div>
      </div>
      {slug ? (
        <nav className="explorer-examples" aria-label="Example queries" data-testid="explorer-examples">
          <span className="muted">Examples for {slug}:</span>
          {EXPLORER_EXAMPLES.map((e) => (
            <Link
              key={e.key}
              className="button button-small"
              href={`/explorer?${new URLSearchParams({ case: slug, example: e.key })}`}
              aria-current={e.key === example?.key ? "page" : undefined}
            >
              {e.label}
            </Link>
          ))}
        </nav>
      ) : (
        <p className="muted" data-testid="explorer-examples">
          Open a case (or choose one in the case switcher) for example queries written for it.
        </p>
      )}
      <ExplorerLoader
        key={example?.key ?? "default"}
        defaultQuery={defaultQuery(slug)}
        query={example?.query}
        variables={example && slug ? exampleVariables(slug) : undefined}
      />
    </>
  );
}
