/** Writing sources and citations; a new source text re-anchors what quotes it. */
import { writeTransaction } from "@casefile/db";
import { type Anchor, anchorQuote, reanchor } from "@casefile/schema/anchors";
import { newLocalId } from "@casefile/schema/ids";
import {
  createCitationInput,
  createSourceInput,
  deleteInput,
  sourceFields,
  updateCitationInput,
  updateSourceInput,
} from "@casefile/schema/validators";
import type { Context } from "../../context.js";
import { requireEditor } from "../../lib/access.js";
import { createRecord, deleteRecord, refuseWhileReferenced, updateRecord } from "../../lib/edit.js";
import { fieldError, parseInput, parsePatch } from "../../lib/input.js";
import { globalIdOfRow, linkedRow, linkedTarget, rowToChange } from "../../lib/lookup.js";
import { checkVersion, dateColumns, type Row, readRows, targetCaseId } from "../../lib/records.js";

function sourceColumns(fields: ReturnType<typeof sourceFields.parse>) {
  const { publishedDate, ...rest } = fields;
  return { ...rest, url: rest.url ?? null, text: rest.text ?? null, ...dateColumns("publishedDate", publishedDate) };
}

export interface SourceWrite {
  row: Row;
  reanchoredCount: number;
  orphanedCount: number;
}

export function createSource(ctx: Context, input: unknown): SourceWrite {
  requireEditor(ctx);
  const fields = parseInput(createSourceInput, input);
  return writeTransaction(ctx.store, () => ({
    row: createRecord(ctx, "sources", { id: newLocalId("src"), ...sourceColumns(fields), textVersion: 1 }).row,
    reanchoredCount: 0,
    orphanedCount: 0,
  }));
}

const anchorOf = (row: Row): Anchor => ({
  exact: row.exact as string,
  prefix: (row.prefix as string | null) ?? "",
  suffix: (row.suffix as string | null) ?? "",
  start: (row.startOffset as number | null) ?? 0,
  end: (row.endOffset as number | null) ?? 0,
});

const anchorColumns = (anchor: Anchor) => ({
  exact: anchor.exact,
  prefix: anchor.prefix,
  suffix: anchor.suffix,
  startOffset: anchor.start,
  endOffset: anchor.end,
  isOrphaned: false,
});

/** Re-anchors every quote of a source in its new text; what cannot be found is flagged, never dropped. */
function reanchorSource(ctx: Context, sourceId: string, text: string | null): { reanchoredCount: number; orphanedCount: number } {
  let reanchoredCount = 0;
  let orphanedCount = 0;
  const quoted = [
    ...readRows(ctx, "SELECT * FROM citations WHERE source_id = ? AND exact IS NOT NULL ORDER BY id", [sourceId]).map((row) => ({
      table: "citations",
      row,
    })),
    ...readRows(
      ctx,
      "SELECT * FROM annotations WHERE target_type = 'SOURCE' AND target_id = ? AND exact IS NOT NULL ORDER BY id",
      [sourceId],
    ).map((row) => ({ table: "annotations", row })),
  ];
  for (const { table, row } of quoted) {
    const found = text === null ? null : reanchor(text, anchorOf(row));
    if (found) {
      const { revisionId } = updateRecord(ctx, table, row, anchorColumns(found));
      if (revisionId !== null) reanchoredCount++;
    } else {
      updateRecord(ctx, table, row, { isOrphaned: true });
      orphanedCount++;
    }
  }
  return { reanchoredCount, orphanedCount };
}

export function updateSource(ctx: Context, input: unknown): SourceWrite {
  requireEditor(ctx);
  const { id, version, ...patch } = parsePatch(updateSourceInput, input);
  return writeTransaction(ctx.store, () => {
    const { row } = rowToChange(ctx, id, ["Source"], "the source");
    checkVersion(row, version, "the source");
    const current = {
      kind: row.kind,
      title: row.title,
      publisher: row.publisher,
      author: row.author,
      url: row.url,
      publishedDate: row.publishedDate,
      description: row.description,
      text: row.text,
    };
    const fields = parseInput(sourceFields, { ...current, ...patch });
    const columns = sourceColumns(fields);
    const isNewText = columns.text !== row.text;
    const { row: after } = updateRecord(ctx, "sources", row, {
      ...columns,
      ...(isNewText ? { textVersion: (row.textVersion as number) + 1 } : {}),
    });
    const counts = isNewText ? reanchorSource(ctx, row.id, columns.text) : { reanchoredCount: 0, orphanedCount: 0 };
    return { row: after, ...counts };
  });
}

export function deleteSource(ctx: Context, input: unknown) {
  requireEditor(ctx);
  const { id, version } = parseInput(deleteInput, input);
  return writeTransaction(ctx.store, () => {
    const { row } = rowToChange(ctx, id, ["Source"], "the source");
    checkVersion(row, version, "the source");
    const citations = ctx.queries.value<number>("SELECT count(*) FROM citations WHERE source_id = ?", [row.id]) ?? 0;
    refuseWhileReferenced("the source", [{ label: "citation(s)", count: citations }]);
    return { deletedId: id, revisionId: deleteRecord(ctx, "sources", row) };
  });
}

// Citations -----------------------------------------------------------------------------------

/** Anchors a quote in a source's current text, or says why it cannot. */
export function anchorIn(
  source: Row,
  quote: { exact: string; prefix?: string | undefined; suffix?: string | undefined },
  field = "quote",
): Anchor {
  if (source.text === null)
    throw fieldError(field, "this source has no text to quote from: cite it with a locator (p. 12, ¶35) instead");
  const result = anchorQuote(source.text as string, quote);
  if ("error" in result) throw fieldError(`${field}.exact`, result.error);
  return result.anchor;
}

/**
 * Refuses a citation identical to an existing one: same record, field and source, and the same quoted
 * passage (text and position) or, without a quote, the same locator. Nothing is written.
 */
function refuseDuplicateCitation(
  ctx: Context,
  c: {
    sourceId: string;
    targetType: string;
    targetId: string;
    field: string | null;
    exact: string | null;
    startOffset: number | null;
    locator: string | null;
  },
) {
  const same = "source_id = ? AND target_type = ? AND target_id = ? AND field IS ?";
  const params = [c.sourceId, c.targetType, c.targetId, c.field];
  const existing =
    c.exact !== null
      ? ctx.queries.get<Row>(`SELECT * FROM citations WHERE ${same} AND exact = ? AND start_offset IS ? LIMIT 1`, [
          ...params,
          c.exact,
          c.startOffset,
        ])
      : ctx.queries.get<Row>(`SELECT * FROM citations WHERE ${same} AND exact IS NULL AND locator IS ? LIMIT 1`, [
          ...params,
          c.locator,
        ]);
  if (!existing) return;
  const id = globalIdOfRow("citations", existing);
  throw fieldError(
    c.exact !== null ? "quote.exact" : "locator",
    c.exact !== null
      ? `this passage is already cited for this record${c.field ? ` (field ${c.field})` : ""} from this source: citation ${id}; edit that citation instead of adding a second one`
      : `this source is already cited at this locator for this record: citation ${id}; edit that citation instead of adding a second one`,
  );
}

export function createCitation(ctx: Context, input: unknown): Row {
  const viewer = requireEditor(ctx);
  const { sourceId, targetId, quote, ...rest } = parseInput(createCitationInput, input);
  return writeTransaction(ctx.store, () => {
    const source = linkedRow(ctx, sourceId, ["Source"], "sourceId", "source");
    const target = linkedTarget(ctx, targetId, "targetId");
    const anchor = quote ? anchorColumns(anchorIn(source, quote)) : {};
    if (!quote && source.text !== null && rest.locator == null)
      throw fieldError("quote", "quote the passage of this source's text");
    refuseDuplicateCitation(ctx, {
      sourceId: source.id as string,
      targetType: target.targetType,
      targetId: target.row.id as string,
      field: rest.field ?? null,
      exact: (anchor as { exact?: string }).exact ?? null,
      startOffset: (anchor as { startOffset?: number }).startOffset ?? null,
      locator: rest.locator ?? null,
    });
    return createRecord(ctx, "citations", {
      id: newLocalId("cit"),
      sourceId: source.id,
      targetType: target.targetType,
      targetId: target.row.id,
      field: rest.field ?? null,
      locator: rest.locator ?? null,
      note: rest.note ?? null,
      isOrphaned: false,
      createdById: viewer.userId,
      ...anchor,
    }).row;
  });
}

export function updateCitation(ctx: Context, input: unknown): Row {
  requireEditor(ctx);
  const { id, version, quote, ...patch } = parsePatch(updateCitationInput, input);
  return writeTransaction(ctx.store, () => {
    const { row } = rowToChange(ctx, id, ["Citation"], "the citation");
    checkVersion(row, version, "the citation");
    const source = ctx.queries.get<Row>("SELECT * FROM sources WHERE id = ?", [row.sourceId]) as Row;
    const values: Record<string, unknown> = { ...patch };
    if (quote) Object.assign(values, anchorColumns(anchorIn(source, quote)));
    else if (quote === null)
      Object.assign(values, { exact: null, prefix: null, suffix: null, startOffset: null, endOffset: null, isOrphaned: false });
    const exact = "exact" in values ? values.exact : row.exact;
    const locator = "locator" in values ? values.locator : row.locator;
    if (exact == null && locator == null) throw fieldError("locator", "a citation needs a quote or a locator");
    return updateRecord(ctx, "citations", row, values).row;
  });
}

export function deleteCitation(ctx: Context, input: unknown) {
  requireEditor(ctx);
  const { id, version } = parseInput(deleteInput, input);
  return writeTransaction(ctx.store, () => {
    const { row } = rowToChange(ctx, id, ["Citation"], "the citation");
    checkVersion(row, version, "the citation");
    return { deletedId: id, revisionId: deleteRecord(ctx, "citations", row) };
  });
}

export { anchorColumns, targetCaseId };
