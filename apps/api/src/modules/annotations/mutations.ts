/** Writing annotation threads: start, reply, edit your own, resolve, reopen, delete. */
import { now, type Tx } from "@casefile/db";
import type { AnnotationRow } from "@casefile/db/tables";
import { newLocalId } from "@casefile/schema/ids";
import { createAnnotationInput, deleteInput, replyToAnnotationInput, updateAnnotationInput } from "@casefile/schema/validators";
import { z } from "zod";
import type { Context, Viewer } from "../../context.js";
import { requireEditor } from "../../lib/access.js";
import { AppError } from "../../lib/errors.js";
import { linkedTarget } from "../../lib/find.js";
import { decodeId, fieldError, parseInput, parsePatch } from "../../lib/input.js";
import { checkVersion, createRecord, deleteRecord, updateRecord } from "../../lib/write.js";
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

/** The annotation a global ID names, to change: NOT_FOUND if there is none. */
async function annotationToChange(tx: Tx, globalId: string): Promise<AnnotationRow> {
  const { id } = decodeId(globalId, ["Annotation"], "id");
  const row = await tx.records.read("annotations", id);
  if (!row) throw AppError.notFound("the annotation");
  return row;
}

export async function createAnnotation(ctx: Context, input: unknown): Promise<AnnotationRow> {
  const viewer = requireEditor(ctx);
  const { targetId, body, tags, quote } = parseInput(createAnnotationInput, input);
  return ctx.store.write(async (tx) => {
    const target = await linkedTarget(tx, targetId, "targetId");
    if (quote && target.targetType !== "SOURCE") throw fieldError("quote", "only annotations on a source can quote a passage");
    const anchor = quote ? anchorColumns(anchorIn(target.row, quote)) : null;
    const { row } = await createRecord(ctx, tx, "annotations", {
      id: newLocalId("ann"),
      targetType: target.targetType,
      targetId: target.row.id,
      caseId: await tx.records.targetCaseId(target.targetType, target.row.id),
      parentId: null,
      authorId: viewer.userId,
      body,
      tags: tags ?? [],
      status: "OPEN",
      isOrphaned: false,
      ...anchor,
    });
    return row;
  });
}

export async function replyToAnnotation(ctx: Context, input: unknown): Promise<AnnotationRow> {
  const viewer = requireEditor(ctx);
  const { parentId, body } = parseInput(replyToAnnotationInput, input);
  return ctx.store.write(async (tx) => {
    const { id } = decodeId(parentId, ["Annotation"], "parentId");
    const parent = await tx.records.read("annotations", id);
    if (!parent) throw fieldError("parentId", "there is no annotation with this ID");
    // Threads are flat: a reply to a reply joins the thread of its parent.
    const thread = parent.parentId ? ((await tx.records.read("annotations", parent.parentId)) ?? parent) : parent;
    const { row } = await createRecord(ctx, tx, "annotations", {
      id: newLocalId("ann"),
      targetType: thread.targetType,
      targetId: thread.targetId,
      caseId: thread.caseId,
      parentId: thread.id,
      authorId: viewer.userId,
      body,
      tags: [],
      status: "OPEN",
      isOrphaned: false,
    });
    return row;
  });
}

export async function updateAnnotation(ctx: Context, input: unknown): Promise<AnnotationRow> {
  const viewer = requireEditor(ctx);
  const { id, version, ...patch } = parsePatch(updateAnnotationInput, input);
  return ctx.store.write(async (tx) => {
    const row = await annotationToChange(tx, id);
    authorizeAnnotationWrite(viewer, row, "update");
    checkVersion(row, version, "the annotation");
    const { row: after } = await updateRecord(ctx, tx, "annotations", row, patch);
    return after;
  });
}

const statusInput = z.object({
  id: z.string().min(1, "id is required"),
  version: z.number().int().min(1, "version starts at 1"),
});

async function setStatus(ctx: Context, input: unknown, status: "OPEN" | "RESOLVED"): Promise<AnnotationRow> {
  const viewer = requireEditor(ctx);
  const { id, version } = parseInput(statusInput, input);
  return ctx.store.write(async (tx) => {
    const row = await annotationToChange(tx, id);
    checkVersion(row, version, "the annotation");
    if (row.parentId) throw fieldError("id", "replies follow their thread: resolve or reopen the thread's first annotation");
    if (row.status === status) return row;
    const values =
      status === "RESOLVED"
        ? { status, resolvedAt: now(), resolvedById: viewer.userId }
        : { status, resolvedAt: null, resolvedById: null };
    const { row: after } = await updateRecord(ctx, tx, "annotations", row, values);
    return after;
  });
}

export const resolveAnnotation = (ctx: Context, input: unknown) => setStatus(ctx, input, "RESOLVED");
export const reopenAnnotation = (ctx: Context, input: unknown) => setStatus(ctx, input, "OPEN");

export async function deleteAnnotation(ctx: Context, input: unknown) {
  const viewer = requireEditor(ctx);
  const { id, version } = parseInput(deleteInput, input);
  return ctx.store.write(async (tx) => {
    const row = await annotationToChange(tx, id);
    authorizeAnnotationWrite(viewer, row, "delete");
    checkVersion(row, version, "the annotation");
    return { deletedId: id, revisionId: await deleteRecord(ctx, tx, "annotations", row) };
  });
}
