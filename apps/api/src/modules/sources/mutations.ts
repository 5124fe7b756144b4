/** Writing sources and citations; a new source text re-anchors what quotes it. */
import type { Tx } from "@casefile/db";
import type { AnnotationRow, CitationRow, SourceRow } from "@casefile/db/tables";
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
import { globalIdOfRow, linkedTarget } from "../../lib/find.js";
import { decodeId, fieldError, parseInput, parsePatch } from "../../lib/input.js";
import { createRecord, dateColumns, deleteRecord, recordForWrite, refuseWhileReferenced, updateRecord } from "../../lib/write.js";

function sourceColumns(fields: ReturnType<typeof sourceFields.parse>) {
  const { publishedDate, ...rest } = fields;
  return {
    ...rest,
    url: rest.url ?? null,
    text: rest.text ?? null,
    ...dateColumns("publishedDate", publishedDate),
  };
}

export interface SourceWrite {
  row: SourceRow;
  reanchoredCount: number;
  orphanedCount: number;
}

export async function createSource(ctx: Context, input: unknown): Promise<SourceWrite> {
  requireEditor(ctx);
  const fields = parseInput(createSourceInput, input);
  return ctx.store.write(async (tx) => {
    const { row } = await createRecord(ctx, tx, "sources", { id: newLocalId("src"), ...sourceColumns(fields), textVersion: 1 });
    return { row, reanchoredCount: 0, orphanedCount: 0 };
  });
}

type AnchoredRow = Pick<CitationRow, "exact" | "prefix" | "suffix" | "startOffset" | "endOffset">;

const anchorOf = (row: AnchoredRow & { exact: string }): Anchor => ({
  exact: row.exact,
  prefix: row.prefix ?? "",
  suffix: row.suffix ?? "",
  start: row.startOffset ?? 0,
  end: row.endOffset ?? 0,
});

export const anchorColumns = (anchor: Anchor) => ({
  exact: anchor.exact,
  prefix: anchor.prefix,
  suffix: anchor.suffix,
  startOffset: anchor.start,
  endOffset: anchor.end,
  isOrphaned: false,
});

/** Where a quote of the new text is: re-anchored columns, or null when it cannot be found. */
function reanchorIn(text: string | null, row: AnchoredRow) {
  if (text === null || row.exact === null) return null;
  const found = reanchor(text, anchorOf({ ...row, exact: row.exact }));
  return found ? anchorColumns(found) : null;
}

/** Re-anchors every quote of a source in its new text; what cannot be found is flagged, never dropped. */
async function reanchorSource(
  ctx: Context,
  tx: Tx,
  sourceId: string,
  text: string | null,
): Promise<{ reanchoredCount: number; orphanedCount: number }> {
  let reanchoredCount = 0;
  let orphanedCount = 0;
  const { citations, annotations } = await tx.sources.quotesOf(sourceId);
  const quoted: ({ table: "citations"; row: CitationRow } | { table: "annotations"; row: AnnotationRow })[] = [
    ...citations.map((row) => ({ table: "citations" as const, row })),
    ...annotations.map((row) => ({ table: "annotations" as const, row })),
  ];
  for (const quote of quoted) {
    const columns = reanchorIn(text, quote.row);
    const values = columns ?? { isOrphaned: true };
    const { revisionId } =
      quote.table === "citations"
        ? await updateRecord(ctx, tx, "citations", quote.row, values)
        : await updateRecord(ctx, tx, "annotations", quote.row, values);
    if (!columns) orphanedCount++;
    else if (revisionId !== null) reanchoredCount++;
  }
  return { reanchoredCount, orphanedCount };
}

export async function updateSource(ctx: Context, input: unknown): Promise<SourceWrite> {
  requireEditor(ctx);
  const { id, version, ...patch } = parsePatch(updateSourceInput, input);
  return ctx.store.write(async (tx) => {
    const row = await recordForWrite(tx, "sources", id, ["Source"], version, "the source");
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
    const { row: after } = await updateRecord(ctx, tx, "sources", row, {
      ...columns,
      ...(isNewText ? { textVersion: row.textVersion + 1 } : {}),
    });
    const counts = isNewText ? await reanchorSource(ctx, tx, row.id, columns.text) : { reanchoredCount: 0, orphanedCount: 0 };
    return { row: after, ...counts };
  });
}

export async function deleteSource(ctx: Context, input: unknown) {
  requireEditor(ctx);
  const { id, version } = parseInput(deleteInput, input);
  return ctx.store.write(async (tx) => {
    const row = await recordForWrite(tx, "sources", id, ["Source"], version, "the source");
    const citations = await tx.sources.countCitations(row.id);
    refuseWhileReferenced("the source", [{ label: "citation(s)", count: citations }]);
    return { deletedId: id, revisionId: await deleteRecord(ctx, tx, "sources", row) };
  });
}

// Citations -----------------------------------------------------------------------------------

/** The source a global ID in the input names: an input error on `field` if there is none. */
async function linkedSource(tx: Tx, globalId: string, field: string): Promise<SourceRow> {
  const { id } = decodeId(globalId, ["Source"], field);
  const row = await tx.records.read("sources", id);
  if (!row) throw fieldError(field, "there is no source with this ID");
  return row;
}

/** Anchors a quote in a source's current text, or says why it cannot. */
export function anchorIn(
  source: Record<string, unknown>,
  quote: { exact: string; prefix?: string | undefined; suffix?: string | undefined },
  field = "quote",
): Anchor {
  if (typeof source.text !== "string")
    throw fieldError(field, "this source has no text to quote from: cite it with a locator (p. 12, ¶35) instead");
  const result = anchorQuote(source.text, quote);
  if ("error" in result) throw fieldError(`${field}.exact`, result.error);
  return result.anchor;
}

/**
 * Refuses a citation identical to an existing one: same record, field and source, and the same quoted
 * passage (text and position) or, without a quote, the same locator. Nothing is written.
 */
async function refuseDuplicateCitation(tx: Tx, c: Parameters<Tx["sources"]["findSameCitation"]>[0]): Promise<void> {
  const existing = await tx.sources.findSameCitation(c);
  if (!existing) return;
  const id = globalIdOfRow("citations", existing);
  throw fieldError(
    c.exact !== null ? "quote.exact" : "locator",
    c.exact !== null
      ? `this passage is already cited for this record${c.field ? ` (field ${c.field})` : ""} from this source: citation ${id}; edit that citation instead of adding a second one`
      : `this source is already cited at this locator for this record: citation ${id}; edit that citation instead of adding a second one`,
  );
}

export async function createCitation(ctx: Context, input: unknown): Promise<CitationRow> {
  requireEditor(ctx);
  const fields = parseInput(createCitationInput, input);
  return ctx.store.write((tx) => writeCitation(ctx, tx, fields));
}

/** createCitation inside a write the caller runs (for services that cite as part of a larger write). */
export async function createCitationIn(ctx: Context, tx: Tx, input: unknown): Promise<CitationRow> {
  requireEditor(ctx);
  return writeCitation(ctx, tx, parseInput(createCitationInput, input));
}

async function writeCitation(
  ctx: Context,
  tx: Tx,
  { sourceId, targetId, quote, ...rest }: ReturnType<typeof createCitationInput.parse>,
): Promise<CitationRow> {
  const viewer = requireEditor(ctx);
  const source = await linkedSource(tx, sourceId, "sourceId");
  const target = await linkedTarget(tx, targetId, "targetId");
  const anchor = quote ? anchorColumns(anchorIn(source, quote)) : null;
  if (!quote && source.text !== null && rest.locator == null)
    throw fieldError("quote", "quote the passage of this source's text");
  await refuseDuplicateCitation(tx, {
    sourceId: source.id,
    targetType: target.targetType,
    targetId: target.row.id,
    field: rest.field ?? null,
    exact: anchor?.exact ?? null,
    startOffset: anchor?.startOffset ?? null,
    locator: rest.locator ?? null,
  });
  const { row } = await createRecord(ctx, tx, "citations", {
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
  });
  return row;
}

export async function updateCitation(ctx: Context, input: unknown): Promise<CitationRow> {
  requireEditor(ctx);
  const { id, version, quote, ...patch } = parsePatch(updateCitationInput, input);
  return ctx.store.write(async (tx) => {
    const row = await recordForWrite(tx, "citations", id, ["Citation"], version, "the citation");
    const source = await tx.records.read("sources", row.sourceId);
    const values: Partial<CitationRow> = { ...patch };
    if (quote) Object.assign(values, anchorColumns(anchorIn(source ?? {}, quote)));
    else if (quote === null)
      Object.assign(values, { exact: null, prefix: null, suffix: null, startOffset: null, endOffset: null, isOrphaned: false });
    const exact = "exact" in values ? values.exact : row.exact;
    const locator = "locator" in values ? values.locator : row.locator;
    if (exact == null && locator == null) throw fieldError("locator", "a citation needs a quote or a locator");
    const { row: after } = await updateRecord(ctx, tx, "citations", row, values);
    return after;
  });
}

export async function deleteCitation(ctx: Context, input: unknown) {
  requireEditor(ctx);
  const { id, version } = parseInput(deleteInput, input);
  return ctx.store.write(async (tx) => {
    const row = await recordForWrite(tx, "citations", id, ["Citation"], version, "the citation");
    return { deletedId: id, revisionId: await deleteRecord(ctx, tx, "citations", row) };
  });
}
