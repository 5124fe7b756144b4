import { fromGlobalId } from "@casefile/schema/ids";
import type { Metadata } from "next";
import Link from "next/link";
import { ApiErrorState } from "@/components/api-error";
import { RevisionActions } from "@/components/history/revision-actions";
import { EmptyState } from "@/components/states";
import type { RecordHistoryQuery } from "@/gql/graphql";
import { attempt } from "@/lib/attempt";
import { formatDateTime, humanize, pluralize, predicateLabel } from "@/lib/format";
import { serverQuery } from "@/lib/graphql-server";
import { caseHref, entityHref, sourceHref } from "@/lib/links";
import { viewerFor } from "@/lib/page-guard";
import { displayChanges, fieldLabel } from "@/lib/revision-diff";
import { canEdit } from "@/lib/roles";
import { param } from "@/lib/search-params";
import { RecordHistoryQuery as RecordHistoryDocument } from "@/operations/history";

export const metadata: Metadata = { title: "History" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
type Revision = RecordHistoryQuery["history"]["edges"][number]["node"];
type RecordNode = NonNullable<RecordHistoryQuery["node"]>;

/** What the record is, in words, with a link to where it is shown. */
function describeRecord(node: RecordNode | null): { title: string; href: string | null } {
  if (!node) return { title: "A deleted record", href: null };
  switch (node.__typename) {
    case "Person":
    case "Organization":
    case "OnlinePersona":
    case "Place":
    case "Artifact":
      return { title: node.name, href: entityHref(node.id) };
    case "Relationship":
      return {
        title: `${node.subject.name} ${predicateLabel(node.predicate)} ${node.object.name}`,
        href: `/relationships/${encodeURIComponent(node.id)}/edit`,
      };
    case "Event":
      return { title: node.title, href: `/events/${encodeURIComponent(node.id)}/edit` };
    case "Charge":
      return { title: `Count ${node.countNumber}: ${node.title}`, href: `/charges/${encodeURIComponent(node.id)}/edit` };
    case "Source":
      return { title: node.title, href: sourceHref(node.id) };
    case "Case":
      return { title: node.caption, href: caseHref(node.slug) };
    case "Citation":
      return {
        title: `Citation of ${node.source.title}`,
        href: `${sourceHref(node.source.id)}#c-${encodeURIComponent(node.id)}`,
      };
    case "CaseRole":
      return { title: `${node.entity.name} as ${humanize(node.role).toLowerCase()}`, href: entityHref(node.entity.id) };
    default:
      return { title: humanize(node.__typename), href: null };
  }
}

/** MERGE revisions already undone: each UNMERGE names the local id of the merge it undid. */
function undoneMerges(revisions: readonly Revision[]): Set<string> {
  const undone = new Set<string>();
  for (const rev of revisions) {
    if (rev.action !== "UNMERGE") continue;
    const info = rev.changes.find((c) => c.field === "unmerge")?.after as { mergeRevisionId?: number | string } | undefined;
    if (info?.mergeRevisionId !== undefined) undone.add(String(info.mergeRevisionId));
  }
  return undone;
}

function MergeSummary({ rev }: { rev: Revision }) {
  const info = rev.changes.find((c) => c.field === "merge")?.after as
    | { addedAliases?: string[]; moved?: unknown[]; dropped?: unknown[] }
    | undefined;
  if (!info)
    return (
      <p className="muted" style={{ margin: "0.25rem 0 0", fontSize: "0.85rem" }}>
        Merged into another record; this address now opens that record.
      </p>
    );
  return (
    <p className="muted" style={{ margin: "0.25rem 0 0", fontSize: "0.85rem" }}>
      {pluralize(info.moved?.length ?? 0, "link")} moved, {pluralize(info.dropped?.length ?? 0, "duplicate link")} dropped
      {info.addedAliases?.length ? `; new aliases: ${info.addedAliases.join(", ")}` : ""}.
    </p>
  );
}

export default async function HistoryPage({ params, searchParams }: Props) {
  const { viewer } = await viewerFor("VIEWER");
  const id = decodeURIComponent((await params).id);
  const isDeletedNotice = param(await searchParams, "deleted") === "1";
  const result = await attempt(() => serverQuery(RecordHistoryDocument, { id }));
  if (!result.isOk) return <ApiErrorState error={result.error} what="this history" />;
  const revisions = result.data.history.edges.map((e) => e.node);
  const node = result.data.node;
  const isMergedAway = node !== null && node.id !== id;
  const survivor = isMergedAway ? describeRecord(node) : null;
  // A merged-away record resolves to the one it was merged into: its own name is in its revisions.
  const ownName = revisions.flatMap((r) => r.changes).find((c) => c.field === "name" && typeof c.after === "string")?.after as
    | string
    | undefined;
  const record = survivor
    ? { title: `${ownName ?? "A record"} (merged into ${survivor.title})`, href: survivor.href }
    : node === null && ownName
      ? { title: `${ownName} (deleted)`, href: null }
      : describeRecord(node);
  const latest = revisions[0];
  const isDeleted = latest?.action === "DELETE";
  const undone = undoneMerges(revisions);
  const isEditor = canEdit(viewer);

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li>{record.href ? <Link href={record.href}>{record.title}</Link> : record.title}</li>
          <li aria-current="page">History</li>
        </ol>
      </nav>
      <div className="page-header">
        <div>
          <h1>{survivor || record.href || ownName ? `History of ${record.title}` : "History"}</h1>
          <p>
            {pluralize(result.data.history.totalCount, "revision")}, newest first. Every change names who made it and which fields
            it changed; restoring a version adds a revision and erases nothing.
          </p>
        </div>
      </div>
      {isDeleted ? (
        <p className={isDeletedNotice ? "form-notice" : "note"} role="status">
          {isDeletedNotice ? "Deleted. " : "This record was deleted. "}
          {isEditor ? "“Restore this version” on the deletion below brings it back with what the delete took with it." : null}
        </p>
      ) : null}
      {isMergedAway && node && "name" in node ? (
        <p className="note">
          This entity was merged into <Link href={entityHref(node.id)}>{node.name}</Link>. To undo the merge, use “Undo this
          merge” in <Link href={`/history/${encodeURIComponent(node.id)}`}>its history</Link>.
        </p>
      ) : null}
      {revisions.length === 0 ? (
        <EmptyState title="No revisions recorded" />
      ) : (
        <ol className="list-plain revision-list" data-testid="revision-list">
          {revisions.map((rev, index) => {
            const changes = displayChanges(rev.changes);
            const localId = fromGlobalId(rev.id)?.id;
            const canRestore =
              isEditor &&
              latest !== undefined &&
              rev.action !== "MERGE" &&
              rev.action !== "UNMERGE" &&
              (index > 0 || rev.action === "DELETE") &&
              !isMergedAway;
            const canUnmerge = isEditor && rev.action === "MERGE" && !isMergedAway && !(localId && undone.has(localId));
            return (
              <li key={rev.id} className="card revision" data-testid="revision" data-action={rev.action}>
                <div className="rel-line">
                  <span className="badge badge-neutral">v{rev.version}</span>
                  <strong>{humanize(rev.action)}</strong>
                  <span className="muted">by {rev.actor?.name ?? "the importer"}</span>
                  <time className="muted" dateTime={rev.createdAt}>
                    {formatDateTime(rev.createdAt)}
                  </time>
                  {index === 0 && !isDeleted ? <span className="badge status-confirmed">current</span> : null}
                  {rev.action === "MERGE" && localId && undone.has(localId) ? (
                    <span className="badge badge-neutral">undone</span>
                  ) : null}
                </div>
                {rev.action === "MERGE" ? <MergeSummary rev={rev} /> : null}
                {rev.action === "CREATE" ? (
                  <details className="revision-created">
                    <summary>Created with {pluralize(changes.length, "field")}</summary>
                    <dl className="diff">
                      {changes.map((c) => (
                        <FieldDiff key={c.field} change={c} isCreate />
                      ))}
                    </dl>
                  </details>
                ) : changes.length > 0 ? (
                  <dl className="diff" aria-label={`Changes in version ${rev.version}`}>
                    {changes.map((c) => (
                      <FieldDiff key={c.field} change={c} />
                    ))}
                  </dl>
                ) : null}
                {canRestore && latest ? (
                  <RevisionActions revisionId={rev.id} version={rev.version} latestVersion={latest.version} action="restore" />
                ) : null}
                {/* Kept mounted once undone, so its confirmation survives the refresh that marks the merge undone. */}
                {isEditor && rev.action === "MERGE" && !isMergedAway && latest ? (
                  <RevisionActions
                    revisionId={rev.id}
                    version={rev.version}
                    latestVersion={latest.version}
                    action="unmerge"
                    isDone={!canUnmerge}
                  />
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}

function FieldDiff({ change, isCreate = false }: { change: ReturnType<typeof displayChanges>[number]; isCreate?: boolean }) {
  const label = fieldLabel(change.field);
  if (change.kind === "list") {
    return (
      <>
        <dt>{label}</dt>
        <dd>
          {change.added.map((a) => (
            <ins key={`+${a}`} className="diff-item">
              + {a}
            </ins>
          ))}
          {change.removed.map((r) => (
            <del key={`-${r}`} className="diff-item">
              − {r}
            </del>
          ))}
          {change.added.length === 0 && change.removed.length === 0 ? <span className="muted">reordered</span> : null}
        </dd>
      </>
    );
  }
  if (change.kind === "text") {
    return (
      <>
        <dt>{label}</dt>
        <dd>
          <details>
            <summary>{change.summary}</summary>
            <div className="diff-text">
              {isCreate ? null : <del>{change.before}</del>}
              <ins>{change.after}</ins>
            </div>
          </details>
        </dd>
      </>
    );
  }
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {isCreate ? null : change.before === "—" ? (
          <span className="muted">(empty) → </span>
        ) : (
          <>
            <del>{change.before}</del> →{" "}
          </>
        )}
        <ins>{change.after}</ins>
      </dd>
    </>
  );
}
