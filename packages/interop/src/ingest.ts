/**
 * A new source from pasted text, Markdown or HTML: reduced to plain text that quotes can be
 * anchored in. HTML loses scripts, styles and every other non-text element, keeps paragraph
 * breaks and list items, and has its character entities decoded (html-to-text, on htmlparser2).
 * Markdown is rendered (marked) and then reduced the same way, so its paragraphs survive and
 * its markup does not. The result is normalized: NFC, "\n" line ends, no control characters,
 * plain spaces, no trailing spaces, at most one blank line in a row.
 */
import { convert, type HtmlToTextOptions } from "html-to-text";
import { DomUtils, Parser, parseDocument } from "htmlparser2";
import { Marked } from "marked";
import { InteropError } from "./errors.js";

export type SourceTextFormat = "text" | "markdown" | "html";

export interface SourceTextInput {
  format: SourceTextFormat | "auto";
  content: string;
}

export interface PreparedSourceText {
  /** A title found in the document (HTML <title> or first <h1>, Markdown's first heading). */
  title?: string;
  text: string;
  /** The format the content was read as (useful with "auto"). */
  format: SourceTextFormat;
}

/** The most a source text may hold (as the source validator allows). */
export const MAX_SOURCE_TEXT = 5_000_000;
/** Input larger than this is refused before parsing (HTML shrinks a lot when reduced). */
export const MAX_SOURCE_INPUT = 20_000_000;

/**
 * The deepest nesting of HTML elements, or of Markdown block quotes and lists, accepted. The
 * parsers and the text conversion recurse once per level; real documents stay far below this.
 */
export const MAX_NESTING = 256;

const skip = { format: "skip" } as const;
const htmlOptions: HtmlToTextOptions = {
  wordwrap: false,
  preserveNewlines: false,
  decodeEntities: true,
  selectors: [
    // Content that is not text, or not for reading.
    ...[
      "script",
      "style",
      "noscript",
      "template",
      "iframe",
      "object",
      "embed",
      "svg",
      "canvas",
      "head",
      "nav",
      "form",
      "button",
      "select",
      "img",
      "video",
      "audio",
      "picture",
    ].map((selector) => ({ selector, ...skip })),
    { selector: "a", options: { ignoreHref: true } },
    ...["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({ selector, options: { uppercase: false } })),
    { selector: "ul", options: { itemPrefix: "- " } },
    { selector: "table", format: "dataTable", options: { uppercaseHeaderCells: false, maxColumnWidth: 200 } },
    { selector: "blockquote", format: "block" },
    { selector: "hr", format: "blockString", options: { string: "" } },
  ],
};

/** Reduces pasted content to the `{ title?, text }` a new source stores. Throws BAD_USER_INPUT. */
export function prepareSourceText(input: SourceTextInput): PreparedSourceText {
  if (typeof input?.content !== "string") throw InteropError.badInput("content must be text");
  if (input.content.length > MAX_SOURCE_INPUT) {
    throw InteropError.badInput(
      `the content is ${input.content.length} characters long; at most ${MAX_SOURCE_INPUT} are accepted`,
    );
  }
  const format = input.format === "auto" ? detectFormat(input.content) : input.format;
  let result: { title?: string; text: string };
  switch (format) {
    case "html":
      result = htmlToText(input.content);
      break;
    case "markdown":
      result = markdownToText(input.content);
      break;
    case "text":
      result = { text: input.content };
      break;
    default:
      throw InteropError.badInput(`format must be one of text, markdown, html or auto, not "${String(format)}"`);
  }
  const text = normalizeText(result.text);
  if (text.length === 0) throw InteropError.badInput("the content holds no text");
  if (text.length > MAX_SOURCE_TEXT) {
    throw InteropError.badInput(`the text is ${text.length} characters long; a source holds at most ${MAX_SOURCE_TEXT}`);
  }
  const title = result.title ? normalizeText(result.title).replace(/\s+/g, " ").slice(0, 500) : undefined;
  return title ? { title, text, format } : { text, format };
}

/** Guesses the format of pasted content: HTML if it has tags, Markdown if it has its marks. */
export function detectFormat(content: string): SourceTextFormat {
  const head = content.slice(0, 5000);
  if (/^\s*<!doctype html|<html[\s>]|<body[\s>]|<\/(p|div|h[1-6]|li|article|section|span)>/i.test(head)) return "html";
  if (/^(#{1,6}\s|\s*[-*+]\s|\s*\d+\.\s|>\s)|\[[^\]]+\]\([^)]+\)|\*\*[^*]+\*\*|^```/m.test(head)) return "markdown";
  return "text";
}

/** A document nested deeper than MAX_NESTING: refused before any recursive parsing. */
function tooDeep(depth: number, where: string) {
  return InteropError.badInput(
    `the content is nested too deeply: ${depth} levels of ${where}; at most ${MAX_NESTING} are accepted. Flatten the document, or paste it as plain text (format TEXT)`,
  );
}

/**
 * The deepest element nesting of an HTML document, found with htmlparser2's streaming parser
 * (no recursion, no tree); stops at the first element past `limit`.
 */
export function htmlNestingDepth(html: string, limit = MAX_NESTING): number {
  let depth = 0;
  let deepest = 0;
  const stop = new Error("deep enough");
  const parser = new Parser(
    {
      onopentag() {
        depth++;
        if (depth > deepest) deepest = depth;
        if (deepest > limit) throw stop;
      },
      onclosetag() {
        depth = Math.max(0, depth - 1);
      },
    },
    { decodeEntities: false },
  );
  try {
    parser.end(html);
  } catch (error) {
    if (error !== stop) throw error;
  }
  return deepest;
}

/**
 * The deepest nesting of Markdown containers (block quotes and list items) that begin on one
 * line, e.g. `> > > x` or `- - - x`: each is a recursion in the Markdown parser.
 */
export function markdownNestingDepth(markdown: string): number {
  let deepest = 0;
  const container = /[ \t]{0,3}(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?/y;
  for (let start = 0; start < markdown.length; ) {
    const end = markdown.indexOf("\n", start);
    const lineEnd = end === -1 ? markdown.length : end;
    let depth = 0;
    container.lastIndex = start;
    while (container.lastIndex < lineEnd && container.test(markdown)) depth++;
    if (depth > deepest) deepest = depth;
    start = lineEnd + 1;
  }
  return deepest;
}

/** `limit` is larger for HTML rendered from Markdown: a list level is two elements (ul, li). */
function checkHtmlNesting(html: string, limit = MAX_NESTING) {
  const depth = htmlNestingDepth(html, limit);
  if (depth > limit) throw tooDeep(depth, "HTML elements (or more)");
}

/** Runs a recursive parser; a stack overflow that got past the nesting checks is still bad input. */
function bounded<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) throw tooDeep(MAX_NESTING, "nested markup (or more)");
    throw error;
  }
}

function htmlToText(html: string): { title?: string; text: string } {
  checkHtmlNesting(html);
  return bounded(() => convertHtml(html));
}

function convertHtml(html: string): { title?: string; text: string } {
  const document = parseDocument(html);
  const titleElement = DomUtils.findOne((e) => e.name === "title", document.children, true);
  const h1 = DomUtils.findOne((e) => e.name === "h1", document.children, true);
  const title =
    (titleElement && DomUtils.textContent(titleElement).trim()) || (h1 && DomUtils.textContent(h1).trim()) || undefined;
  return { title, text: convert(html, htmlOptions) };
}

function markdownToText(markdown: string): { title?: string; text: string } {
  const depth = markdownNestingDepth(markdown);
  if (depth > MAX_NESTING) throw tooDeep(depth, "block quotes or lists");
  const marked = new Marked({ gfm: true, async: false });
  return bounded(() => {
    const heading = marked.lexer(markdown).find((token) => token.type === "heading" && token.depth === 1);
    const html = marked.parse(markdown) as string;
    checkHtmlNesting(html, 2 * MAX_NESTING + 2);
    const title = heading && "text" in heading ? htmlToText(marked.parseInline(heading.text) as string).text : undefined;
    return { title, text: convert(html, htmlOptions) };
  });
}

/** C0 controls other than tab and newline, DEL, zero-width space and byte-order mark. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\ufeff]/g;

/** NFC, "\n" line ends, no control characters, no trailing spaces, at most one blank line. */
export function normalizeText(text: string): string {
  return (
    text
      .normalize("NFC")
      .replace(/\r\n?/g, "\n")
      .replace(controlCharacters, "")
      // No-break and other typographic spaces become plain ones, so a quote typed by hand matches.
      .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, " ")
      .replace(/[ \t]+$/gm, "")
      .replace(/\n{3,}/g, "\n\n")
      .trim()
  );
}
