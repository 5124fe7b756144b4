import { graphql } from "@/gql";

export const SearchQuery = graphql(`
  query Search($query: String!, $types: [SearchType!], $first: Int) {
    search(query: $query, types: $types, first: $first) {
      totalCount
      edges {
        cursor
        node {
          type
          score
          snippet
          node {
            __typename
            id
            ... on Entity {
              name
              kind
              status
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
