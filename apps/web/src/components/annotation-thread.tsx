import type { AnnotationThreadFragment } from "@/gql/graphql";
import { formatDateTime, humanize } from "@/lib/format";
import { Markdown } from "./markdown";

export function AnnotationThread({
  annotation,
  idPrefix = "annotation-",
}: {
  annotation: AnnotationThreadFragment;
  idPrefix?: string;
}) {
  return (
    <article className="thread" id={`${idPrefix}${annotation.id}`} aria-label={`Annotation by ${annotation.author.name}`}>
      <div className="thread-meta">
        <span className={`badge ${annotation.status === "OPEN" ? "status-alleged" : "badge-neutral"}`}>
          {humanize(annotation.status)}
        </span>
        <strong style={{ color: "var(--text)" }}>{annotation.author.name}</strong>
        <time dateTime={annotation.createdAt}>{formatDateTime(annotation.createdAt)}</time>
        {annotation.tags.map((tag) => (
          <span key={tag} className="badge badge-neutral">
            #{tag}
          </span>
        ))}
      </div>
      {annotation.quote ? <blockquote className="quote">{annotation.quote.exact}</blockquote> : null}
      <Markdown>{annotation.body}</Markdown>
      {annotation.replies.length > 0 ? (
        <ol className="list-plain thread-replies" aria-label="Replies">
          {annotation.replies.map((reply) => (
            <li key={reply.id} style={{ marginBottom: "0.5rem" }}>
              <div className="thread-meta">
                <strong style={{ color: "var(--text)" }}>{reply.author.name}</strong>
                <time dateTime={reply.createdAt}>{formatDateTime(reply.createdAt)}</time>
              </div>
              <Markdown>{reply.body}</Markdown>
            </li>
          ))}
        </ol>
      ) : null}
    </article>
  );
}
