/**
 * Executes queries with graphql-jit: an operation clients send again is compiled once into a
 * plain function, which costs far less per request than graphql-js walking the document (the
 * entity page resolves thousands of fields). Apollo Server has no `executor` option; its gateway hook is
 * the documented way to bring one, and everything before execution (parsing, validation, the
 * limits and access plugins) and after it (error formatting) stays Apollo's.
 *
 * graphql-js still runs whatever graphql-jit should not: the first run of each operation,
 * mutations (rare, and their order of side effects is not worth a second implementation),
 * introspection (GraphiQL, rare and large), operations graphql-jit cannot compile, requests
 * whose variables do not coerce, and any answer with errors, so what clients see is always
 * what graphql-js would have answered.
 */
import type { ApolloServerOptionsWithGateway } from "@apollo/server";
import { type DocumentNode, type ExecutionResult, type GraphQLSchema, Kind, type OperationDefinitionNode } from "graphql";
// graphql's CommonJS build, the one Node gives Apollo, graphql-tools and graphql-jit: the schema's
// types must come from the same copy of graphql as the functions that check them (bundlers such
// as Vitest's would otherwise hand this file the ES module build).
import { execute } from "graphql/execution/execute.js";
import { getVariableValues } from "graphql/execution/values.js";
import { printSchema } from "graphql/utilities/printSchema.js";
import { type CompiledQuery, compileQuery, isCompiledQuery } from "graphql-jit";

type Gateway = ApolloServerOptionsWithGateway<never>["gateway"];
type Executor = NonNullable<Awaited<ReturnType<Gateway["load"]>>["executor"]>;
type RequestContext = Parameters<Executor>[0];

export interface JitOptions<TContext> {
  /**
   * The context graphql-js answers with after graphql-jit's answer had errors. Which of several
   * errors graphql-js reports can depend on when each loader's rows arrive, so the second run
   * should start with caches as cold as the first (fresh DataLoaders).
   */
  contextForRerun: (context: TContext) => TContext;
}

/** An Apollo gateway that serves `schema` itself, executing with graphql-jit. */
export function jitGateway<TContext>(schema: GraphQLSchema, options: JitOptions<TContext>): Gateway {
  const executor = createJitExecutor(schema, options);
  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async stop() {},
  };
}

/** One operation of a document: how often it ran, and its compiled form once there is one. */
interface Operation {
  runs: number;
  /** null: graphql-js runs it (a mutation, introspection, or graphql-jit could not compile it). */
  compiled?: CompiledQuery | null;
}

/**
 * Runs before an operation is compiled: compiling the entity page takes about 30 ms, so only
 * operations that come back (the dashboard's, a script's) are worth it, and a stream of
 * one-off queries costs no more than with graphql-js alone.
 */
const RUNS_BEFORE_COMPILING = 1;

function createJitExecutor<TContext>(schema: GraphQLSchema, options: JitOptions<TContext>): Executor {
  // Apollo keeps one DocumentNode per query text in its document cache, so what is known about
  // a document lives exactly as long as Apollo keeps the parsed document.
  const operationsByDocument = new WeakMap<DocumentNode, Map<string, Operation>>();

  const compiledFor = (document: DocumentNode, operation: OperationDefinitionNode, name: string) => {
    let operations = operationsByDocument.get(document);
    if (!operations) {
      operations = new Map();
      operationsByDocument.set(document, operations);
    }
    let entry = operations.get(name);
    if (!entry) {
      entry = { runs: 0 };
      operations.set(name, entry);
    }
    if (entry.compiled === undefined && entry.runs++ >= RUNS_BEFORE_COMPILING) {
      entry.compiled = null;
      if (operation.operation === "query" && !isIntrospection(operation)) {
        const result = compileQuery(schema, document, name || undefined);
        if (isCompiledQuery(result)) entry.compiled = result;
      }
    }
    return entry.compiled ?? null;
  };

  return async (requestContext: RequestContext) => {
    const { document, operation, request } = requestContext;
    const contextValue = requestContext.context as TContext;
    const runGraphqlJs = (context = contextValue) =>
      execute({
        schema,
        document,
        contextValue: context,
        variableValues: request.variables,
        operationName: request.operationName,
      }) as Promise<ExecutionResult>;
    const compiled = operation ? compiledFor(document, operation, request.operationName ?? "") : null;
    if (!operation || !compiled) return runGraphqlJs();
    // graphql-js coerces the variables: a bad one is refused in its words, and both run on the same values.
    const variables = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
    if (variables.errors) return runGraphqlJs();
    let result: ExecutionResult | null = null;
    try {
      result = await compiled.query(undefined, contextValue, variables.coerced);
    } catch {}
    // An answer with errors is made again by graphql-js (queries only read): which errors it
    // reports, in what order and with which branches nulled, are graphql-js's choices (graphql-jit
    // reports every error, graphql-js one per nulled branch), and clients see exactly those.
    return result && !result.errors ? result : runGraphqlJs(options.contextForRerun(contextValue));
  };
}

function isIntrospection(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.some(
    (s) => s.kind === Kind.FIELD && (s.name.value === "__schema" || s.name.value === "__type"),
  );
}
