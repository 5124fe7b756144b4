import { graphql } from "@/gql";

export const TimelineEventsQuery = graphql(`
  query TimelineEvents($filter: EventFilter!, $first: Int, $after: String) {
    events(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          kind
          date
          datePrecision
          endDate
          endDatePrecision
          range {
            start
            end
          }
          description
          status
          confidence
          place {
            id
            name
          }
          participants {
            id
            role
            status
            entity {
              id
              name
              kind
            }
          }
          citations {
            id
            locator
            quote {
              exact
            }
            position {
              start
              end
            }
            source {
              id
              title
              hasText
            }
          }
        }
      }
    }
  }
`);

export const CaseHeaderQuery = graphql(`
  query CaseHeader($slug: String!) {
    case(slug: $slug) {
      id
      slug
      caption
      shortTitle
    }
  }
`);
