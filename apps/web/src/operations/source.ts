import { graphql } from "@/gql";

export const SourceListQuery = graphql(`
  query SourceList($first: Int, $after: String) {
    sources(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          title
          publisher
          author
          url
          publishedDate
          publishedDatePrecision
          hasText
          citations {
            id
          }
        }
      }
    }
  }
`);

export const SourceReaderQuery = graphql(`
  query SourceReader($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Source {
        kind
        title
        publisher
        author
        url
        publishedDate
        publishedDatePrecision
        description
        hasText
        text
        textVersion
        version
        citations {
          id
          version
          field
          locator
          note
          isOrphaned
          targetType
          quote {
            exact
          }
          position {
            start
            end
          }
          target {
            __typename
            id
            ... on Entity {
              name
              kind
            }
            ... on Event {
              title
              status
            }
            ... on Relationship {
              predicate
              status
              subject {
                id
                name
              }
              object {
                id
                name
              }
            }
            ... on Charge {
              countNumber
              title
              status
            }
            ... on ChargeDefendant {
              status
              defendant {
                id
                name
              }
              charge {
                id
                countNumber
              }
            }
            ... on CaseRole {
              caseRole: role
              status
              entity {
                id
                name
              }
            }
            ... on EventParticipant {
              participantRole: role
              status
              entity {
                id
                name
              }
              event {
                id
                title
              }
            }
            ... on Case {
              caption
              slug
            }
            ... on Fact {
              status
            }
          }
        }
        annotations {
          ...AnnotationThread
        }
      }
    }
  }
`);
