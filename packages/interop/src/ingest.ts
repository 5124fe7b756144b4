/**
 * A new source from pasted text, Markdown or HTML: reduced to plain text that quotes can be
 * anchored in. HTML loses scripts, styles and every other non-text element, keeps paragraph
 * breaks and list items, and has its character entities decoded (html-to-text, on htmlparser2).
 * Markdown is rendered (marked) and then reduced the same way, so its paragraphs survive and
 * its markup does not. The result is normalized: NFC, "\n" line ends, no control characters,
 * plain spaces, no trailing spaces, at most one blank line in a row.
 */
import { convert, type HtmlToTextOptions } from "html-to-text";
import { DomUtils, parseDocument } from "htmlparser2";
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

function htmlToText(html: string): { title?: string; text: string } {
  const document = parseDocument(html);
  const titleElement = DomUtils.findOne((e) => e.name === "title", document.children, true);
  const h1 = DomUtils.findOne((e) => e.name === "h1", document.children, true);
  const title =
    (titleElement && DomUtils.textContent(titleElement).trim()) || (h1 && DomUtils.textContent(h1).trim()) || undefined;
  return { title, text: convert(html, htmlOptions) };
}

function markdownToText(markdown: string): { title?: string; text: string } {
  const marked = new Marked({ gfm: true, async: false });
  const heading = marked.lexer(markdown).find((token) => token.type === "heading" && token.depth === 1);
  const html = marked.parse(markdown) as string;
  const title = heading && "text" in heading ? htmlToText(marked.parseInline(heading.text) as string).text : undefined;
  return { title, text: convert(html, htmlOptions) };
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
