/** The GraphQL operations the benchmark drives: the shapes the dashboard's pages ask for. */

const citationParts = `fragment CitationParts on Citation {
  id field locator note isOrphaned
  quote { exact prefix suffix }
  position { start end }
  source { id title kind publisher hasText }
}`;

const annotationThread = `fragment AnnotationThread on Annotation {
  id body tags status createdAt
  author { id name }
  quote { exact }
  replies { id body createdAt author { id name } }
}`;

/** The entity page (apps/web EntityPage without the history panel). */
export const entityPageQuery = `query EntityPage($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Entity {
      kind name aliases description status confidence version createdAt updatedAt
      fieldStatuses { field status confidence }
      citations { ...CitationParts }
      annotations { ...AnnotationThread }
      cases {
        id role description status confidence
        case { id slug caption shortTitle }
        citations { ...CitationParts }
      }
      charges {
        id status confidence
        charge { id countNumber title statute status case { id slug shortTitle } }
        citations { ...CitationParts }
      }
      relationships(first: 100) {
        totalCount
        edges {
          node {
            id predicate status confidence startDate startDatePrecision endDate endDatePrecision description
            subject { id name kind }
            object { id name kind }
            citations { ...CitationParts }
          }
        }
      }
      events(first: 100) {
        totalCount
        edges { roles node { id title kind date datePrecision status case { id slug } } }
      }
    }
    ... on Person { rank position nationality birthDate birthDatePrecision }
    ... on Organization { organizationKind country parent { id name } children { id name } }
    ... on OnlinePersona { personaKind platform url }
    ... on Place { placeKind country }
    ... on Artifact { artifactKind url }
  }
}
${citationParts}
${annotationThread}`;

/** The entity directory, filtered by a typed name (apps/web EntityDirectory). */
export const directoryQuery = `query EntityDirectory($filter: EntityFilter, $first: Int) {
  entities(filter: $filter, first: $first) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges {
      cursor
      node {
        id kind name aliases description status confidence updatedAt
        cases { id role case { id slug shortTitle } }
      }
    }
  }
}`;

/** Global search (apps/web Search). */
export const searchQuery = `query Search($query: String!, $first: Int) {
  search(query: $query, first: $first) {
    totalCount didYouMean isCorrected
    facets { types { value count } cases { value count } statuses { value count } earliestDate latestDate }
    edges {
      cursor
      node {
        type score match matchedField snippet label status caseSlugs
        node {
          __typename id
          ... on Entity { name kind status }
          ... on Event { title eventKind: kind date }
          ... on Source { title sourceKind: kind publisher }
          ... on Annotation { annotationStatus: status author { id name } }
        }
      }
    }
  }
}`;

/** A timeline window (apps/web TimelineEvents). */
export const timelineQuery = `query TimelineEvents($filter: EventFilter!, $first: Int) {
  events(filter: $filter, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        id title kind date datePrecision endDate endDatePrecision
        range { start end }
        description status confidence
        place { id name }
        case { id slug shortTitle }
        participants { id role status entity { id name kind } }
        citations { id locator quote { exact } position { start end } source { id title } }
      }
    }
  }
}`;

/** An entity's neighborhood for the network view (apps/web EntityNeighborhood). */
export const graphQuery = `query EntityNeighborhood($id: ID!) {
  entityGraph(id: $id, depth: 1, limit: 200) {
    isTruncated
    nodes { id label kind roles degree }
    edges { id source target predicate status }
  }
}`;
