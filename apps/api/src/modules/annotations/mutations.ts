/** Writing annotation threads: start, reply, edit your own, resolve, reopen, delete. */
import { writeTransaction } from "@casefile/db";
import type { TargetType } from "@casefile/schema/enums";
import { newLocalId } from "@casefile/schema/ids";
import { createAnnotationInput, deleteInput, replyToAnnotationInput, updateAnnotationInput } from "@casefile/schema/validators";
import { z } from "zod";
import type { Context, Viewer } from "../../context.js";
import { requireEditor } from "../../lib/access.js";
import { createRecord, deleteRecord, updateRecord } from "../../lib/edit.js";
import { AppError } from "../../lib/errors.js";
import { fieldError, parseInput, parsePatch } from "../../lib/input.js";
import { linkedRow, linkedTarget, rowToChange } from "../../lib/lookup.js";
import { checkVersion, now, type Row, targetCaseId } from "../../lib/records.js";
import { anchorColumns, anchorIn } from "../sources/mutations.js";

/**
 * Who may change an annotation that exists (or existed): only its author edits it; its author or
 * an admin deletes it. The one rule for updateAnnotation, deleteAnnotation and restoreRevision
 * (restoring onto an annotation is an edit, bringing a deleted one back undoes a delete).
 */
export function authorizeAnnotationWrite(viewer: Viewer, row: Record<string, unknown>, write: "update" | "delete"): void {
  if (write === "update" && row.authorId !== viewer.userId) {
    throw new AppError("FORBIDDEN", "only its author can edit an annotation: reply to it instead");
  }
  if (write === "delete" && row.authorId !== viewer.userId && viewer.role !== "ADMIN") {
    throw new AppError("FORBIDDEN", "only its author (or an admin) can delete an annotation, or bring a deleted one back");
  }
}

export function createAnnotation(ctx: Context, input: unknown): Row {
  const viewer = requireEditor(ctx);
  const { targetId, body, tags, quote } = parseInput(createAnnotationInput, input);
  return writeTransaction(ctx.store, () => {
    const target = linkedTarget(ctx, targetId, "targetId");
    if (quote && target.targetType !== "SOURCE") throw fieldError("quote", "only annotations on a source can quote a passage");
    const anchor = quote ? anchorColumns(anchorIn(target.row, quote)) : {};
    return createRecord(ctx, "annotations", {
      id: newLocalId("ann"),
      targetType: target.targetType,
      targetId: target.row.id,
      caseId: targetCaseId(ctx, target.targetType, target.row.id),
      parentId: null,
      authorId: viewer.userId,
      body,
      tags: tags ?? [],
      status: "OPEN",
      isOrphaned: false,
      ...anchor,
    }).row;
  });
}

export function replyToAnnotation(ctx: Context, input: unknown): Row {
  const viewer = requireEditor(ctx);
  const { parentId, body } = parseInput(replyToAnnotationInput, input);
  return writeTransaction(ctx.store, () => {
    const parent = linkedRow(ctx, parentId, ["Annotation"], "parentId", "annotation");
    // Threads are flat: a reply to a reply joins the thread of its parent.
    const thread = parent.parentId
      ? (ctx.queries.get<Row>("SELECT * FROM annotations WHERE id = ?", [parent.parentId]) ?? parent)
      : parent;
    return createRecord(ctx, "annotations", {
      id: newLocalId("ann"),
      targetType: thread.targetType as TargetType,
      targetId: thread.targetId,
      caseId: thread.caseId,
      parentId: thread.id,
      authorId: viewer.userId,
      body,
      tags: [],
      status: "OPEN",
      isOrphaned: false,
    }).row;
  });
}

export function updateAnnotation(ctx: Context, input: unknown): Row {
  const viewer = requireEditor(ctx);
  const { id, version, ...patch } = parsePatch(updateAnnotationInput, input);
  return writeTransaction(ctx.store, () => {
    const { row } = rowToChange(ctx, id, ["Annotation"], "the annotation");
    authorizeAnnotationWrite(viewer, row, "update");
    checkVersion(row, version, "the annotation");
    return updateRecord(ctx, "annotations", row, patch).row;
  });
}

const statusInput = z.object({
  id: z.string().min(1, "id is required"),
  version: z.number().int().min(1, "version starts at 1"),
});

function setStatus(ctx: Context, input: unknown, status: "OPEN" | "RESOLVED"): Row {
  const viewer = requireEditor(ctx);
  const { id, version } = parseInput(statusInput, input);
  return writeTransaction(ctx.store, () => {
    const { row } = rowToChange(ctx, id, ["Annotation"], "the annotation");
    checkVersion(row, version, "the annotation");
    if (row.parentId) throw fieldError("id", "replies follow their thread: resolve or reopen the thread's first annotation");
    if (row.status === status) return row;
    const values =
      status === "RESOLVED"
        ? { status, resolvedAt: now(), resolvedById: viewer.userId }
        : { status, resolvedAt: null, resolvedById: null };
    return updateRecord(ctx, "annotations", row, values).row;
  });
}

export const resolveAnnotation = (ctx: Context, input: unknown) => setStatus(ctx, input, "RESOLVED");
export const reopenAnnotation = (ctx: Context, input: unknown) => setStatus(ctx, input, "OPEN");

export function deleteAnnotation(ctx: Context, input: unknown) {
  const viewer = requireEditor(ctx);
  const { id, version } = parseInput(deleteInput, input);
  return writeTransaction(ctx.store, () => {
    const { row } = rowToChange(ctx, id, ["Annotation"], "the annotation");
    authorizeAnnotationWrite(viewer, row, "delete");
    checkVersion(row, version, "the annotation");
    return { deletedId: id, revisionId: deleteRecord(ctx, "annotations", row) };
  });
}
