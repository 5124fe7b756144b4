import { graphql } from "@/gql";

// Relationships ------------------------------------------------------------------------------

export const RelationshipForEditQuery = graphql(`
  query RelationshipForEdit($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Relationship {
        predicate
        startDate
        endDate
        description
        status
        confidence
        version
        subject {
          id
          name
        }
        object {
          id
          name
        }
        annotations {
          ...AnnotationThread
        }
      }
    }
  }
`);

export const CreateRelationshipMutation = graphql(`
  mutation CreateRelationship($input: CreateRelationshipInput!) {
    createRelationship(input: $input) {
      relationship {
        id
        version
      }
    }
  }
`);

export const UpdateRelationshipMutation = graphql(`
  mutation UpdateRelationship($input: UpdateRelationshipInput!) {
    updateRelationship(input: $input) {
      relationship {
        id
        version
      }
    }
  }
`);

// Case roles ---------------------------------------------------------------------------------

export const CaseRoleForEditQuery = graphql(`
  query CaseRoleForEdit($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on CaseRole {
        role
        description
        position
        status
        confidence
        version
        case {
          id
          slug
          caption
        }
        entity {
          id
          name
        }
      }
    }
  }
`);

export const CreateCaseRoleMutation = graphql(`
  mutation CreateCaseRole($input: CreateCaseRoleInput!) {
    createCaseRole(input: $input) {
      caseRole {
        id
        version
      }
    }
  }
`);

export const UpdateCaseRoleMutation = graphql(`
  mutation UpdateCaseRole($input: UpdateCaseRoleInput!) {
    updateCaseRole(input: $input) {
      caseRole {
        id
        version
      }
    }
  }
`);

// Events and participants --------------------------------------------------------------------

export const EventForEditQuery = graphql(`
  query EventForEdit($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Event {
        title
        kind
        date
        endDate
        description
        status
        confidence
        version
        case {
          id
          slug
          caption
        }
        place {
          id
          name
        }
        participants {
          id
          role
          status
          confidence
          version
          entity {
            id
            name
            kind
          }
        }
        annotations {
          ...AnnotationThread
        }
      }
    }
  }
`);

export const CreateEventMutation = graphql(`
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      event {
        id
        version
      }
    }
  }
`);

export const UpdateEventMutation = graphql(`
  mutation UpdateEvent($input: UpdateEventInput!) {
    updateEvent(input: $input) {
      event {
        id
        version
      }
    }
  }
`);

export const AddEventParticipantMutation = graphql(`
  mutation AddEventParticipant($input: AddEventParticipantInput!) {
    addEventParticipant(input: $input) {
      participant {
        id
      }
    }
  }
`);

export const RemoveEventParticipantMutation = graphql(`
  mutation RemoveEventParticipant($input: DeleteInput!) {
    removeEventParticipant(input: $input) {
      deletedId
    }
  }
`);

// Charges and defendants ---------------------------------------------------------------------

export const ChargeForEditQuery = graphql(`
  query ChargeForEdit($id: ID!) {
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
        }
        defendants {
          id
          status
          confidence
          version
          defendant {
            id
            name
            kind
          }
        }
        annotations {
          ...AnnotationThread
        }
      }
    }
  }
`);

export const CreateChargeMutation = graphql(`
  mutation CreateCharge($input: CreateChargeInput!) {
    createCharge(input: $input) {
      charge {
        id
        version
      }
    }
  }
`);

export const UpdateChargeMutation = graphql(`
  mutation UpdateCharge($input: UpdateChargeInput!) {
    updateCharge(input: $input) {
      charge {
        id
        version
      }
    }
  }
`);

export const AddChargeDefendantMutation = graphql(`
  mutation AddChargeDefendant($input: AddChargeDefendantInput!) {
    addChargeDefendant(input: $input) {
      chargeDefendant {
        id
      }
    }
  }
`);

export const RemoveChargeDefendantMutation = graphql(`
  mutation RemoveChargeDefendant($input: DeleteInput!) {
    removeChargeDefendant(input: $input) {
      deletedId
    }
  }
`);

// Cases --------------------------------------------------------------------------------------

export const CaseForEditQuery = graphql(`
  query CaseForEdit($slug: String!) {
    case(slug: $slug) {
      id
      slug
      caption
      shortTitle
      docketNumber
      court
      jurisdiction
      status
      filedDate
      summary
      version
      charges {
        id
        countNumber
        title
        statute
        status
        defendants {
          id
        }
      }
      events(first: 100) {
        totalCount
        edges {
          node {
            id
            title
            date
            datePrecision
            kind
            status
          }
        }
      }
      roles(first: 100) {
        totalCount
        edges {
          node {
            id
            role
            status
            entity {
              id
              name
              kind
            }
          }
        }
      }
    }
  }
`);

export const CreateCaseMutation = graphql(`
  mutation CreateCase($input: CreateCaseInput!) {
    createCase(input: $input) {
      case {
        id
        slug
        version
      }
    }
  }
`);

export const UpdateCaseMutation = graphql(`
  mutation UpdateCase($input: UpdateCaseInput!) {
    updateCase(input: $input) {
      case {
        id
        slug
        version
      }
    }
  }
`);

/** Events and counts of a case, for the "cite this passage for…" picker. */
export const CaseFactsQuery = graphql(`
  query CaseFacts($slug: String!) {
    case(slug: $slug) {
      id
      charges {
        id
        countNumber
        title
        defendants {
          id
          defendant {
            id
            name
          }
        }
      }
      events(first: 100) {
        edges {
          node {
            id
            title
            date
            datePrecision
          }
        }
      }
    }
  }
`);

/** An entity's relationships, for citing one of them. */
export const EntityRelationshipChoicesQuery = graphql(`
  query EntityRelationshipChoices($id: ID!) {
    node(id: $id) {
      id
      ... on Entity {
        relationships(first: 100) {
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
      }
    }
  }
`);
