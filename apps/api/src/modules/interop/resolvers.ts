import type { MatchType, MentionSuggestion } from "@casefile/interop/mentions";
import { type NodeTypeName, toGlobalId } from "@casefile/schema/ids";
import type { Context } from "../../context.js";
import type { MentionMatchType, Resolvers } from "../../generated/graphql.js";
import { AppError } from "../../lib/errors.js";
import { caseIdForSlug } from "../../lib/resolve.js";
import { loadNode } from "../node/resolvers.js";
import { exportFile, findMentionSuggestions, type Skipped } from "./service.js";

const matchTypes: Record<MatchType, MentionMatchType> = { name: "NAME", alias: "ALIAS", surname: "SURNAME" };

/** Suggestions read the whole text and every entity name: a few sources per request at most. */
const MAX_SUGGESTION_SOURCES = 3;
const suggestionCalls = new WeakMap<Context, number>();

/** `id` and `record` of the import report's entries, which carry the API type of their id. */
type Typed = { typeName: NodeTypeName; id: string };
const reportRecord = {
  id: (row: unknown) => toGlobalId((row as Typed).typeName, (row as Typed).id),
  record: (row: unknown, _: unknown, ctx: Context) => loadNode(ctx, (row as Typed).typeName, (row as Typed).id) as never,
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
      return findMentionSuggestions(ctx.store, row.id, args.caseSlug) as never;
    },
  },
  SkippedRecord: {
    id: (row) => {
      const s = row as unknown as Skipped;
      return s.typeName ? toGlobalId(s.typeName, s.id) : null;
    },
    record: (row, _, ctx) => {
      const s = row as unknown as Skipped;
      return (s.typeName ? loadNode(ctx, s.typeName, s.id) : null) as never;
    },
  },
  MentionSuggestion: {
    prefix: (row) => (row as unknown as MentionSuggestion).selector.prefix,
    suffix: (row) => (row as unknown as MentionSuggestion).selector.suffix,
    entity: (row, _, ctx) => {
      const s = row as unknown as MentionSuggestion;
      return s.entity ? ctx.loaders.entityById.load(s.entity.id) : null;
    },
    matchedName: (row) => (row as unknown as MentionSuggestion).entity?.matchedName ?? null,
    matchType: (row) => {
      const matchType = (row as unknown as MentionSuggestion).entity?.matchType;
      return matchType ? matchTypes[matchType] : null;
    },
    alternatives: async (row, _, ctx) => {
      const s = row as unknown as MentionSuggestion;
      const rows = await Promise.all((s.alternatives ?? []).map((a) => ctx.loaders.entityById.load(a.id)));
      return rows.filter((r) => r !== null);
    },
  },
  FtmImportedRecord: reportRecord,
  FtmPossibleDuplicate: reportRecord,
  FtmDuplicateCandidate: reportRecord,
};
