import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Typed operations for the dashboard. Documents are written with `graphql()` in src/**;
 * the generated output in src/gql is committed, and src/gql/codegen.test.ts fails when it is stale.
 */
export const codegenConfig: CodegenConfig = {
  schema: "../../packages/schema/schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**/*"],
  ignoreNoDocuments: true,
  generates: {
    "src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: "string",
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { PartialDate: "string", DateTime: "string", JSON: "unknown" },
        skipTypename: false,
      },
    },
  },
};

export default codegenConfig;
