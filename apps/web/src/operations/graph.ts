import { graphql } from "@/gql";

export const CaseGraphQuery = graphql(`
  query CaseGraph($slug: String!, $kinds: [EntityKind!], $predicates: [Predicate!], $limit: Int) {
    case(slug: $slug) {
      id
      slug
      caption
      shortTitle
    }
    caseGraph(slug: $slug, kinds: $kinds, predicates: $predicates, limit: $limit) {
      isTruncated
      nodes {
        id
        label
        kind
        roles
        degree
      }
      edges {
        id
        source
        target
        predicate
        status
      }
    }
  }
`);

export const EntityNeighborhoodQuery = graphql(`
  query EntityNeighborhood($id: ID!, $predicates: [Predicate!]) {
    entityGraph(id: $id, depth: 1, predicates: $predicates, limit: 200) {
      isTruncated
      nodes {
        id
        label
        kind
        roles
        degree
      }
      edges {
        id
        source
        target
        predicate
        status
      }
    }
  }
`);

export const GraphNodeDetailQuery = graphql(`
  query GraphNodeDetail($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Entity {
        name
        kind
        aliases
        description
        status
        confidence
      }
    }
  }
`);

export const GraphRelationshipDetailQuery = graphql(`
  query GraphRelationshipDetail($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Relationship {
        predicate
        status
        confidence
        description
        startDate
        startDatePrecision
        endDate
        endDatePrecision
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
      }
    }
  }
`);
