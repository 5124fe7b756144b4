import type { NextRequest } from "next/server";
import { collectPages, exportError, exportResponse } from "@/lib/export";
import { readTimelineView, sortByDate, timelineFilter } from "@/lib/timeline";
import { TimelineEventsQuery } from "@/operations/timeline";

export const dynamic = "force-dynamic";

/** `/cases/<slug>/timeline/export?format=csv|json&kind=…&participant=…`: the filtered events in date order. */
export async function GET(request: NextRequest, context: RouteContext<"/cases/[slug]/timeline/export">) {
  const { slug } = await context.params;
  const params: Record<string, string | string[]> = {};
  for (const key of new Set(request.nextUrl.searchParams.keys())) params[key] = request.nextUrl.searchParams.getAll(key);
  const view = readTimelineView(params);
  try {
    const events = sortByDate(
      await collectPages(request, TimelineEventsQuery, { filter: timelineFilter(slug, view) }, (d) => d.events),
    );
    const rows = events.map((e) => ({
      id: e.id,
      date: e.date,
      datePrecision: e.datePrecision,
      endDate: e.endDate,
      rangeStart: e.range.start,
      rangeEnd: e.range.end,
      kind: e.kind,
      title: e.title,
      status: e.status,
      confidence: e.confidence,
      place: e.place?.name ?? null,
      participants: e.participants.map((p) => ({ id: p.entity.id, name: p.entity.name, role: p.role, status: p.status })),
      citations: e.citations.map((c) => ({ source: c.source.title, quote: c.quote?.exact ?? null, locator: c.locator })),
      description: e.description,
    }));
    return exportResponse(
      request.nextUrl.searchParams.get("format"),
      `casefile-${slug}-timeline`,
      { case: slug, exportedAt: new Date().toISOString(), count: rows.length, events: rows },
      {
        header: [
          "id",
          "date",
          "date_precision",
          "end_date",
          "range_start",
          "range_end",
          "kind",
          "title",
          "status",
          "confidence",
          "place",
          "participants",
          "sources",
          "description",
        ],
        rows: rows.map((r) => [
          r.id,
          r.date,
          r.datePrecision,
          r.endDate,
          r.rangeStart,
          r.rangeEnd,
          r.kind,
          r.title,
          r.status,
          r.confidence,
          r.place,
          r.participants.map((p) => `${p.name} (${p.role})`),
          r.citations.map((c) => (c.locator ? `${c.source} ${c.locator}` : c.source)),
          r.description,
        ]),
      },
    );
  } catch (error) {
    return exportError(error);
  }
}
