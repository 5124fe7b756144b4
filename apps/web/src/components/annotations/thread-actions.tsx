"use client";

import { annotationBody, updateAnnotationInput } from "@casefile/schema/validators";
import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState } from "react";
import { useConfirm } from "@/components/confirm-dialog";
import type { AnnotationThreadFragment } from "@/gql/graphql";
import { apiFieldErrors, conflictVersion, describeFailure } from "@/lib/form";
import { clientQuery } from "@/lib/graphql-client";
import { ApiError } from "@/lib/graphql-errors";
import { canEdit, isAdmin } from "@/lib/roles";
import type { Viewer } from "@/lib/viewer";
import {
  DeleteAnnotationMutation,
  ReopenAnnotationMutation,
  ReplyToAnnotationMutation,
  ResolveAnnotationMutation,
  UpdateAnnotationMutation,
} from "@/operations/annotations";
import { useUnsavedChanges } from "../forms/use-unsaved-changes";
import { MarkdownField } from "./markdown-field";

type Mode = "idle" | "reply" | "edit";

const parseTags = (text: string) =>
  text
    .split(/[,\s]+/)
    .map((t) => t.replace(/^#/, "").trim())
    .filter(Boolean);

/** Reply, resolve or reopen, edit (author) and delete (author or admin), for editors. */
export function ThreadActions({ annotation, viewer }: { annotation: AnnotationThreadFragment; viewer: Viewer | null }) {
  const router = useRouter();
  const id = useId();
  const [mode, setMode] = useState<Mode>("idle");
  const [body, setBody] = useState("");
  const [tags, setTags] = useState(annotation.tags.join(", "));
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const { confirm, dialog } = useConfirm();
  const release = useUnsavedChanges(mode !== "idle" && body.trim() !== "" && body !== annotation.body);
  if (!canEdit(viewer)) return null;
  const isAuthor = viewer?.id === annotation.author.id;

  const run = async (work: () => Promise<unknown>) => {
    setIsBusy(true);
    setError(null);
    try {
      await work();
      release();
      setMode("idle");
      setBody("");
      router.refresh();
    } catch (caught) {
      const current = conflictVersion(caught);
      if (current !== null)
        setError(
          `Someone changed this thread meanwhile (now version ${current}). Reload the page to see it; your text is kept here.`,
        );
      else if (caught instanceof ApiError && caught.code === "BAD_USER_INPUT")
        setError(Object.values(apiFieldErrors(caught)).join("; "));
      else setError(describeFailure(caught));
    } finally {
      setIsBusy(false);
    }
  };

  const onReply = (event: FormEvent) => {
    event.preventDefault();
    const checked = annotationBody.safeParse(body);
    if (!checked.success) return setError(checked.error.issues[0]?.message ?? "write a reply");
    void run(() => clientQuery(ReplyToAnnotationMutation, { input: { parentId: annotation.id, body } }));
  };

  const onEdit = (event: FormEvent) => {
    event.preventDefault();
    const input = { id: annotation.id, version: annotation.version, body, tags: parseTags(tags) };
    const checked = updateAnnotationInput.safeParse(input);
    if (!checked.success) return setError(checked.error.issues.map((i) => i.message).join("; "));
    void run(() => clientQuery(UpdateAnnotationMutation, { input }));
  };

  const toggleStatus = () =>
    run(() =>
      annotation.status === "OPEN"
        ? clientQuery(ResolveAnnotationMutation, { input: { id: annotation.id, version: annotation.version } })
        : clientQuery(ReopenAnnotationMutation, { input: { id: annotation.id, version: annotation.version } }),
    );

  const onDelete = async () => {
    const isSure = await confirm({
      title: "Delete this annotation?",
      message: "The annotation and its replies are deleted.",
      confirmLabel: "Delete annotation",
      isDanger: true,
    });
    if (!isSure) return;
    void run(() => clientQuery(DeleteAnnotationMutation, { input: { id: annotation.id, version: annotation.version } }));
  };

  return (
    <div className="thread-actions">
      {dialog}
      {mode === "idle" ? (
        <div className="rel-line">
          <button type="button" className="button button-small" onClick={() => setMode("reply")}>
            Reply
          </button>
          <button type="button" className="button button-small" onClick={toggleStatus} disabled={isBusy}>
            {annotation.status === "OPEN" ? "Resolve" : "Reopen"}
          </button>
          {isAuthor ? (
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                setBody(annotation.body);
                setTags(annotation.tags.join(", "));
                setMode("edit");
              }}
            >
              Edit
            </button>
          ) : null}
          {isAuthor || isAdmin(viewer) ? (
            <button type="button" className="button button-small button-ghost" onClick={onDelete} disabled={isBusy}>
              Delete
            </button>
          ) : null}
        </div>
      ) : (
        <form onSubmit={mode === "reply" ? onReply : onEdit} className="stack thread-form" noValidate>
          <MarkdownField
            id={`${id}-body`}
            label={mode === "reply" ? "Your reply" : "Annotation"}
            value={body}
            onChange={setBody}
            rows={3}
          />
          {mode === "edit" ? (
            <div className="form-field">
              <label className="field-label" htmlFor={`${id}-tags`}>
                Tags
              </label>
              <input id={`${id}-tags`} className="input" value={tags} onChange={(e) => setTags(e.target.value)} />
            </div>
          ) : null}
          <div className="rel-line">
            <button type="submit" className="button button-primary button-small" disabled={isBusy}>
              {mode === "reply" ? "Post reply" : "Save"}
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                setMode("idle");
                setError(null);
                setBody("");
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      )}
      {error ? (
        <p className="alert" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Delete for a reply (its author, or an admin). */
export function ReplyActions({ reply, viewer }: { reply: AnnotationThreadFragment["replies"][number]; viewer: Viewer | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const { confirm, dialog } = useConfirm();
  if (!canEdit(viewer) || !(viewer?.id === reply.author.id || isAdmin(viewer))) return null;
  const onDelete = async () => {
    const isSure = await confirm({
      title: "Delete this reply?",
      message: "The reply is deleted from the thread.",
      confirmLabel: "Delete reply",
      isDanger: true,
    });
    if (!isSure) return;
    try {
      await clientQuery(DeleteAnnotationMutation, { input: { id: reply.id, version: reply.version } });
      router.refresh();
    } catch (caught) {
      setError(describeFailure(caught));
    }
  };
  return (
    <>
      {dialog}
      <button type="button" className="button button-small button-ghost" onClick={onDelete}>
        Delete<span className="visually-hidden"> reply</span>
      </button>
      {error ? <span role="alert">{error}</span> : null}
    </>
  );
}

export { parseTags };
