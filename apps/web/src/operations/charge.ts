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

/** An event with its participants (each with its own status and sources) and threads. */
export const EventPageQuery = graphql(`
  query EventPage($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Event {
        title
        kind
        date
        datePrecision
        endDate
        endDatePrecision
        description
        status
        confidence
        case {
          id
          slug
          caption
          shortTitle
        }
        place {
          id
          name
        }
        citations {
          ...CitationParts
        }
        annotations {
          ...AnnotationThread
        }
        participants {
          id
          role
          status
          confidence
          entity {
            id
            name
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

/** A relationship between two entities, with its sources and threads. */
export const RelationshipPageQuery = graphql(`
  query RelationshipPage($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Relationship {
        predicate
        startDate
        startDatePrecision
        endDate
        endDatePrecision
        description
        status
        confidence
        subject {
          id
          name
        }
        object {
          id
          name
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
`);
