import { graphql } from "@/gql";

export const RecordHistoryQuery = graphql(`
  query RecordHistory($id: ID!) {
    history(id: $id, first: 100) {
      totalCount
      edges {
        node {
          id
          recordType
          recordId
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
    node(id: $id) {
      __typename
      id
      ... on Entity {
        name
        kind
      }
      ... on Relationship {
        predicate
        subject {
          id
          name
        }
        object {
          id
          name
        }
      }
      ... on Event {
        title
      }
      ... on Charge {
        countNumber
        title
      }
      ... on Source {
        title
      }
      ... on Case {
        caption
        slug
      }
      ... on Citation {
        source {
          id
          title
        }
      }
      ... on CaseRole {
        role
        entity {
          id
          name
        }
      }
    }
  }
`);

/** The latest revision of a record: its version, and who made it (shown in the conflict view). */
export const LatestRevisionQuery = graphql(`
  query LatestRevision($id: ID!) {
    history(id: $id, first: 1) {
      edges {
        node {
          id
          version
          createdAt
          actor {
            id
            name
          }
        }
      }
    }
  }
`);

export const RestoreRevisionMutation = graphql(`
  mutation RestoreRevision($input: RestoreRevisionInput!) {
    restoreRevision(input: $input) {
      record {
        __typename
        id
      }
      revision {
        id
        version
      }
    }
  }
`);

export const ActivityQuery = graphql(`
  query Activity($caseSlug: String, $first: Int, $after: String) {
    activity(caseSlug: $caseSlug, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          recordType
          recordId
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
          record {
            ...RevisionRecordName
          }
        }
      }
    }
  }
`);

/** What an activity row needs to name the record a revision touched (history and the case overview). */
export const RevisionRecordNameFragment = graphql(`
  fragment RevisionRecordName on Node {
    __typename
    id
    ... on Entity {
      name
    }
    ... on Event {
      title
    }
    ... on Charge {
      countNumber
      title
    }
    ... on Source {
      title
    }
    ... on Case {
      caption
    }
    ... on Annotation {
      body
    }
    ... on Citation {
      source {
        id
        title
      }
    }
    ... on ChargeDefendant {
      defendant {
        id
        name
      }
      charge {
        id
        countNumber
      }
    }
    ... on Relationship {
      predicate
      subject {
        id
        name
      }
      object {
        id
        name
      }
    }
  }
`);
