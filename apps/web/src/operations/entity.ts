import { graphql } from "@/gql";

export const EntityDirectoryQuery = graphql(`
  query EntityDirectory(
    $filter: EntityFilter
    $orderBy: EntityOrder
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    entities(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          id
          kind
          name
          aliases
          description
          status
          confidence
          updatedAt
          cases {
            id
            role
            case {
              id
              slug
              shortTitle
            }
          }
        }
      }
    }
  }
`);

// The entity page is four queries run in parallel: one would exceed the API's query cost limit
// (cost grows with nesting depth), and each part is useful on its own.
export const EntityPageQuery = graphql(`
  query EntityPage($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Entity {
        kind
        name
        aliases
        description
        status
        confidence
        version
        createdAt
        updatedAt
        fieldStatuses {
          field
          status
          confidence
        }
        citations {
          ...CitationParts
        }
        annotations {
          ...AnnotationThread
        }
        cases {
          id
          role
          description
          status
          confidence
          case {
            id
            slug
            caption
            shortTitle
          }
          citations {
            ...CitationParts
          }
        }
      }
      ... on Person {
        rank
        position
        nationality
        birthDate
        birthDatePrecision
      }
      ... on Organization {
        organizationKind
        country
        parent {
          id
          name
        }
        children {
          id
          name
        }
      }
      ... on OnlinePersona {
        personaKind
        platform
        url
      }
      ... on Place {
        placeKind
        country
      }
      ... on Artifact {
        artifactKind
        url
      }
    }
  }
`);

export const EntityRelationshipsQuery = graphql(`
  query EntityRelationships($id: ID!) {
    node(id: $id) {
      id
      ... on Entity {
        relationships(first: 100) {
          totalCount
          edges {
            node {
              id
              predicate
              status
              confidence
              startDate
              startDatePrecision
              endDate
              endDatePrecision
              description
              subject {
                id
                name
                kind
              }
              object {
                id
                name
                kind
              }
            }
          }
        }
      }
    }
  }
`);

export const EntityEventsChargesQuery = graphql(`
  query EntityEventsCharges($id: ID!) {
    node(id: $id) {
      id
      ... on Entity {
        events(first: 100) {
          totalCount
          edges {
            roles
            node {
              id
              title
              kind
              date
              datePrecision
              endDate
              endDatePrecision
              status
              case {
                id
                slug
                caption
                shortTitle
              }
            }
          }
        }
        charges {
          id
          status
          confidence
          charge {
            id
            countNumber
            title
            statute
            status
            case {
              id
              slug
              caption
              shortTitle
            }
          }
          citations {
            ...CitationParts
          }
        }
      }
    }
  }
`);

/** Citations of one fact (a relationship, say), loaded when the reader opens them. */
export const FactCitationsQuery = graphql(`
  query FactCitations($id: ID!) {
    node(id: $id) {
      id
      ... on Fact {
        citations {
          ...CitationParts
        }
      }
    }
  }
`);

export const EntityHistoryQuery = graphql(`
  query EntityHistory($id: ID!) {
    history(id: $id, first: 25) {
      totalCount
      edges {
        node {
          id
          action
          version
          createdAt
          actor {
            id
            name
          }
          changes {
            field
            before
            after
          }
        }
      }
    }
  }
`);

export const CitationPartsFragment = graphql(`
  fragment CitationParts on Citation {
    id
    field
    locator
    note
    isOrphaned
    quote {
      exact
      prefix
      suffix
    }
    position {
      start
      end
    }
    source {
      id
      title
      kind
      publisher
      hasText
    }
  }
`);

export const AnnotationThreadFragment = graphql(`
  fragment AnnotationThread on Annotation {
    id
    body
    tags
    status
    version
    createdAt
    isOrphaned
    author {
      id
      name
    }
    resolvedBy {
      id
      name
    }
    quote {
      exact
    }
    position {
      start
      end
    }
    replies {
      id
      body
      version
      createdAt
      author {
        id
        name
      }
    }
  }
`);
