import type { AnnotationThreadFragment } from "@/gql/graphql";
import { formatDateTime, humanize } from "@/lib/format";
import type { Viewer } from "@/lib/viewer";
import { ReplyActions, ThreadActions } from "./annotations/thread-actions";
import { Markdown } from "./markdown";

export function AnnotationThread({
  annotation,
  idPrefix = "annotation-",
  viewer = null,
  showQuote = true,
}: {
  annotation: AnnotationThreadFragment;
  idPrefix?: string;
  viewer?: Viewer | null;
  showQuote?: boolean;
}) {
  return (
    <article
      className="thread"
      id={`${idPrefix}${annotation.id}`}
      aria-label={`Annotation by ${annotation.author.name}`}
      data-testid="annotation-thread"
      data-status={annotation.status}
    >
      <div className="thread-meta">
        <span
          className={`badge ${annotation.status === "OPEN" ? "status-alleged" : "badge-neutral"}`}
          data-testid="thread-status"
        >
          {humanize(annotation.status)}
        </span>
        <strong style={{ color: "var(--text)" }}>{annotation.author.name}</strong>
        <time dateTime={annotation.createdAt}>{formatDateTime(annotation.createdAt)}</time>
        {annotation.tags.map((tag) => (
          <span key={tag} className="badge badge-neutral">
            #{tag}
          </span>
        ))}
        {annotation.isOrphaned ? <span className="badge status-disputed">passage lost after edit</span> : null}
      </div>
      {showQuote && annotation.quote ? <blockquote className="quote">{annotation.quote.exact}</blockquote> : null}
      <Markdown>{annotation.body}</Markdown>
      {annotation.status === "RESOLVED" && annotation.resolvedBy ? (
        <p className="muted thread-resolved">Resolved by {annotation.resolvedBy.name}</p>
      ) : null}
      {annotation.replies.length > 0 ? (
        <ol className="list-plain thread-replies" aria-label="Replies">
          {annotation.replies.map((reply) => (
            <li key={reply.id} style={{ marginBottom: "0.5rem" }} data-testid="annotation-reply">
              <div className="thread-meta">
                <strong style={{ color: "var(--text)" }}>{reply.author.name}</strong>
                <time dateTime={reply.createdAt}>{formatDateTime(reply.createdAt)}</time>
                <ReplyActions reply={reply} viewer={viewer} />
              </div>
              <Markdown>{reply.body}</Markdown>
            </li>
          ))}
        </ol>
      ) : null}
      <ThreadActions annotation={annotation} viewer={viewer} />
    </article>
  );
}
