import type { ApiTokenRow } from "@casefile/db/tables";
import { toGlobalId } from "@casefile/schema/ids";
import type { Context } from "../../context.js";
import type { Resolvers } from "../../generated/graphql.js";
import { isFieldVisible } from "../../lib/access.js";
import { offsetConnection, offsetFrom, pageSize } from "../../lib/pagination.js";
import {
  createApiToken,
  createUser,
  findApiTokens,
  findUsers,
  getMe,
  login,
  logout,
  revokeApiToken,
  setUserDisabled,
  updateUserRole,
} from "./service.js";

export const resolvers: Resolvers<Context> = {
  Query: {
    me: (_, __, ctx) => getMe(ctx),
    users: (_, args, ctx) => {
      const { size } = pageSize(args);
      const offset = offsetFrom(args.after);
      const { rows, total } = findUsers(ctx, offset, size);
      return offsetConnection(rows, total, offset, size);
    },
    apiTokens: (_, __, ctx) => findApiTokens(ctx) as never,
  },
  Mutation: {
    login: async (_, { input }, ctx) => ({ viewer: await login(ctx, input) }),
    logout: (_, __, ctx) => logout(ctx),
    createApiToken: (_, { input }, ctx) => createApiToken(ctx, input) as never,
    revokeApiToken: (_, { input }, ctx) => ({ token: revokeApiToken(ctx, input) }) as never,
    createUser: async (_, { input }, ctx) => ({ user: await createUser(ctx, input) }),
    updateUserRole: (_, { input }, ctx) => ({ user: updateUserRole(ctx, input) }),
    setUserDisabled: (_, { input }, ctx) => ({ user: setUserDisabled(ctx, input) }),
  },
  User: {
    // The same rule as revisions and exports: only the user and admins see an email address.
    email: (row, _, ctx) => (isFieldVisible(ctx.viewer, "User", row.id, "email") ? row.email : null),
  },
  ApiToken: {
    id: (row) => toGlobalId("ApiToken", (row as unknown as ApiTokenRow).id),
    owner: (row, _, ctx) => ctx.loaders.userById.load((row as unknown as ApiTokenRow).userId) as never,
    isRevoked: (row) => (row as unknown as ApiTokenRow).revokedAt !== null,
  },
};
