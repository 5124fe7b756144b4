import type { NextRequest } from "next/server";
import { entityFilterVariables, readEntityView } from "@/lib/entity-filter";
import { collectPages, exportError, exportResponse } from "@/lib/export";
import { EntityDirectoryQuery } from "@/operations/entity";

export const dynamic = "force-dynamic";

/** `/entities/export?format=csv|json&q=…&kind=…&role=…&case=…&sort=…`: every entity the filter matches. */
export async function GET(request: NextRequest) {
  const params = Object.fromEntries(request.nextUrl.searchParams);
  const view = readEntityView(params);
  try {
    const nodes = await collectPages(request, EntityDirectoryQuery, entityFilterVariables(view), (d) => d.entities);
    const rows = nodes.map((n) => ({
      id: n.id,
      kind: n.kind,
      name: n.name,
      aliases: n.aliases,
      status: n.status,
      confidence: n.confidence,
      description: n.description,
      caseRoles: n.cases.map((c) => ({ case: c.case.slug, role: c.role })),
      updatedAt: n.updatedAt,
    }));
    return exportResponse(
      request.nextUrl.searchParams.get("format"),
      "casefile-entities",
      { exportedAt: new Date().toISOString(), filter: entityFilterVariables(view), count: rows.length, entities: rows },
      {
        header: ["id", "kind", "name", "aliases", "status", "confidence", "case_roles", "description", "updated_at"],
        rows: rows.map((r) => [
          r.id,
          r.kind,
          r.name,
          r.aliases,
          r.status,
          r.confidence,
          r.caseRoles.map((c) => `${c.role}@${c.case}`),
          r.description,
          r.updatedAt,
        ]),
      },
    );
  } catch (error) {
    return exportError(error);
  }
}
