import type { CaseRoleKind, EntityDirectoryQueryVariables, EntityKind, EntityOrderField, SortDirection } from "@/gql/graphql";
import { CASE_ROLES, ENTITY_KINDS } from "./enums";
import { listParam, param } from "./search-params";

export type SearchParams = Record<string, string | string[] | undefined>;

export const SORTS = {
  name: { field: "NAME", direction: "ASC", label: "Name A–Z" },
  "-name": { field: "NAME", direction: "DESC", label: "Name Z–A" },
  "-updated": { field: "UPDATED_AT", direction: "DESC", label: "Recently updated" },
  updated: { field: "UPDATED_AT", direction: "ASC", label: "Least recently updated" },
  "-created": { field: "CREATED_AT", direction: "DESC", label: "Newest" },
  created: { field: "CREATED_AT", direction: "ASC", label: "Oldest" },
} as const satisfies Record<string, { field: EntityOrderField; direction: SortDirection; label: string }>;
export type SortKey = keyof typeof SORTS;

/** The directory's view state, as held in the URL so a view can be shared. */
export type EntityView = {
  text?: string;
  kinds: EntityKind[];
  roles: CaseRoleKind[];
  caseSlug?: string;
  /** Only records that no source cites yet (`?uncited=1`). */
  isUncited: boolean;
  sort: SortKey;
  after?: string;
  before?: string;
  pageSize: number;
};

export function readEntityView(params: SearchParams): EntityView {
  const sort = param(params, "sort");
  const size = Number(param(params, "size") ?? 25);
  return {
    text: param(params, "q")?.trim() || undefined,
    kinds: listParam(params, "kind", ENTITY_KINDS),
    roles: listParam(params, "role", CASE_ROLES),
    caseSlug: param(params, "case"),
    isUncited: param(params, "uncited") === "1",
    sort: sort && sort in SORTS ? (sort as SortKey) : "name",
    after: param(params, "after"),
    before: param(params, "before"),
    pageSize: Number.isInteger(size) && size > 0 && size <= 100 ? size : 25,
  };
}

export function entityFilterVariables(view: EntityView) {
  const sort = SORTS[view.sort];
  return {
    filter: {
      text: view.text,
      kinds: view.kinds.length > 0 ? view.kinds : undefined,
      roles: view.roles.length > 0 ? view.roles : undefined,
      caseSlug: view.caseSlug,
      isUncited: view.isUncited ? true : undefined,
    },
    orderBy: { field: sort.field, direction: sort.direction },
  } satisfies EntityDirectoryQueryVariables;
}

/** The URL query of a view (without its page cursor unless given). */
export function entityViewQuery(
  view: EntityView,
  overrides: Partial<Record<"after" | "before" | "sort" | "format", string | undefined>> = {},
) {
  return {
    q: view.text,
    kind: view.kinds,
    role: view.roles,
    case: view.caseSlug,
    uncited: view.isUncited ? "1" : undefined,
    sort: (overrides.sort ?? view.sort) === "name" ? undefined : (overrides.sort ?? view.sort),
    size: view.pageSize === 25 ? undefined : view.pageSize,
    after: overrides.after,
    before: overrides.before,
    format: overrides.format,
  };
}
