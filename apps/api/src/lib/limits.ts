/**
 * Limits that refuse hostile queries before any resolver runs: depth, cost, aliases, directives
 * and tokens (GraphQL Armor), plus batched requests off. Refusals carry QUERY_TOO_COMPLEX.
 */
import { ApolloArmor } from "@escape.tech/graphql-armor";

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
    maxTokens: { n: queryLimits.maxTokens },
    // Suggestions ("did you mean ...?") help developers; in production they leak the schema.
    blockFieldSuggestion: { enabled: options.isProduction },
  });
  return armor.protect();
}

const limitMessage = /^Syntax Error: (.* limit of \d+ exceeded.*)$/;

/** An Armor refusal's message, rewritten as advice; null for any other error. */
export function describeLimitError(message: string): string | null {
  const match = limitMessage.exec(message);
  if (!match) return null;
  return `The query is too complex and was not run: ${match[1]} Ask for fewer nested levels, aliases or fields, or page through lists.`;
}
