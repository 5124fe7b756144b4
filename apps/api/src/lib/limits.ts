/**
 * Limits that refuse hostile queries before any resolver runs: depth, cost, aliases and
 * directives (GraphQL Armor), the depth of introspection, and tokens (graphql's own parser, which
 * stops counting at the limit), plus batched requests off. Refusals carry QUERY_TOO_COMPLEX and
 * HTTP 400.
 */
import { ApolloArmor } from "@escape.tech/graphql-armor";
import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from "graphql";

export const queryLimits = {
  maxDepth: 12,
  /**
   * Armor's static cost (objects 2, scalars 1, times 1.5 per level) ignores page sizes, so it
   * grows fast with nesting: a full entity page (fields, 100 relationships with their
   * citations, events, charges) costs about 105,000. Depth, aliases and tokens bound the rest.
   */
  maxCost: 250_000,
  maxAliases: 30,
  maxDirectives: 20,
  maxTokens: 5_000,
  /**
   * Introspection is exempt from maxDepth (GraphiQL's introspection query is 15 levels deep:
   * `__schema`, types, fields, type and the nested `ofType` of its TypeRef fragment), but not
   * from a depth limit of its own.
   */
  maxIntrospectionDepth: 16,
  /**
   * Brackets (`{`, `[`, `(`) nested in the document text, checked before parsing: graphql's
   * parser recurses once per level and would overflow its stack before the token limit.
   */
  maxNesting: 64,
} as const;

export function armorProtection(options: { isProduction: boolean; maxCost?: number }) {
  const armor = new ApolloArmor({
    maxDepth: { n: queryLimits.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    costLimit: {
      maxCost: options.maxCost ?? queryLimits.maxCost,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1.5,
      ignoreIntrospection: true,
    },
    maxAliases: { n: queryLimits.maxAliases },
    maxDirectives: { n: queryLimits.maxDirectives },
    // Armor's token limit throws from a plugin hook, which Apollo answers with 500; graphql's
    // parser (parseOptions below) refuses the same documents as a parse error, with 400.
    maxTokens: { enabled: false },
    // Suggestions ("did you mean ...?") help developers; in production they leak the schema.
    blockFieldSuggestion: { enabled: options.isProduction },
  });
  const { plugins, validationRules } = armor.protect();
  return {
    plugins,
    validationRules: [...validationRules, introspectionDepthRule(queryLimits.maxIntrospectionDepth)],
    parseOptions: { maxTokens: queryLimits.maxTokens },
  };
}

/**
 * Refuses selections under `__schema` or `__type` nested deeper than `maxDepth` (counting the
 * introspection field as 1), through fragments and inline fragments. Each fragment's depth is
 * computed once, so the check is linear in the document.
 */
export function introspectionDepthRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const fragmentDepth = new Map<string, number>();
    const visiting = new Set<string>();
    const depthOf = (selectionSet: SelectionSetNode | undefined): number => {
      let deepest = 0;
      for (const selection of selectionSet?.selections ?? []) {
        let depth = 0;
        if (selection.kind === Kind.FIELD) depth = 1 + depthOf(selection.selectionSet);
        else if (selection.kind === Kind.INLINE_FRAGMENT) depth = depthOf(selection.selectionSet);
        else {
          const name = selection.name.value;
          const known = fragmentDepth.get(name);
          if (known !== undefined) depth = known;
          else if (!visiting.has(name)) {
            // Cycles are refused by graphql's own rule; here they count as no depth.
            visiting.add(name);
            depth = depthOf(fragments.get(name)?.selectionSet);
            visiting.delete(name);
            fragmentDepth.set(name, depth);
          }
        }
        if (depth > deepest) deepest = depth;
      }
      return deepest;
    };
    return {
      Field(node) {
        if (node.name.value !== "__schema" && node.name.value !== "__type") return;
        const depth = 1 + depthOf(node.selectionSet);
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`Introspection depth limit of ${maxDepth} exceeded, found ${depth}.`, { nodes: [node] }),
          );
        }
      },
    };
  };
}

/**
 * The deepest nesting of `{`, `[` and `(` in a GraphQL document, outside strings and comments;
 * stops counting past `limit`. One linear pass, no parsing.
 */
export function documentNesting(document: string, limit: number = queryLimits.maxNesting): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < document.length; i++) {
    const c = document.charCodeAt(i);
    if (c === 0x23 /* # */) {
      while (i < document.length && document[i] !== "\n" && document[i] !== "\r") i++;
    } else if (c === 0x22 /* " */) {
      if (document.startsWith('"""', i)) {
        const end = document.indexOf('"""', i + 3);
        // \""" inside a block string does not end it.
        let close = end;
        while (close > 0 && document[close - 1] === "\\") close = document.indexOf('"""', close + 3);
        i = close === -1 ? document.length : close + 2;
      } else {
        for (i++; i < document.length && document[i] !== '"' && document[i] !== "\n"; i++) if (document[i] === "\\") i++;
      }
    } else if (c === 0x7b || c === 0x5b || c === 0x28) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (c === 0x7d || c === 0x5d || c === 0x29) depth = Math.max(0, depth - 1);
  }
  return deepest;
}

/** A refusal of a document nested deeper than maxNesting, before it is parsed; null if it is not. */
export function nestingRefusal(document: unknown): string | null {
  if (typeof document !== "string") return null;
  const depth = documentNesting(document);
  if (depth <= queryLimits.maxNesting) return null;
  return `The query is too complex and was not run: Bracket nesting limit of ${queryLimits.maxNesting} exceeded. Ask for fewer nested levels, or pass deep values as variables.`;
}

const limitMessage = /^(?:Syntax Error: )?(.* limit of \d+ exceeded.*)$/;
const tokenMessage = /^Syntax Error: Document contains more tha[nt] (\d+) tokens\. Parsing aborted\.$/;

/** A refusal by one of these limits, rewritten as advice; null for any other error. */
export function describeLimitError(message: string): string | null {
  const tokens = tokenMessage.exec(message);
  const reason = tokens ? `Token limit of ${tokens[1]} exceeded.` : limitMessage.exec(message)?.[1];
  if (!reason) return null;
  return `The query is too complex and was not run: ${reason} Ask for fewer nested levels, aliases or fields, or page through lists.`;
}
