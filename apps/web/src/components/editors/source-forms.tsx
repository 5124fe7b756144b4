"use client";

import {
  createSourceFromTextInput,
  createSourceInput,
  sourceTextFormats,
  updateCitationInput,
} from "@casefile/schema/validators";
import { validateWith } from "@/lib/form";
import { clientQuery } from "@/lib/graphql-client";
import { sourceHref } from "@/lib/links";
import { DeleteRecordMutations } from "@/operations/entity-edit";
import {
  CitationForEditQuery,
  CreateSourceFromTextMutation,
  SourceForEditQuery,
  UpdateCitationMutation,
  UpdateSourceMutation,
} from "@/operations/source-edit";
import { type FieldSpec, type FormValues, str } from "../forms/form-values";
import { RecordForm } from "../forms/record-form";
import { sourceKinds } from "./options";

const FORMAT_LABELS: Record<string, string> = {
  AUTO: "Detect automatically",
  TEXT: "Plain text",
  MARKDOWN: "Markdown",
  HTML: "HTML (scripts, styles and markup are removed)",
};

const metadataSpecs: FieldSpec[] = [
  { name: "kind", label: "Kind of source", kind: "select", options: sourceKinds, isRequired: true },
  { name: "publishedDate", label: "Published", kind: "date" },
  { name: "publisher", label: "Publisher", kind: "text" },
  { name: "author", label: "Author", kind: "text" },
  { name: "url", label: "URL", kind: "url", placeholder: "https://", isWide: true },
  { name: "description", label: "Description", kind: "textarea", rows: 2, hint: "What the source is and how far to trust it." },
];

const addSpecs: FieldSpec[] = [
  {
    name: "content",
    label: "Content",
    kind: "textarea",
    rows: 12,
    isRequired: true,
    isRaw: true,
    hint: "Paste the article: plain text, Markdown or HTML. Only its plain text is kept.",
  },
  {
    name: "format",
    label: "Format of the pasted content",
    kind: "select",
    options: sourceTextFormats,
    optionLabel: (v) => FORMAT_LABELS[v] ?? v,
  },
  {
    name: "title",
    label: "Title",
    kind: "text",
    isWide: true,
    hint: "Leave empty to use the document's own title (<title>, first heading).",
  },
  ...metadataSpecs,
];

/** "Add source": paste a document; the API reduces it to text; then review the entities it mentions. */
export function SourceAddForm() {
  return (
    <RecordForm
      ariaLabel="Add a source"
      fields={addSpecs}
      initial={{ content: "", format: "AUTO", kind: "NEWS_ARTICLE" }}
      validate={validateWith(createSourceFromTextInput)}
      save={async (input) => {
        const data = await clientQuery(CreateSourceFromTextMutation, { input: input as never });
        return { href: `${sourceHref(data.createSourceFromText.source.id)}/mentions?new=1` };
      }}
      submitLabel="Add source and review mentions"
      cancelHref="/sources"
    />
  );
}

const editSpecs: FieldSpec[] = [
  { name: "title", label: "Title", kind: "text", isWide: true, isRequired: true },
  ...metadataSpecs,
  {
    name: "text",
    label: "Full text",
    kind: "textarea",
    rows: 14,
    isRaw: true,
    hint: "Changing the text re-anchors every citation and annotation; those whose passage is gone are flagged for re-anchoring.",
  },
];

type SourceNode = {
  id: string;
  kind: string;
  title: string;
  publisher?: string | null;
  author?: string | null;
  url?: string | null;
  publishedDate?: string | null;
  description?: string | null;
  text?: string | null;
  version: number;
};

const sourceValues = (s: SourceNode): FormValues => ({
  title: s.title,
  kind: s.kind,
  publishedDate: str(s.publishedDate),
  publisher: str(s.publisher),
  author: str(s.author),
  url: str(s.url),
  description: str(s.description),
  text: str(s.text),
});

export function SourceEditForm({ source }: { source: SourceNode }) {
  return (
    <RecordForm
      ariaLabel={`Edit ${source.title}`}
      fields={editSpecs}
      initial={sourceValues(source)}
      version={source.version}
      recordId={source.id}
      validate={validateWith(createSourceInput)}
      save={async (input, version) => {
        const data = await clientQuery(UpdateSourceMutation, { input: { ...input, id: source.id, version } as never });
        const { reanchoredCount, orphanedCount } = data.updateSource;
        const query = "text" in input ? `?reanchored=${reanchoredCount}&orphaned=${orphanedCount}` : "";
        return { href: `${sourceHref(source.id)}${query}` };
      }}
      reload={async () => {
        const data = await clientQuery(SourceForEditQuery, { id: source.id });
        const node = data.node as unknown as SourceNode;
        return { values: sourceValues(node), version: node.version };
      }}
      submitLabel="Save changes"
      cancelHref={sourceHref(source.id)}
      deleteLabel="Delete source"
      onDelete={async (version) => {
        await clientQuery(DeleteRecordMutations.source, { input: { id: source.id, version } });
        return { href: `/history/${encodeURIComponent(source.id)}?deleted=1` };
      }}
    />
  );
}

const citationSpecs: FieldSpec[] = [
  {
    name: "field",
    label: "Field supported",
    kind: "text",
    hint: "One field of the record (rank, birthDate); empty for the record as a whole.",
  },
  { name: "locator", label: "Locator", kind: "text", hint: "Page or paragraph, for a source without text: p. 12, ¶35." },
  { name: "note", label: "Note", kind: "textarea", rows: 3 },
];

type CitationNode = {
  id: string;
  field?: string | null;
  locator?: string | null;
  note?: string | null;
  version: number;
  source: { id: string };
};
const citationValues = (c: CitationNode): FormValues => ({ field: str(c.field), locator: str(c.locator), note: str(c.note) });

export function CitationEditForm({ citation }: { citation: CitationNode }) {
  const back = `${sourceHref(citation.source.id)}#c-${encodeURIComponent(citation.id)}`;
  return (
    <RecordForm
      ariaLabel="Edit citation"
      fields={citationSpecs}
      initial={citationValues(citation)}
      version={citation.version}
      recordId={citation.id}
      validate={validateWith(updateCitationInput, { id: citation.id, version: citation.version })}
      save={async (input, version) => {
        await clientQuery(UpdateCitationMutation, { input: { ...input, id: citation.id, version } as never });
        return { href: back };
      }}
      reload={async () => {
        const data = await clientQuery(CitationForEditQuery, { id: citation.id });
        const node = data.node as unknown as CitationNode;
        return { values: citationValues(node), version: node.version };
      }}
      submitLabel="Save changes"
      cancelHref={back}
      deleteLabel="Delete citation"
      onDelete={async (version) => {
        await clientQuery(DeleteRecordMutations.citation, { input: { id: citation.id, version } });
        return { href: sourceHref(citation.source.id) };
      }}
    />
  );
}
