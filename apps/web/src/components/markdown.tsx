import ReactMarkdown from "react-markdown";

/**
 * Renders an annotation body. Raw HTML in the markdown is dropped (no rehype-raw, skipHtml), and
 * react-markdown's default URL transform removes javascript: and other unsafe links.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="markdown">
      <ReactMarkdown skipHtml>{children}</ReactMarkdown>
    </div>
  );
}
