import { graphql } from "@/gql";

/** An entity's editable fields and version, for the edit form and for reloading after a conflict. */
export const EntityForEditQuery = graphql(`
  query EntityForEdit($id: ID!) {
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
        updatedAt
      }
      ... on Person {
        rank
        position
        nationality
        birthDate
      }
      ... on Organization {
        organizationKind
        country
        parent {
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

export const CreateEntityMutation = graphql(`
  mutation CreateEntity($input: CreateEntityInput!) {
    createEntity(input: $input) {
      entity {
        id
        name
        version
      }
    }
  }
`);

export const UpdateEntityMutation = graphql(`
  mutation UpdateEntity($input: UpdateEntityInput!) {
    updateEntity(input: $input) {
      entity {
        id
        name
        version
      }
    }
  }
`);

export const DeleteRecordMutations = {
  entity: graphql(`
    mutation DeleteEntity($input: DeleteInput!) {
      deleteEntity(input: $input) {
        deletedId
        revision {
          id
        }
      }
    }
  `),
  relationship: graphql(`
    mutation DeleteRelationship($input: DeleteInput!) {
      deleteRelationship(input: $input) {
        deletedId
        revision {
          id
        }
      }
    }
  `),
  event: graphql(`
    mutation DeleteEvent($input: DeleteInput!) {
      deleteEvent(input: $input) {
        deletedId
        revision {
          id
        }
      }
    }
  `),
  charge: graphql(`
    mutation DeleteCharge($input: DeleteInput!) {
      deleteCharge(input: $input) {
        deletedId
        revision {
          id
        }
      }
    }
  `),
  caseRole: graphql(`
    mutation DeleteCaseRole($input: DeleteInput!) {
      deleteCaseRole(input: $input) {
        deletedId
        revision {
          id
        }
      }
    }
  `),
  case: graphql(`
    mutation DeleteCase($input: DeleteInput!) {
      deleteCase(input: $input) {
        deletedId
        revision {
          id
        }
      }
    }
  `),
  source: graphql(`
    mutation DeleteSource($input: DeleteInput!) {
      deleteSource(input: $input) {
        deletedId
        revision {
          id
        }
      }
    }
  `),
  citation: graphql(`
    mutation DeleteCitation($input: DeleteInput!) {
      deleteCitation(input: $input) {
        deletedId
        revision {
          id
        }
      }
    }
  `),
};

/** Everything a merge would move, for both entities: the preview is computed from this. */
export const MergeSideQuery = graphql(`
  query MergeSide($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Entity {
        kind
        name
        aliases
        description
        status
        version
        relationships(first: 100) {
          totalCount
          edges {
            node {
              id
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
        }
        events(first: 100) {
          totalCount
          edges {
            roles
            node {
              id
              title
            }
          }
        }
        charges {
          id
          charge {
            id
            countNumber
            title
          }
        }
        cases {
          id
          role
          case {
            id
            slug
            shortTitle
          }
        }
        citations {
          id
        }
        annotations {
          id
        }
      }
      ... on Organization {
        children {
          id
          name
        }
        organizationKind
        country
      }
      ... on Person {
        rank
        position
        nationality
        birthDate
        birthDatePrecision
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

export const MergeEntitiesMutation = graphql(`
  mutation MergeEntities($input: MergeEntitiesInput!) {
    mergeEntities(input: $input) {
      survivor {
        id
        name
        aliases
        version
      }
      revision {
        id
      }
      movedCount
      droppedCount
    }
  }
`);

export const UnmergeEntitiesMutation = graphql(`
  mutation UnmergeEntities($input: UnmergeEntitiesInput!) {
    unmergeEntities(input: $input) {
      survivor {
        id
        name
      }
      restored {
        id
        name
      }
      revision {
        id
      }
    }
  }
`);

/** Entities matching typed text, for the pickers that link records. */
export const EntityPickerQuery = graphql(`
  query EntityPicker($text: String, $kinds: [EntityKind!], $first: Int) {
    entities(filter: { text: $text, kinds: $kinds }, first: $first) {
      edges {
        node {
          id
          kind
          name
          aliases
          status
        }
      }
    }
  }
`);
