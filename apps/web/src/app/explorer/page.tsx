import type { Metadata } from "next";
import { DEFAULT_CASE_SLUG } from "@/lib/config";
import { ExplorerLoader } from "./explorer-loader";

export const metadata: Metadata = { title: "API explorer" };

const DEFAULT_QUERY = `# The Casefile GraphQL API. Press Ctrl-Enter (or the ▶ button) to run.
# Every fact carries a status: ALLEGED is what the indictment says, not a finding.
query CaseDefendants($slug: String! = "${DEFAULT_CASE_SLUG}") {
  case(slug: $slug) {
    caption
    docketNumber
    roles(role: DEFENDANT, first: 20) {
      totalCount
      edges {
        node {
          status
          entity {
            id
            name
            ... on Person {
              rank
            }
          }
        }
      }
    }
  }
}
`;

export default function ExplorerPage() {
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
      <ExplorerLoader defaultQuery={DEFAULT_QUERY} />
    </>
  );
}
