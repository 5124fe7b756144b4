/** Every module's resolvers, merged. Each module owns one domain of the schema. */
import { mergeResolvers } from "@graphql-tools/merge";
import type { Context } from "./context.js";
import { resolvers as annotations } from "./modules/annotations/resolvers.js";
import { resolvers as cases } from "./modules/cases/resolvers.js";
import { resolvers as charges } from "./modules/charges/resolvers.js";
import { resolvers as entities } from "./modules/entities/resolvers.js";
import { resolvers as events } from "./modules/events/resolvers.js";
import { resolvers as history } from "./modules/history/resolvers.js";
import { resolvers as interop } from "./modules/interop/resolvers.js";
import { resolvers as node } from "./modules/node/resolvers.js";
import { DateTime, JSONScalar, PartialDate } from "./modules/node/scalars.js";
import { resolvers as relationships } from "./modules/relationships/resolvers.js";
import { resolvers as search } from "./modules/search/resolvers.js";
import { resolvers as sources } from "./modules/sources/resolvers.js";
import { resolvers as stats } from "./modules/stats/resolvers.js";
import { resolvers as users } from "./modules/users/resolvers.js";

/** The merged read resolvers (the type graphql-tools gives a merge of typed resolver maps). */
export type MergedResolvers = ReturnType<typeof mergeResolvers<Record<PropertyKey, never>, Context>>;

export const resolvers: MergedResolvers = mergeResolvers([
  { PartialDate, DateTime, JSON: JSONScalar },
  node,
  cases,
  entities,
  relationships,
  events,
  charges,
  sources,
  annotations,
  history,
  users,
  search,
  stats,
  interop,
]);
