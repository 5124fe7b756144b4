import type { Metadata } from "next";
import Link from "next/link";
import { DEFAULT_CASE_SLUG } from "@/lib/config";
import { EXPLORER_EXAMPLES, exampleVariables } from "@/lib/explorer-examples";
import { param } from "@/lib/search-params";
import { ExplorerLoader } from "./explorer-loader";

export const metadata: Metadata = { title: "API explorer" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The first example with its case written in, for a visit without a chosen example (no variables needed). */
function defaultQuery(slug: string): string {
  const first = EXPLORER_EXAMPLES[0]?.query ?? "";
  return first.replace("($slug: String!)", `($slug: String! = ${JSON.stringify(slug)})`);
}

export default async function ExplorerPage({ searchParams }: Props) {
  const params = await searchParams;
  const slug = param(params, "case") ?? DEFAULT_CASE_SLUG;
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
      <ExplorerLoader
        key={example?.key ?? "default"}
        defaultQuery={defaultQuery(slug)}
        query={example?.query}
        variables={example ? exampleVariables(slug) : undefined}
      />
    </>
  );
}
