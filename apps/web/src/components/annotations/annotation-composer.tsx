"use client";

import { createAnnotationInput } from "@casefile/schema/validators";
import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState } from "react";
import { apiFieldErrors, describeFailure, zodFieldErrors } from "@/lib/form";
import { clientQuery } from "@/lib/graphql-client";
import { ApiError } from "@/lib/graphql-errors";
import { CreateAnnotationMutation } from "@/operations/annotations";
import { useUnsavedChanges } from "../forms/use-unsaved-changes";
import { MarkdownField } from "./markdown-field";
import { parseTags } from "./thread-actions";

export type QuoteSelectorInput = { exact: string; prefix: string; suffix: string };

/** Starts an annotation thread on a record, or on a passage of a source (`quote`). */
export function AnnotationComposer({
  targetId,
  quote,
  onDone,
  onCancel,
}: {
  targetId: string;
  quote?: QuoteSelectorInput | null;
  onDone?: (id: string) => void;
  onCancel?: () => void;
}) {
  const router = useRouter();
  const id = useId();
  const [body, setBody] = useState("");
  const [tags, setTags] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [isBusy, setIsBusy] = useState(false);
  const release = useUnsavedChanges(body.trim() !== "");

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { targetId, body, tags: parseTags(tags), ...(quote ? { quote } : {}) };
    const checked = createAnnotationInput.safeParse(input);
    if (!checked.success) return setErrors(zodFieldErrors(checked.error));
    setErrors({});
    setIsBusy(true);
    try {
      const data = await clientQuery(CreateAnnotationMutation, { input });
      release();
      setBody("");
      setTags("");
      onDone?.(data.createAnnotation.annotation.id);
      router.refresh();
    } catch (caught) {
      setErrors(
        caught instanceof ApiError && caught.code === "BAD_USER_INPUT" ? apiFieldErrors(caught) : { "": describeFailure(caught) },
      );
    } finally {
      setIsBusy(false);
    }
  };

  const tagError = Object.entries(errors).find(([k]) => k.startsWith("tags"))?.[1];
  const other = Object.entries(errors).filter(([k]) => k !== "body" && !k.startsWith("tags"));
  return (
    <form className="stack annotation-composer" onSubmit={onSubmit} noValidate aria-label="New annotation">
      <MarkdownField id={`${id}-body`} label="Annotation" value={body} onChange={setBody} error={errors.body} rows={4} />
      <div className="form-field">
        <label className="field-label" htmlFor={`${id}-tags`}>
          Tags
        </label>
        <input
          id={`${id}-tags`}
          className="input"
          placeholder="verify, dates"
          value={tags}
          onChange={(e) => setTags(e.target.value)}
          aria-invalid={tagError ? true : undefined}
          aria-describedby={`${id}-tags-hint`}
        />
        <span id={`${id}-tags-hint`} className={tagError ? "field-error" : "field-hint"}>
          {tagError ?? "Single words, separated by commas."}
        </span>
      </div>
      {other.length > 0 ? (
        <p className="alert" role="alert">
          {other.map(([, m]) => m).join("; ")}
        </p>
      ) : null}
      <div className="rel-line">
        <button type="submit" className="button button-primary" disabled={isBusy}>
          {isBusy ? "Saving…" : "Add annotation"}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
