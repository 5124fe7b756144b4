import type { MatchType } from "@casefile/interop/mentions";
import { type NodeTypeName, toGlobalId } from "@casefile/schema/ids";
import type { Context } from "../../context.js";
import type { MentionMatchType, Resolvers } from "../../generated/graphql.js";
import { AppError } from "../../lib/errors.js";
import { caseIdForSlug } from "../../lib/resolve.js";
import { loadNode } from "../node/resolvers.js";
import { exportFile, findMentionSuggestions } from "./service.js";

const matchTypes: Record<MatchType, MentionMatchType> = { name: "NAME", alias: "ALIAS", surname: "SURNAME" };

/** Suggestions read the whole text and every entity name: a few sources per request at most. */
const MAX_SUGGESTION_SOURCES = 3;
const suggestionCalls = new WeakMap<Context, number>();

/** `id` and `record` of the import report's entries, which carry the API type of their id. */
type Typed = { typeName: NodeTypeName; id: string };
const reportRecord = {
  id: (row: Typed) => toGlobalId(row.typeName, row.id),
  record: (row: Typed, _: unknown, ctx: Context) => loadNode(ctx, row.typeName, row.id),
};

export const resolvers: Resolvers<Context> = {
  Query: {
    export: async (_, args, ctx) =>
      // Without a viewer (public reading) the role is VIEWER's.
      exportFile(ctx.store, { ...args, viewerRole: ctx.viewer?.role ?? "VIEWER" }),
  },
  Source: {
    mentionSuggestions: async (row, args, ctx) => {
      const calls = (suggestionCalls.get(ctx) ?? 0) + 1;
      suggestionCalls.set(ctx, calls);
      if (calls > MAX_SUGGESTION_SOURCES) {
        throw new AppError(
          "QUERY_TOO_COMPLEX",
          `mentionSuggestions reads a whole source text: ask for it on at most ${MAX_SUGGESTION_SOURCES} sources per request`,
        );
      }
      if (args.caseSlug != null) await caseIdForSlug(ctx, args.caseSlug, "caseSlug");
      // Suggestions keep @casefile/interop's shape; the MentionSuggestion resolvers below read it.
      return findMentionSuggestions(ctx.store, row.id, args.caseSlug);
    },
  },
  SkippedRecord: {
    id: (row) => {
      const s = row;
      return s.typeName ? toGlobalId(s.typeName, s.id) : null;
    },
    record: (row, _, ctx) => {
      const s = row;
      return s.typeName ? loadNode(ctx, s.typeName, s.id) : null;
    },
  },
  MentionSuggestion: {
    prefix: (row) => row.selector.prefix,
    suffix: (row) => row.selector.suffix,
    entity: (row, _, ctx) => {
      const s = row;
      return s.entity ? ctx.loaders.entityById.load(s.entity.id) : null;
    },
    matchedName: (row) => row.entity?.matchedName ?? null,
    matchType: (row) => {
      const matchType = row.entity?.matchType;
      return matchType ? matchTypes[matchType] : null;
    },
    alternatives: async (row, _, ctx) => {
      const s = row;
      const rows = await Promise.all((s.alternatives ?? []).map((a) => ctx.loaders.entityById.load(a.id)));
      return rows.filter((r) => r !== null);
    },
  },
  FtmImportedRecord: reportRecord,
  FtmPossibleDuplicate: reportRecord,
  FtmDuplicateCandidate: reportRecord,
};
