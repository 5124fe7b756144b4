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
