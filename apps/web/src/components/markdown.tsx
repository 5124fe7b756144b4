import ReactMarkdown from "react-markdown";

type MdNode = { type: string; value?: string; children?: MdNode[] };

/** Raw HTML in a body becomes plain text: `<img onerror=…>` is shown as typed, never parsed or run. */
function htmlAsText() {
  const visit = (node: MdNode) => {
    if (node.type === "html") node.type = "text";
    node.children?.forEach(visit);
  };
  return (tree: MdNode) => visit(tree);
}

/**
 * Renders an annotation body (user input). Raw HTML is shown as text (never rendered), no
 * rehype-raw, and react-markdown's default URL transform removes javascript: and other unsafe links.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="markdown">
      <ReactMarkdown remarkPlugins={[htmlAsText]}>{children}</ReactMarkdown>
    </div>
  );
}
