/** A piece of a search snippet: plain text, or text the API marked as matching. */
export type SnippetPart = { text: string; isMatch: boolean };

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&#x27;": "'" };

/** Drops any raw tag (the API escapes text, so one would be stray markup), then decodes entities. */
function toText(value: string): string {
  return decodeEntities(value.replace(/<\/?[a-z][^>]*>/gi, ""));
}

function decodeEntities(value: string): string {
  return value.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * Splits a snippet from the API (HTML-escaped text with `<mark>` tags) into parts. Only the
 * `<mark>` tags are honoured; everything else is decoded to plain text and rendered by React as
 * text, so a snippet can never inject markup.
 */
export function parseSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let match = pattern.exec(snippet); match; match = pattern.exec(snippet)) {
    if (match.index > last) parts.push({ text: toText(snippet.slice(last, match.index)), isMatch: false });
    parts.push({ text: toText(match[1] ?? ""), isMatch: true });
    last = match.index + match[0].length;
  }
  if (last < snippet.length) parts.push({ text: toText(snippet.slice(last)), isMatch: false });
  return parts.filter((part) => part.text.length > 0);
}
