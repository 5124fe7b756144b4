import type { Context } from "../../context.js";
import type { Resolvers } from "../../generated/graphql.js";
import { isFieldVisible } from "../../lib/access.js";
import { offsetConnection, offsetFrom, pageSize } from "../../lib/pagination.js";
import { globalIdOf, required } from "../../lib/resolve.js";
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
    users: async (_, args, ctx) => {
      const { size } = pageSize(args);
      const offset = offsetFrom(args.after);
      const { rows, total } = await findUsers(ctx, offset, size);
      return offsetConnection(rows, total, offset, size);
    },
    apiTokens: (_, __, ctx) => findApiTokens(ctx),
  },
  Mutation: {
    login: async (_, { input }, ctx) => ({ viewer: await login(ctx, input) }),
    logout: (_, __, ctx) => logout(ctx),
    createApiToken: (_, { input }, ctx) => createApiToken(ctx, input),
    revokeApiToken: async (_, { input }, ctx) => ({ token: await revokeApiToken(ctx, input) }),
    createUser: async (_, { input }, ctx) => ({ user: await createUser(ctx, input) }),
    updateUserRole: async (_, { input }, ctx) => ({ user: await updateUserRole(ctx, input) }),
    setUserDisabled: async (_, { input }, ctx) => ({ user: await setUserDisabled(ctx, input) }),
  },
  User: {
    // The same rule as revisions and exports: only the user and admins see an email address.
    email: (row, _, ctx) => (isFieldVisible(ctx.viewer, "User", row.id, "email") ? row.email : null),
  },
  ApiToken: {
    id: globalIdOf("ApiToken"),
    owner: (row, _, ctx) => required(ctx.loaders.userById.load(row.userId), `the owner of API token ${row.id}`),
    isRevoked: (row) => row.revokedAt !== null,
  },
};
