import type { Metadata } from "next";
import Link from "next/link";
import { ApiErrorState } from "@/components/api-error";
import { EmptyState } from "@/components/states";
import type { QuestionsQuery as QuestionsResult } from "@/gql/graphql";
import { attempt } from "@/lib/attempt";
import { rememberedCaseSlug } from "@/lib/current-case";
import { formatDateTime, humanize, pluralize, predicateLabel } from "@/lib/format";
import { serverQuery } from "@/lib/graphql-server";
import { type ThreadTarget, threadTargetHref } from "@/lib/links";
import { viewerFor } from "@/lib/page-guard";
import { param } from "@/lib/search-params";
import { QuestionsQuery } from "@/operations/annotations";
import { CaseListQuery } from "@/operations/case";

export const metadata: Metadata = { title: "Open questions" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
type Thread = QuestionsResult["annotations"]["edges"][number]["node"];

/** Kinds of record a thread can be about, as the filter offers them. */
const KINDS = [
  ["ENTITY", "Entities"],
  ["CHARGE_DEFENDANT", "Defendants in a count"],
  ["CHARGE", "Counts"],
  ["EVENT", "Events"],
  ["EVENT_PARTICIPANT", "Event participants"],
  ["RELATIONSHIP", "Relationships"],
  ["CASE_ROLE", "Roles in the case"],
  ["SOURCE", "Source passages"],
  ["CASE", "The case"],
] as const;

/** What a thread is about, in words, and the page that shows that record. */
function about(thread: Thread, slug: string): { text: string; href: string } {
  const t = thread.target;
  const href = threadTargetHref(t as ThreadTarget | null, thread.id, slug);
  if (!t) return { text: "a record since deleted", href };
  switch (t.__typename) {
    case "Source":
      return { text: `a passage of ${t.title}`, href };
    case "ChargeDefendant":
      return { text: `${t.defendant.name} in count ${t.charge.countNumber}`, href };
    case "CaseRole":
      return { text: `${t.entity.name} as ${humanize(t.caseRole).toLowerCase()}`, href };
    case "EventParticipant":
      return { text: `${t.entity.name} in “${t.event.title}”`, href };
    case "Relationship":
      return { text: `${t.subject.name} ${predicateLabel(t.predicate)} ${t.object.name}`, href };
    case "Charge":
      return { text: `count ${t.countNumber}: ${t.title}`, href };
    case "Event":
      return { text: `the event “${t.title}”`, href };
    case "Case":
      return { text: t.caption, href };
    default:
      return { text: "name" in t && typeof t.name === "string" ? t.name : humanize(t.__typename), href };
  }
}

/**
 * Open questions: the annotation threads of a case (open by default), filtered by tag and by
 * the kind of record they are about, each with what it asks and a link to that record.
 */
export default async function QuestionsPage({ searchParams }: Props) {
  await viewerFor("VIEWER");
  const query = await searchParams;
  // The chosen case ("" for all cases), else the last case visited, else all cases.
  const chosenCase = Array.isArray(query.case) ? query.case[0] : query.case;
  const slug = chosenCase ?? (await rememberedCaseSlug()) ?? "";
  const status = param(query, "status") === "RESOLVED" ? "RESOLVED" : param(query, "status") === "ALL" ? null : "OPEN";
  const tag = param(query, "tag")?.trim().replace(/^#/, "") || null;
  const kind = KINDS.find(([k]) => k === param(query, "kind"))?.[0] ?? null;
  const after = param(query, "after") || null;
  const result = await attempt(() =>
    Promise.all([
      serverQuery(QuestionsQuery, {
        filter: { caseSlug: slug || null, status, tag, ...(kind ? { targetTypes: [kind] } : {}) },
        first: 100,
        after,
      }),
      serverQuery(CaseListQuery, {}),
    ]),
  );
  if (!result.isOk) return <ApiErrorState error={result.error} what="the open questions" />;
  const [data, cases] = result.data;
  const threads = data.annotations.edges.map((e) => e.node);
  const next = data.annotations.pageInfo;
  const moreHref = `/questions?${new URLSearchParams({
    case: slug,
    ...(status ? { status } : { status: "ALL" }),
    ...(tag ? { tag } : {}),
    ...(kind ? { kind } : {}),
    ...(next.endCursor ? { after: next.endCursor } : {}),
  })}`;
  return (
    <>
      <div className="page-header">
        <div>
          <p className="eyebrow">Case</p>
          <h1>{status === "OPEN" ? "Open questions" : status === "RESOLVED" ? "Resolved questions" : "All questions"}</h1>
          <p>
            Annotation threads editors left on the case’s records: what is still to verify, with a link to the record each one is
            about. {pluralize(data.annotations.totalCount, "thread")} match the case, status, tag
            {kind ? ` and are about ${KINDS.find(([k]) => k === kind)?.[1].toLowerCase()}` : " and kind of record"}.
          </p>
        </div>
      </div>
      <form className="toolbar" method="get" action="/questions" aria-label="Filter the questions">
        <label className="field" htmlFor="questions-case">
          <span>Case</span>
          <select id="questions-case" name="case" className="select" defaultValue={slug}>
            <option value="">All cases</option>
            {cases.cases.edges.map(({ node }) => (
              <option key={node.slug} value={node.slug}>
                {node.shortTitle ?? node.caption}
              </option>
            ))}
          </select>
        </label>
        <label className="field" htmlFor="questions-status">
          <span>Status</span>
          <select id="questions-status" name="status" className="select" defaultValue={status ?? "ALL"}>
            <option value="OPEN">Open</option>
            <option value="RESOLVED">Resolved</option>
            <option value="ALL">Open and resolved</option>
          </select>
        </label>
        <label className="field" htmlFor="questions-kind">
          <span>About</span>
          <select id="questions-kind" name="kind" className="select" defaultValue={kind ?? ""}>
            <option value="">Any record</option>
            {KINDS.map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="field" htmlFor="questions-tag">
          <span>Tag</span>
          <input id="questions-tag" name="tag" className="input" defaultValue={tag ?? ""} placeholder="verify" />
        </label>
        <button type="submit" className="button">
          Show
        </button>
      </form>
      {threads.length === 0 ? (
        <EmptyState title="No questions match" />
      ) : (
        <ol className="list-plain revision-list" data-testid="question-list">
          {threads.map((thread) => {
            const target = about(thread, slug);
            return (
              <li key={thread.id} id={`q-${thread.id}`} className="card revision" data-testid="question">
                <div className="rel-line">
                  <span className={`badge ${thread.status === "OPEN" ? "status-unverified" : "badge-neutral"}`}>
                    {humanize(thread.status)}
                  </span>
                  <span>
                    About <Link href={target.href}>{target.text}</Link>
                  </span>
                  {thread.tags.map((t) => (
                    <Link
                      key={t}
                      className="badge badge-neutral"
                      href={`/questions?${new URLSearchParams({ case: slug, tag: t })}`}
                    >
                      #{t}
                    </Link>
                  ))}
                </div>
                <p style={{ margin: "0.35rem 0", overflowWrap: "anywhere" }}>{thread.body}</p>
                {thread.quote ? <blockquote className="quote">{thread.quote.exact}</blockquote> : null}
                <p className="muted" style={{ margin: 0, fontSize: "0.85rem" }}>
                  {thread.author.name} · <time dateTime={thread.createdAt}>{formatDateTime(thread.createdAt)}</time> ·{" "}
                  {pluralize(thread.replies.length, "reply", "replies")}
                </p>
              </li>
            );
          })}
        </ol>
      )}
      {next.hasNextPage && next.endCursor ? (
        <p>
          <Link className="button" href={moreHref}>
            More questions
          </Link>
        </p>
      ) : null}
    </>
  );
}
