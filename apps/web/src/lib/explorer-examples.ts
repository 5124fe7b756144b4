/**
 * Example queries the API explorer offers, written for one case (its slug is the `$slug`
 * variable). Each one is run against the seeded case by the browser tests.
 */
export type ExplorerExample = { key: string; label: string; query: string };

export const EXPLORER_EXAMPLES: readonly ExplorerExample[] = [
  {
    key: "defendants",
    label: "Defendants and their ranks",
    query: `# The Casefile GraphQL API. Press Ctrl-Enter (or the ▶ button) to run.
# Every fact carries a status: ALLEGED is what the indictment says, not a finding.
query CaseDefendants($slug: String!) {
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
`,
  },
  {
    key: "counts",
    label: "Counts and who is charged",
    query: `# Each count with its defendants; a link's status says how well it is established.
query CaseCounts($slug: String!) {
  case(slug: $slug) {
    charges {
      countNumber
      title
      statute
      status
      defendants {
        status
        defendant {
          name
        }
      }
    }
  }
}
`,
  },
  {
    key: "timeline",
    label: "Events in date order",
    query: `# The case's events with their date precision and participants.
query CaseEvents($slug: String!) {
  events(filter: { caseSlug: $slug }, first: 20) {
    totalCount
    edges {
      node {
        date
        datePrecision
        title
        status
        participants {
          role
          entity {
            name
          }
        }
      }
    }
  }
}
`,
  },
  {
    key: "open-questions",
    label: "Open questions",
    query: `# Annotation threads still open in this case: what editors have yet to verify.
query OpenQuestions($slug: String!) {
  annotations(filter: { caseSlug: $slug, status: OPEN }, first: 20) {
    totalCount
    edges {
      node {
        body
        tags
        author {
          name
        }
      }
    }
  }
}
`,
  },
  {
    key: "search",
    label: "Full-text search",
    query: `# Search names, aliases, event titles, source text and annotations, within the case.
query Search($slug: String!) {
  search(query: "spearphishing", caseSlug: $slug, first: 10) {
    totalCount
    edges {
      node {
        type
        snippet
      }
    }
  }
}
`,
  },
];

/** The variables of an example, for the case it is shown for. */
export function exampleVariables(slug: string): string {
  return JSON.stringify({ slug }, null, 2);
}
