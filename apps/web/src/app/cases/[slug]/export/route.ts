import type { NextRequest } from "next/server";
import { CASE_EXPORTS, exportError, forwardedHeaders } from "@/lib/export";
import { postGraphQL } from "@/lib/graphql-server";
import { CaseExportQuery } from "@/operations/case";

export const dynamic = "force-dynamic";

/** `/cases/<slug>/export?format=ftm|annotations`: the API's export of the case, as a download. */
export async function GET(request: NextRequest, context: RouteContext<"/cases/[slug]/export">) {
  const { slug } = await context.params;
  const requested = request.nextUrl.searchParams.get("format") ?? "";
  const choice = CASE_EXPORTS[requested];
  if (!choice) {
    return new Response(`Unknown export format "${requested}": use format=${Object.keys(CASE_EXPORTS).join(" or format=")}.\n`, {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  try {
    const data = await postGraphQL<{ export: { filename: string; contentType: string; content: string } }>(
      CaseExportQuery.toString(),
      { slug, format: choice.format },
      forwardedHeaders(request),
    );
    const file = data.export;
    return new Response(file.content, {
      headers: {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="${file.filename.replace(/[^\w.-]/g, "_")}"`,
      },
    });
  } catch (error) {
    return exportError(error);
  }
}
