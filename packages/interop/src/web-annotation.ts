/**
 * Annotations and citations as W3C Web Annotations (JSON-LD, http://www.w3.org/ns/anno.jsonld),
 * in one AnnotationCollection whose first (and only) AnnotationPage holds them all, as
 * Hypothesis and other annotation tools read them.
 *
 * - An editor's note: motivation `commenting`, its markdown as a TextualBody, each tag as a
 *   TextualBody with purpose `tagging`. A reply: motivation `replying`, targeting its parent.
 * - A citation: motivation `linking`; the body is the record the passage supports (purpose
 *   `linking`), plus the citation's note and locator as a TextualBody with purpose `describing`.
 * - A passage is targeted as { source, selector: [TextQuoteSelector, TextPositionSelector] };
 *   an orphaned anchor (its quote no longer found) keeps only the quote selector.
 */
import type { Store } from "@casefile/db";
import { entityTypeNames, type TargetType } from "@casefile/schema/enums";
import { type NodeTypeName, targetTypeNames, toGlobalId } from "@casefile/schema/ids";
import { caseScope } from "./case-scope.js";

export const WEB_ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

export interface WebAnnotationOptions {
  /** Limit to one case; everything when absent. */
  caseSlug?: string;
  /**
   * Base of the IRIs records are given: `${baseUrl}/node/<global ID>`. Default
   * "urn:casefile" (IRIs like urn:casefile:node:<global ID>); pass the public site URL, e.g.
   * https://casefile.example.org, to make them resolvable.
   */
  baseUrl?: string;
  /** Include citations (default true) and annotations (default true). */
  includeCitations?: boolean;
  includeAnnotations?: boolean;
}

export interface TextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  prefix?: string;
  suffix?: string;
}
export interface TextPositionSelector {
  type: "TextPositionSelector";
  start: number;
  end: number;
}
export interface WebAnnotationTarget {
  source: string;
  selector?: (TextQuoteSelector | TextPositionSelector)[];
}
export type WebAnnotationBody =
  | {
      type: "TextualBody";
      value: string;
      format: "text/markdown" | "text/plain";
      purpose: "commenting" | "tagging" | "describing" | "replying";
    }
  | { type: "SpecificResource"; source: string; purpose: "linking" };

export interface WebAnnotation {
  "@context"?: string;
  id: string;
  type: "Annotation";
  motivation: "commenting" | "replying" | "linking";
  created?: string;
  modified?: string;
  creator?: { id: string; type: "Person"; name: string };
  body: WebAnnotationBody[];
  target: WebAnnotationTarget | string;
}

export interface AnnotationCollection {
  "@context": string;
  id: string;
  type: "AnnotationCollection";
  label: string;
  total: number;
  first: { id: string; type: "AnnotationPage"; startIndex: number; items: WebAnnotation[] };
}

const staticTypes: Partial<Record<TargetType, NodeTypeName>> = targetTypeNames;

/** Exports annotations and citations (of one case, or all) as a Web Annotation collection. */
export async function exportWebAnnotations(store: Store, options: WebAnnotationOptions = {}): Promise<AnnotationCollection> {
  const scope = options.caseSlug ? await caseScope(store, options.caseSlug) : null;
  const base = (options.baseUrl ?? "urn:casefile").replace(/\/+$/, "");
  const separator = base.startsWith("urn:") ? ":" : "/";
  const iri = (type: NodeTypeName, id: string) => `${base}${separator}node${separator}${toGlobalId(type, id)}`;
  const kinds = await store.interop.entityKinds();
  const users = await store.interop.userNames();
  const recordIri = (type: TargetType, id: string) => {
    const typeName = type === "ENTITY" ? entityTypeNames[kinds.get(id) ?? "PERSON"] : (staticTypes[type] as NodeTypeName);
    return iri(typeName, id);
  };
  const inScope = (type: string, id: string) => !scope || scope.targets.has(`${type}:${id}`);
  const passage = (
    sourceId: string,
    row: {
      exact: string | null;
      prefix: string | null;
      suffix: string | null;
      startOffset: number | null;
      endOffset: number | null;
      isOrphaned: boolean;
    },
  ): WebAnnotationTarget => {
    const target: WebAnnotationTarget = { source: iri("Source", sourceId) };
    if (row.exact === null) return target;
    const quote: TextQuoteSelector = { type: "TextQuoteSelector", exact: row.exact };
    if (row.prefix) quote.prefix = row.prefix;
    if (row.suffix) quote.suffix = row.suffix;
    target.selector = [quote];
    if (!row.isOrphaned && row.startOffset !== null && row.endOffset !== null) {
      target.selector.push({ type: "TextPositionSelector", start: row.startOffset, end: row.endOffset });
    }
    return target;
  };
  const creator = (userId: string | null) =>
    userId ? { id: iri("User", userId), type: "Person" as const, name: users.get(userId) ?? userId } : undefined;

  const items: WebAnnotation[] = [];
  if (options.includeCitations ?? true) {
    for (const c of await store.interop.citations()) {
      if (!inScope(c.targetType, c.targetId)) continue;
      const description = [
        c.field ? `Supports the field "${c.field}".` : null,
        c.locator ? `Locator: ${c.locator}` : null,
        c.note,
      ]
        .filter(Boolean)
        .join("\n");
      const body: WebAnnotationBody[] = [
        { type: "SpecificResource", source: recordIri(c.targetType, c.targetId), purpose: "linking" },
      ];
      if (description) body.push({ type: "TextualBody", value: description, format: "text/plain", purpose: "describing" });
      items.push(
        compact({
          id: iri("Citation", c.id),
          type: "Annotation",
          motivation: "linking",
          created: c.createdAt,
          modified: c.updatedAt,
          creator: creator(c.createdById),
          body,
          target: passage(c.sourceId, c),
        }),
      );
    }
  }
  if (options.includeAnnotations ?? true) {
    const annotations = await store.interop.annotations();
    const threads = new Set(
      annotations
        .filter((a) => a.parentId === null && (!scope || a.caseId === scope.caseRow.id || inScope(a.targetType, a.targetId)))
        .map((a) => a.id),
    );
    for (const a of annotations) {
      const isReply = a.parentId !== null;
      if (!threads.has(isReply ? (a.parentId as string) : a.id)) continue;
      const body: WebAnnotationBody[] = [
        { type: "TextualBody", value: a.body, format: "text/markdown", purpose: isReply ? "replying" : "commenting" },
        ...a.tags.map((tag) => ({
          type: "TextualBody" as const,
          value: tag,
          format: "text/plain" as const,
          purpose: "tagging" as const,
        })),
      ];
      const target: WebAnnotationTarget | string = isReply
        ? iri("Annotation", a.parentId as string)
        : a.targetType === "SOURCE" && a.exact !== null
          ? passage(a.targetId, a)
          : { source: recordIri(a.targetType, a.targetId) };
      items.push(
        compact({
          id: iri("Annotation", a.id),
          type: "Annotation",
          motivation: isReply ? "replying" : "commenting",
          created: a.createdAt,
          modified: a.updatedAt,
          creator: creator(a.authorId),
          body,
          target,
        }),
      );
    }
  }
  const collectionId = scope ? `${iri("Case", scope.caseRow.id)}${separator}annotations` : `${base}${separator}annotations`;
  return {
    "@context": WEB_ANNOTATION_CONTEXT,
    id: collectionId,
    type: "AnnotationCollection",
    label: scope ? `Citations and annotations of ${scope.caseRow.caption}` : "Citations and annotations",
    total: items.length,
    first: { id: `${collectionId}${separator}page1`, type: "AnnotationPage", startIndex: 0, items },
  };
}

function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as T;
}
