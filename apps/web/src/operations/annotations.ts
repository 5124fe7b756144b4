import { graphql } from "@/gql";

export const CreateAnnotationMutation = graphql(`
  mutation CreateAnnotation($input: CreateAnnotationInput!) {
    createAnnotation(input: $input) {
      annotation {
        id
        position {
          start
          end
        }
      }
    }
  }
`);

export const ReplyToAnnotationMutation = graphql(`
  mutation ReplyToAnnotation($input: ReplyToAnnotationInput!) {
    replyToAnnotation(input: $input) {
      annotation {
        id
      }
    }
  }
`);

export const UpdateAnnotationMutation = graphql(`
  mutation UpdateAnnotation($input: UpdateAnnotationInput!) {
    updateAnnotation(input: $input) {
      annotation {
        id
        version
      }
    }
  }
`);

export const ResolveAnnotationMutation = graphql(`
  mutation ResolveAnnotation($input: AnnotationStatusInput!) {
    resolveAnnotation(input: $input) {
      annotation {
        id
        status
        version
      }
    }
  }
`);

export const ReopenAnnotationMutation = graphql(`
  mutation ReopenAnnotation($input: AnnotationStatusInput!) {
    reopenAnnotation(input: $input) {
      annotation {
        id
        status
        version
      }
    }
  }
`);

export const DeleteAnnotationMutation = graphql(`
  mutation DeleteAnnotation($input: DeleteInput!) {
    deleteAnnotation(input: $input) {
      deletedId
    }
  }
`);

/** Annotation threads for the open-questions list, with what each one is about. */
export const QuestionsQuery = graphql(`
  query Questions($filter: AnnotationFilter, $first: Int, $after: String) {
    annotations(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          body
          tags
          status
          targetType
          createdAt
          author {
            id
            name
          }
          replies {
            id
          }
          quote {
            exact
          }
          target {
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
              slug
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
            ... on CaseRole {
              caseRole: role
              entity {
                id
                name
              }
            }
            ... on EventParticipant {
              participantRole: role
              entity {
                id
                name
              }
              event {
                id
                title
              }
            }
          }
        }
      }
    }
  }
`);
