import { graphql } from "@/gql";

export const SourceForEditQuery = graphql(`
  query SourceForEdit($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Source {
        kind
        title
        publisher
        author
        url
        publishedDate
        description
        text
        hasText
        textVersion
        version
      }
    }
  }
`);

export const CreateSourceFromTextMutation = graphql(`
  mutation CreateSourceFromText($input: CreateSourceFromTextInput!) {
    createSourceFromText(input: $input) {
      source {
        id
        title
      }
      format
    }
  }
`);

export const CreateSourceMutation = graphql(`
  mutation CreateSource($input: CreateSourceInput!) {
    createSource(input: $input) {
      source {
        id
        title
      }
    }
  }
`);

export const UpdateSourceMutation = graphql(`
  mutation UpdateSource($input: UpdateSourceInput!) {
    updateSource(input: $input) {
      source {
        id
        version
        textVersion
      }
      reanchoredCount
      orphanedCount
    }
  }
`);

export const CreateCitationMutation = graphql(`
  mutation CreateCitation($input: CreateCitationInput!) {
    createCitation(input: $input) {
      citation {
        id
        quote {
          exact
          prefix
          suffix
        }
        position {
          start
          end
        }
      }
    }
  }
`);

export const UpdateCitationMutation = graphql(`
  mutation UpdateCitation($input: UpdateCitationInput!) {
    updateCitation(input: $input) {
      citation {
        id
        version
        isOrphaned
        position {
          start
          end
        }
      }
    }
  }
`);

export const CitationForEditQuery = graphql(`
  query CitationForEdit($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Citation {
        field
        locator
        note
        version
        isOrphaned
        quote {
          exact
          prefix
          suffix
        }
        source {
          id
          title
          hasText
        }
        targetType
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
        }
      }
    }
  }
`);

export const OrphanedCitationsQuery = graphql(`
  query OrphanedCitations {
    citations(filter: { isOrphaned: true }, first: 50) {
      totalCount
      edges {
        node {
          id
          version
          field
          note
          targetType
          quote {
            exact
            prefix
            suffix
          }
          source {
            id
            title
            textVersion
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
        }
      }
    }
  }
`);

/** Recent annotation threads, to find those whose passage an edit lost (the API has no filter for that). */
export const RecentThreadsQuery = graphql(`
  query RecentThreads {
    annotations(first: 50) {
      edges {
        node {
          id
          body
          isOrphaned
          createdAt
          author {
            id
            name
          }
          quote {
            exact
          }
          target {
            __typename
            id
            ... on Source {
              title
            }
          }
        }
      }
    }
  }
`);

export const MentionSuggestionsQuery = graphql(`
  query MentionSuggestions($id: ID!, $caseSlug: String) {
    node(id: $id) {
      __typename
      id
      ... on Source {
        title
        kind
        publisher
        hasText
        text
        textVersion
        mentionSuggestions(caseSlug: $caseSlug) {
          textVersion
          rejectedCount
          known {
            key
            kind
            text
            start
            end
            matchedName
            matchType
            entity {
              id
              name
              kind
            }
            alternatives {
              id
              name
            }
          }
          candidates {
            key
            kind
            text
            start
            end
          }
        }
      }
    }
    cases(first: 100) {
      edges {
        node {
          id
          slug
          shortTitle
          caption
        }
      }
    }
  }
`);

export const AcceptMentionMutation = graphql(`
  mutation AcceptMention($input: AcceptMentionSuggestionInput!) {
    acceptMentionSuggestion(input: $input) {
      isNewEntity
      entity {
        id
        name
      }
      citation {
        id
      }
      caseRole {
        id
        role
      }
    }
  }
`);

export const RejectMentionMutation = graphql(`
  mutation RejectMention($input: RejectMentionSuggestionInput!) {
    rejectMentionSuggestion(input: $input) {
      key
    }
  }
`);
