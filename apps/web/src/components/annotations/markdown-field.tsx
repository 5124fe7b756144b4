"use client";

import { useState } from "react";
import { Markdown } from "../markdown";

/** A markdown textarea with a preview that renders exactly as the thread will (HTML shown as text). */
export function MarkdownField({
  id,
  label,
  value,
  onChange,
  rows = 4,
  error,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  error?: string;
}) {
  const [isPreview, setIsPreview] = useState(false);
  return (
    <div className="form-field">
      <div className="rel-line" style={{ justifyContent: "space-between" }}>
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        <button
          type="button"
          className="button button-small button-ghost"
          aria-pressed={isPreview}
          onClick={() => setIsPreview((p) => !p)}
        >
          {isPreview ? "Write" : "Preview"}
        </button>
      </div>
      {isPreview ? (
        <section className="markdown-preview" aria-label={`${label} preview`}>
          {value.trim() ? <Markdown>{value}</Markdown> : <p className="muted">Nothing to preview.</p>}
        </section>
      ) : (
        <textarea
          id={id}
          className="input textarea"
          rows={rows}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : `${id}-hint`}
        />
      )}
      {error ? (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      ) : (
        <span id={`${id}-hint`} className="field-hint">
          Markdown: **bold**, _italic_, [links](https://…), lists. HTML is shown as text.
        </span>
      )}
    </div>
  );
}
