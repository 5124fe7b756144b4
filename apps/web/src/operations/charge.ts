import { graphql } from "@/gql";

/** A count with its defendants in order, every link's status, citations and threads. */
export const ChargePageQuery = graphql(`
  query ChargePage($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Charge {
        countNumber
        title
        statute
        description
        status
        confidence
        version
        case {
          id
          slug
          caption
          shortTitle
        }
        citations {
          ...CitationParts
        }
        annotations {
          ...AnnotationThread
        }
        defendants {
          id
          status
          confidence
          defendant {
            id
            name
            kind
          }
          citations {
            ...CitationParts
          }
          annotations {
            ...AnnotationThread
          }
        }
      }
    }
  }
`);
