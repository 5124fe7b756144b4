import type { CsvValue } from "@casefile/schema/csv";
import type { NextRequest } from "next/server";
import type { ExportFormat, TypedDocumentString } from "@/gql/graphql";
import { toCsv } from "./csv";
import { ApiError } from "./graphql-errors";
import { postGraphQL } from "./graphql-server";

/** The whole-case exports the case page offers (`/cases/<slug>/export?format=<key>`), built by the API. */
export const CASE_EXPORTS: Record<string, { format: ExportFormat; label: string; description: string }> = {
  ftm: {
    format: "FTM_JSONL",
    label: "FollowTheMoney",
    description: "People, organizations and their links as FollowTheMoney entities, one per line (for Aleph and the ftm tools).",
  },
  annotations: {
    format: "WEB_ANNOTATION_JSONLD",
    label: "Web Annotations",
    description: "Citations and annotations as a W3C Web Annotation collection (JSON-LD), each anchored to its quote.",
  },
};

/** Upper bound on exported rows, so one click cannot walk a million-entity database. */
export const EXPORT_ROW_LIMIT = 50_000;

export function forwardedHeaders(request: NextRequest): Record<string, string> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  const cookie = request.headers.get("cookie");
  if (cookie) headers.cookie = cookie;
  const authorization = request.headers.get("authorization");
  if (authorization) headers.authorization = authorization;
  return headers;
}

type Page<N> = { edges: ReadonlyArray<{ node: N }>; pageInfo: { hasNextPage: boolean; endCursor?: string | null } };

/** Walks a connection page by page (cursor pagination) and collects its nodes. */
export async function collectPages<R, V extends { first?: number | null; after?: string | null }, N>(
  request: NextRequest,
  document: TypedDocumentString<R, V>,
  variables: Omit<V, "first" | "after">,
  pick: (data: R) => Page<N>,
  pageSize = 100,
): Promise<N[]> {
  const nodes: N[] = [];
  let after: string | null | undefined;
  const headers = forwardedHeaders(request);
  for (;;) {
    const data = await postGraphQL<R>(document.toString(), { ...variables, first: pageSize, after }, headers);
    const page = pick(data);
    nodes.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor || nodes.length >= EXPORT_ROW_LIMIT) break;
    after = page.pageInfo.endCursor;
  }
  return nodes.slice(0, EXPORT_ROW_LIMIT);
}

export function exportResponse(
  format: string | null,
  filename: string,
  json: unknown,
  csv: { header: readonly string[]; rows: ReadonlyArray<ReadonlyArray<CsvValue>> },
): Response {
  if (format === "json") {
    return new Response(`${JSON.stringify(json, null, 2)}\n`, {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="${filename}.json"`,
      },
    });
  }
  return new Response(toCsv(csv.header, csv.rows), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${filename}.csv"` },
  });
}

export function exportError(error: unknown): Response {
  const message = error instanceof ApiError ? `${error.message} (${error.code})` : "Export failed.";
  const code = error instanceof ApiError ? error.code : "";
  const status =
    code === "API_UNREACHABLE"
      ? 502
      : code === "UNAUTHENTICATED"
        ? 401
        : code === "FORBIDDEN"
          ? 403
          : code === "NOT_FOUND"
            ? 404
            : code === "BAD_USER_INPUT"
              ? 400
              : 502;
  return new Response(`${message}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}
