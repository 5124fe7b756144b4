import { parseSnippet } from "@/lib/snippet";

/** A search snippet with only its <mark> highlights rendered; all other text is plain text. */
export function Snippet({ html }: { html: string }) {
  return (
    <>
      {parseSnippet(html).map((part, index) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: parts have no identity besides position
        part.isMatch ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  );
}
