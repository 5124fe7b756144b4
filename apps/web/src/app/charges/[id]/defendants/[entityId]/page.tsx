import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApiErrorState } from "@/components/api-error";
import { CitationsCard, RecordPageActions, StatusCard, ThreadsCard } from "@/components/fact-record";
import type { ChargePageQuery as ChargePageResult } from "@/gql/graphql";
import { attempt } from "@/lib/attempt";
import { chargeHref } from "@/lib/charge-defendants";
import { CHARGE_STATUS_NOTE } from "@/lib/enums";
import { pluralize } from "@/lib/format";
import { pageQuery } from "@/lib/graphql-server";
import { caseHref, entityHref } from "@/lib/links";
import { canEdit } from "@/lib/roles";
import { getViewer } from "@/lib/viewer";
import { ChargePageQuery } from "@/operations/charge";

type Props = { params: Promise<{ id: string; entityId: string }> };
type Charge = Extract<NonNullable<ChargePageResult["node"]>, { __typename: "Charge" }>;

/** The count and the link of one defendant to it; the defendant is named by its entity's id or the link's own id. */
async function load(params: Props["params"]) {
  const raw = await params;
  const id = decodeURIComponent(raw.id);
  const entityId = decodeURIComponent(raw.entityId);
  const result = await attempt(() => pageQuery(ChargePageQuery, { id }));
  if (!result.isOk) return { isOk: false, error: result.error } as const;
  const node = result.data.node;
  if (node?.__typename !== "Charge") notFound();
  const charge = node as Charge;
  const link = charge.defendants.find((d) => d.defendant.id === entityId || d.id === entityId);
  if (!link) notFound();
  return { isOk: true, charge, link } as const;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const raw = await params;
  const result = await attempt(() => pageQuery(ChargePageQuery, { id: decodeURIComponent(raw.id) }));
  const node = result.isOk ? result.data.node : null;
  if (node?.__typename !== "Charge") return { title: "Defendant in a count" };
  const entityId = decodeURIComponent(raw.entityId);
  const link = node.defendants.find((d) => d.defendant.id === entityId || d.id === entityId);
  return { title: link ? `${link.defendant.name} in count ${node.countNumber}` : `Count ${node.countNumber}` };
}

/**
 * One cell of the defendants-by-counts matrix: whether the sources state that this defendant is
 * charged in this count, with the link's status, its quoted passages and the threads about it
 * (the editors' "verify" questions sit on the link or on the count).
 */
export default async function ChargeLinkPage({ params }: Props) {
  const viewer = await getViewer();
  const isEditor = canEdit(viewer);
  const loaded = await load(params);
  if (!loaded.isOk) return <ApiErrorState error={loaded.error} what="this defendant's link to the count" />;
  const { charge, link } = loaded;
  const countThreads = charge.annotations;
  const open = [...link.annotations, ...countThreads].filter((a) => a.status === "OPEN").length;
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li>
            <Link href={caseHref(charge.case.slug)}>{charge.case.shortTitle ?? charge.case.caption}</Link>
          </li>
          <li>
            <Link href={chargeHref(charge.id)}>Count {charge.countNumber}</Link>
          </li>
          <li aria-current="page">{link.defendant.name}</li>
        </ol>
      </nav>
      <div className="page-header">
        <div>
          <p className="eyebrow">Defendant in count {charge.countNumber}</p>
          <h1>
            {link.defendant.name} in count {charge.countNumber}
          </h1>
          <p>
            <Link href={chargeHref(charge.id)}>{charge.title}</Link> <span className="mono">({charge.statute})</span>
          </p>
        </div>
        <RecordPageActions
          historyId={link.id}
          edit={isEditor ? { href: `/charges/${encodeURIComponent(charge.id)}/edit`, label: "Edit count" } : null}
        >
          <Link className="button button-ghost" href={entityHref(link.defendant.id)}>
            Entity page
          </Link>
        </RecordPageActions>
      </div>
      <div className="grid grid-2">
        <div className="stack">
          <StatusCard
            id="link-status"
            testId="link-status"
            heading={<>Is {link.defendant.name} charged in this count?</>}
            status={link.status}
            confidence={link.confidence}
          >
            <p className="muted" style={{ margin: 0 }}>
              This is the status of the link between the defendant and the count, not of the count itself (the count is{" "}
              {charge.status.toLowerCase()}: {CHARGE_STATUS_NOTE.toLowerCase()})
            </p>
          </StatusCard>
          <CitationsCard
            id="link-citations"
            testId="link-citations"
            citations={link.citations}
            emptyTitle="No source cited for this link"
            emptyText={
              <>
                No passage states that {link.defendant.name} is charged in count {charge.countNumber}; treat the link with
                caution.
              </>
            }
          />
        </div>
        <div className="stack">
          <ThreadsCard
            id="link-threads"
            testId="link-threads"
            heading={<>Questions about this link ({link.annotations.length})</>}
            annotations={link.annotations}
            note={open > 0 ? <>{pluralize(open, "open question")} about this defendant's link or the count.</> : null}
            emptyTitle="No thread on this link itself"
            viewer={viewer}
            composerTargetId={isEditor ? link.id : null}
          />
          <ThreadsCard
            id="count-threads"
            testId="count-threads"
            heading={
              <>
                Questions about count {charge.countNumber} ({countThreads.length})
              </>
            }
            annotations={countThreads}
            emptyTitle="No thread on this count"
            viewer={viewer}
            idPrefix="count-annotation-"
          />
        </div>
      </div>
    </>
  );
}
