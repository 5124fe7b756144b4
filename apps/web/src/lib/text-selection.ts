import { anchorAt } from "@casefile/schema/anchors";

/** A passage of a source text as a W3C selector pair: TextQuote (exact, prefix, suffix) and TextPosition (start, end). */
export type TextSelector = { exact: string; prefix: string; suffix: string; start: number; end: number };

/**
 * The selector of the passage `start`–`end` of `text`, trimmed of surrounding white space (a
 * double-click or a drag usually catches a space). The context is as long as the API stores
 * (`CONTEXT_LENGTH`), so the API finds the same place; it re-checks the quote against the text.
 */
export function selectorFor(text: string, start: number, end: number): TextSelector | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && /\s/.test(text.charAt(from))) from += 1;
  while (to > from && /\s/.test(text.charAt(to - 1))) to -= 1;
  if (to <= from) return null;
  return anchorAt(text, from, to);
}

/** The number of UTF-16 code units of text in `root` before (`node`, `offset`), a DOM boundary point. */
export function textOffset(root: Node, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  const range = document.createRange();
  range.selectNodeContents(root);
  range.setEnd(node, offset);
  return range.toString().length;
}

/**
 * The selector of the user's selection inside `root` (whose text content is the source text), or
 * null when nothing of it is selected. Offsets come from the DOM, so the highlights (marks) the
 * text is cut into do not matter.
 */
export function selectionSelector(root: HTMLElement, text: string): TextSelector | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const start = textOffset(root, range.startContainer, range.startOffset);
  const end = textOffset(root, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  return selectorFor(text, start, end);
}
