import { graphql } from "@/gql";

export const SearchQuery = graphql(`
  query Search(
    $query: String!
    $types: [SearchType!]
    $caseSlug: String
    $statuses: [String!]
    $dateFrom: String
    $dateTo: String
    $first: Int
  ) {
    search(
      query: $query
      types: $types
      caseSlug: $caseSlug
      statuses: $statuses
      dateFrom: $dateFrom
      dateTo: $dateTo
      first: $first
    ) {
      totalCount
      didYouMean
      isCorrected
      facets {
        types {
          value
          count
        }
        cases {
          value
          count
        }
        statuses {
          value
          count
        }
        earliestDate
        latestDate
      }
      edges {
        cursor
        node {
          type
          score
          match
          matchedField
          snippet
          label
          status
          caseSlugs
          node {
            __typename
            id
            ... on Entity {
              name
              kind
              status
            }
            ... on Event {
              title
              eventKind: kind
              date
            }
            ... on Source {
              title
              sourceKind: kind
              publisher
            }
            ... on Annotation {
              annotationStatus: status
              author {
                id
                name
              }
              target {
                __typename
                id
                ... on Entity {
                  name
                }
                ... on Source {
                  title
                }
                ... on Case {
                  slug
                  caption
                }
                ... on Charge {
                  countNumber
                  title
                }
                ... on ChargeDefendant {
                  charge {
                    id
                    countNumber
                  }
                  defendant {
                    id
                    name
                  }
                }
                ... on CaseRole {
                  entity {
                    id
                  }
                }
                ... on EventParticipant {
                  entity {
                    id
                  }
                  event {
                    id
                  }
                }
                ... on Relationship {
                  subject {
                    id
                  }
                }
                ... on Event {
                  title
                  case {
                    slug
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);
