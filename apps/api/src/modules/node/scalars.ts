import { isParsedDate, parsePartialDate } from "@casefile/schema/dates";
import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

function parseDateValue(value: unknown): string {
  if (typeof value !== "string") throw new GraphQLError("a PartialDate is a string: YYYY, YYYY-MM or YYYY-MM-DD");
  const parsed = parsePartialDate(value);
  if (!isParsedDate(parsed)) throw new GraphQLError(parsed.error);
  return value;
}

export const PartialDate = new GraphQLScalarType({
  name: "PartialDate",
  description: "A date at the precision known: YYYY, YYYY-MM or YYYY-MM-DD.",
  serialize: (value) => value,
  parseValue: parseDateValue,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError("a PartialDate is a string: YYYY, YYYY-MM or YYYY-MM-DD");
    return parseDateValue(ast.value);
  },
});

export const DateTime = new GraphQLScalarType({
  name: "DateTime",
  description: "An ISO 8601 instant in UTC.",
  serialize: (value) => value,
  parseValue: (value) => {
    if (typeof value !== "string" || Number.isNaN(Date.parse(value))) throw new GraphQLError("a DateTime is an ISO 8601 string");
    return value;
  },
});

export const JSONScalar = new GraphQLScalarType({
  name: "JSON",
  description: "Any JSON value.",
  serialize: (value) => value,
  parseValue: (value) => value,
});
