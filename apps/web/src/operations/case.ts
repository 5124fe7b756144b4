import { graphql } from "@/gql";

export const CaseOverviewQuery = graphql(`
  query CaseOverview($slug: String!) {
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
      filedDatePrecision
      summary
      charges {
        id
        countNumber
        title
        statute
        status
        defendants {
          id
          status
          confidence
          defendant {
            id
          }
        }
      }
      roles(role: DEFENDANT, first: 100) {
        totalCount
        edges {
          node {
            id
            position
            status
            entity {
              id
              name
            }
          }
        }
      }
      stats {
        entityCount
        defendantCount
        chargeCount
        eventCount
        sourceCount
        citationCount
        openAnnotationCount
        entitiesByKind {
          kind
          count
        }
        eventsPerMonth {
          month
          count
        }
        eventsWithoutMonth
        defendantGroups {
          count
          kind
          unit {
            id
            name
          }
        }
      }
    }
    activity(caseSlug: $slug, first: 12) {
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
          }
          record {
            ...RevisionRecordName
          }
        }
      }
    }
  }
`);

/** The cases index (home page): each case's record, its own figures and when it last changed. */
export const CaseIndexQuery = graphql(`
  query CaseIndex {
    cases(first: 100) {
      totalCount
      edges {
        node {
          id
          slug
          caption
          shortTitle
          docketNumber
          court
          status
          updatedAt
          stats {
            entityCount
            defendantCount
            eventCount
          }
        }
      }
    }
  }
`);

/** The newest change recorded in a case (its records and what hangs off them). */
export const CaseLastActivityQuery = graphql(`
  query CaseLastActivity($slug: String!) {
    activity(caseSlug: $slug, first: 1) {
      edges {
        node {
          id
          createdAt
        }
      }
    }
  }
`);

export const CaseListQuery = graphql(`
  query CaseList {
    cases(first: 20) {
      edges {
        node {
          id
          slug
          caption
          shortTitle
        }
      }
    }
  }
`);

/** A case as a FollowTheMoney entity stream or a W3C Web Annotation collection (the API builds the file). */
export const CaseExportQuery = graphql(`
  query CaseExport($slug: String!, $format: ExportFormat!) {
    export(caseSlug: $slug, format: $format) {
      filename
      contentType
      content
    }
  }
`);
