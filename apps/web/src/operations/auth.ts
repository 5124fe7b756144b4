import { graphql } from "@/gql";

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      viewer {
        id
        name
        role
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout {
      isSignedOut
    }
  }
`);

export const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      name
      role
    }
  }
`);
