/**
 * Every mutation, resolved by one service call each. Resolvers stay thin: the services validate,
 * authorize, check versions and write with their revisions in one transaction.
 */

import { mergeResolvers } from "@graphql-tools/merge";
import type { Context } from "./context.js";
import type { Resolvers } from "./generated/graphql.js";
import { resolvers as annotations } from "./modules/annotations/mutation-resolvers.js";
import { resolvers as auth } from "./modules/auth/resolvers.js";
import { resolvers as cases } from "./modules/cases/mutation-resolvers.js";
import { resolvers as charges } from "./modules/charges/mutation-resolvers.js";
import { resolvers as entities } from "./modules/entities/mutation-resolvers.js";
import { resolvers as events } from "./modules/events/mutation-resolvers.js";
import { resolvers as history } from "./modules/history/mutation-resolvers.js";
import { resolvers as interop } from "./modules/interop/mutation-resolvers.js";
import { resolvers as relationships } from "./modules/relationships/mutation-resolvers.js";
import { resolvers as sources } from "./modules/sources/mutation-resolvers.js";

export const mutationResolvers = mergeResolvers([
  auth,
  cases,
  entities,
  relationships,
  events,
  charges,
  sources,
  annotations,
  history,
  interop,
]) as Resolvers<Context>;
