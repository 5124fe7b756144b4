import { type KindField, kindFields } from "@casefile/schema/rules";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { AnnotationThread } from "@/components/annotation-thread";
import { AnnotationComposer } from "@/components/annotations/annotation-composer";
import { ApiErrorState } from "@/components/api-error";
import { CitationItem, MiniCitations } from "@/components/citation";
import { KindLabel } from "@/components/kind-label";
import { LazyCitations } from "@/components/lazy-citations";
import { EmptyState } from "@/components/states";
import { StatusBadge } from "@/components/status-badge";
import type { EntityPageQuery, FactStatus } from "@/gql/graphql";
import { attempt } from "@/lib/attempt";
import { EVENT_KIND_LABELS } from "@/lib/enums";
import { formatDateRange, formatDateTime, formatPartialDate, humanize, pluralize, predicateLabel } from "@/lib/format";
import { pageQuery, serverQuery } from "@/lib/graphql-server";
import { caseHref, entityHref } from "@/lib/links";
import { displayChanges, fieldLabel } from "@/lib/revision-diff";
import { canEdit } from "@/lib/roles";
import { getViewer } from "@/lib/viewer";
import {
  EntityEventsChargesQuery,
  EntityHistoryQuery,
  EntityPageQuery as EntityPageDocument,
  EntityRelationshipsQuery,
} from "@/operations/entity";

type Props = { params: Promise<{ id: string }> };

type EntityNode = Extract<NonNullable<EntityPageQuery["node"]>, { kind: unknown }>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const result = await attempt(() => pageQuery(EntityPageDocument, { id: decodeURIComponent(id) }));
  const node = result.isOk ? result.data.node : null;
  return { title: node && "name" in node ? node.name : "Entity" };
}

const address = (url: string | null | undefined) => (url ? <span className="mono">{url}</span> : null);

/**
 * How the entity page shows each kind field: its label and value (the parent organization under
 * the key "parent"). Which kinds have which fields, in which order, is the shared rule (`kindFields`).
 */
const shownFields: Record<KindField, { key?: string; label: string; value: (entity: EntityNode) => ReactNode }> = {
  rank: { label: "Rank", value: (e) => ("rank" in e ? e.rank : null) },
  position: { label: "Position", value: (e) => ("position" in e ? e.position : null) },
  nationality: { label: "Nationality", value: (e) => ("nationality" in e ? e.nationality : null) },
  birthDate: {
    label: "Born",
    value: (e) => ("birthDate" in e && e.birthDate ? formatPartialDate(e.birthDate, e.birthDatePrecision) : null),
  },
  organizationKind: { label: "Type", value: (e) => ("organizationKind" in e ? humanize(e.organizationKind) : null) },
  country: { label: "Country", value: (e) => ("country" in e ? e.country : null) },
  parentId: {
    key: "parent",
    label: "Part of",
    value: (e) => ("parent" in e && e.parent ? <Link href={entityHref(e.parent.id)}>{e.parent.name}</Link> : null),
  },
  personaKind: { label: "Type", value: (e) => ("personaKind" in e ? humanize(e.personaKind) : null) },
  platform: { label: "Platform", value: (e) => ("platform" in e ? e.platform : null) },
  url: { label: "Address", value: (e) => ("url" in e ? address(e.url) : null) },
  placeKind: { label: "Type", value: (e) => ("placeKind" in e ? humanize(e.placeKind) : null) },
  artifactKind: { label: "Type", value: (e) => ("artifactKind" in e ? humanize(e.artifactKind) : null) },
};

/** The kind-specific fields of an entity, in display order (an organization's units last). */
function typedFields(entity: EntityNode): Array<{ field: string; label: string; value: ReactNode }> {
  const fields: Array<{ field: string; label: string; value: ReactNode }> = [];
  const add = (field: string, label: string, value: ReactNode) => {
    if (value !== null && value !== undefined && value !== "") fields.push({ field, label, value });
  };
  for (const field of kindFields[entity.kind]) {
    const shown = shownFields[field];
    add(shown.key ?? field, shown.label, shown.value(entity));
  }
  if (entity.__typename === "Organization") {
    add(
      "children",
      "Includes",
      entity.children.length > 0 ? (
        <span>
          {entity.children.map((child, i) => (
            <span key={child.id}>
              {i > 0 ? ", " : ""}
              <Link href={entityHref(child.id)}>{child.name}</Link>
            </span>
          ))}
        </span>
      ) : null,
    );
  }
  return fields;
}

type CaseRef = { id: string; slug: string; caption: string; shortTitle?: string | null };

/** Items grouped by their case, in the order each case first appears. */
function groupByCase<T>(items: readonly T[], caseOf: (item: T) => CaseRef): Array<{ theCase: CaseRef; items: T[] }> {
  const groups = new Map<string, { theCase: CaseRef; items: T[] }>();
  for (const item of items) {
    const theCase = caseOf(item);
    const group = groups.get(theCase.id) ?? { theCase, items: [] };
    group.items.push(item);
    groups.set(theCase.id, group);
  }
  return [...groups.values()];
}

/** The heading of one case's part of a section: the case's caption, linking to its overview. */
function CaseHeading({ theCase }: { theCase: CaseRef }) {
  return (
    <h3 className="case-group-heading">
      <Link href={caseHref(theCase.slug)}>{theCase.caption}</Link>
    </h3>
  );
}

function Section({ id, title, count, children }: { id: string; title: string; count?: number; children: ReactNode }) {
  return (
    <section className="card" id={id} aria-labelledby={`${id}-title`}>
      <div className="card-header">
        <h2 id={`${id}-title`}>{title}</h2>
        {count !== undefined ? <span className="muted">{count}</span> : null}
      </div>
      {children}
    </section>
  );
}

/** One revision's changes in words: labelled fields, lists as added/removed, merges as a sentence (never raw JSON). */
function RevisionSummary({
  rev,
}: {
  rev: { action: string; changes: ReadonlyArray<{ field: string; before?: unknown; after?: unknown }> };
}) {
  if (rev.action === "CREATE") {
    return (
      <p className="muted" style={{ fontSize: "0.8rem", margin: 0 }}>
        Created with {pluralize(displayChanges(rev.changes).length, "field")}
      </p>
    );
  }
  const merge = rev.changes.find((c) => c.field === "merge")?.after as
    | { addedAliases?: string[]; moved?: unknown[]; dropped?: unknown[] }
    | undefined;
  const changes = displayChanges(rev.changes);
  const short = (text: string) => (text.length > 120 ? `${text.slice(0, 120)}…` : text);
  return (
    <>
      {merge ? (
        <p className="muted" style={{ fontSize: "0.8rem", margin: "0.25rem 0 0" }}>
          {pluralize(merge.moved?.length ?? 0, "link")} moved here, {pluralize(merge.dropped?.length ?? 0, "duplicate link")}{" "}
          dropped{merge.addedAliases?.length ? `; new aliases: ${merge.addedAliases.join(", ")}` : ""}.
        </p>
      ) : null}
      {rev.action === "MERGE" && !merge ? (
        <p className="muted" style={{ fontSize: "0.8rem", margin: "0.25rem 0 0" }}>
          Merged into another record; its address now opens that record.
        </p>
      ) : null}
      {rev.action === "UNMERGE" ? (
        <p className="muted" style={{ fontSize: "0.8rem", margin: "0.25rem 0 0" }}>
          A merge was undone: the merged record and its links are separate again.
        </p>
      ) : null}
      {changes.length > 0 ? (
        <dl className="diff">
          {changes.map((change) => (
            <FieldRow key={change.field} label={fieldLabel(change.field)}>
              {change.kind === "list" ? (
                <>
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
                </>
              ) : change.kind === "text" ? (
                <span className="muted">{change.summary}</span>
              ) : (
                <>
                  <del>{short(change.before)}</del> → <ins>{short(change.after)}</ins>
                </>
              )}
            </FieldRow>
          ))}
        </dl>
      ) : null}
    </>
  );
}

export default async function EntityPage({ params }: Props) {
  const { id: rawId } = await params;
  const id = decodeURIComponent(rawId);
  const viewer = await getViewer();
  const isEditor = canEdit(viewer);
  const result = await attempt(() =>
    Promise.all([
      pageQuery(EntityPageDocument, { id }),
      serverQuery(EntityRelationshipsQuery, { id }),
      serverQuery(EntityEventsChargesQuery, { id }),
      serverQuery(EntityHistoryQuery, { id }),
    ]),
  );
  if (!result.isOk) return <ApiErrorState error={result.error} what="this entity" />;
  const [core, related, timeline, ownHistory] = result.data;
  const node = core.node;
  if (!node || !("kind" in node)) notFound();
  const entity = node as EntityNode;
  // A merged-away address opens the entity it was merged into: show that entity's history, not the redirect's.
  const historyData = entity.id === id ? ownHistory : await serverQuery(EntityHistoryQuery, { id: entity.id });
  const relatedNode = related.node && "relationships" in related.node ? related.node : null;
  const timelineNode = timeline.node && "events" in timeline.node ? timeline.node : null;
  const history = historyData.history;
  const fieldStatus = new Map(entity.fieldStatuses.map((f) => [f.field, f]));
  const citationsByField = new Map<string, number>();
  for (const c of entity.citations) if (c.field) citationsByField.set(c.field, (citationsByField.get(c.field) ?? 0) + 1);
  const fields = typedFields(entity);
  const relationships = relatedNode?.relationships.edges.map((e) => e.node) ?? [];
  const events = timelineNode?.events.edges ?? [];
  const charges = timelineNode?.charges ?? [];
  const openAnnotations = entity.annotations.filter((a) => a.status === "OPEN").length;
  const enc = encodeURIComponent(entity.id);

  const fieldBadge = (field: string) => {
    const own = fieldStatus.get(field);
    const status: FactStatus = own?.status ?? entity.status;
    const cites = citationsByField.get(field);
    return (
      <>
        <StatusBadge status={status} confidence={own?.confidence ?? entity.confidence} />
        {cites ? (
          <a href="#citations" className="muted" style={{ fontSize: "0.8rem" }}>
            {pluralize(cites, "citation")}
          </a>
        ) : null}
      </>
    );
  };

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li>
            <Link href="/entities">Entities</Link>
          </li>
          <li aria-current="page">{entity.name}</li>
        </ol>
      </nav>
      <div className="page-header">
        <div>
          <div className="entity-title">
            <h1>{entity.name}</h1>
            <StatusBadge status={entity.status} confidence={entity.confidence} />
            {entity.citations.length === 0 ? (
              <span
                className="badge status-unverified"
                data-testid="uncited-badge"
                title="No source is cited for this record yet: its status is an editor's claim, not backed by a citation."
              >
                Uncited
              </span>
            ) : null}
            <KindLabel kind={entity.kind} />
          </div>
          <p>
            Confidence {entity.confidence}/100 · version {entity.version} · updated {formatDateTime(entity.updatedAt)}
          </p>
        </div>
        {isEditor ? (
          <div className="page-actions" data-testid="edit-controls">
            <Link className="button button-primary" href={`/entities/${enc}/edit`}>
              Edit
            </Link>
            <Link className="button" href={`/relationships/new?subject=${enc}`}>
              Add relationship
            </Link>
            <Link className="button" href={`/case-roles/new?entity=${enc}`}>
              Add to case
            </Link>
            <Link className="button" href={`/entities/${enc}/merge`}>
              Merge duplicate
            </Link>
          </div>
        ) : null}
      </div>
      <nav aria-label="On this page" className="section-nav">
        {[
          ["overview", "Overview"],
          ["relationships", `Relationships (${relationships.length})`],
          ["events", `Events (${events.length})`],
          ["charges", `Charges (${charges.length})`],
          ["citations", `Citations (${entity.citations.length})`],
          ["annotations", `Annotations (${entity.annotations.length})`],
          ["history", "History"],
        ].map(([anchor, label]) => (
          <a key={anchor} href={`#${anchor}`} className="button button-small">
            {label}
          </a>
        ))}
      </nav>

      <div className="entity-layout">
        <div className="stack">
          <Section id="overview" title="Overview">
            {entity.description ? <p>{entity.description}</p> : <p className="muted">No description.</p>}
            <dl className="dl">
              <dt>Kind</dt>
              <dd>
                <KindLabel kind={entity.kind} />
              </dd>
              <dt>Name</dt>
              <dd>
                {entity.name} {fieldBadge("name")}
              </dd>
              {fields.map((f) => (
                <FieldRow key={f.field} label={f.label}>
                  {f.value} {fieldBadge(f.field)}
                </FieldRow>
              ))}
              <dt>Aliases</dt>
              <dd>
                {entity.aliases.length === 0 ? (
                  <span className="muted">none recorded</span>
                ) : (
                  <>
                    <ul className="alias-list" aria-label="Aliases">
                      {entity.aliases.map((alias) => (
                        <li key={alias} className="badge badge-neutral">
                          {alias}
                        </li>
                      ))}
                    </ul>
                    {fieldBadge("aliases")}
                  </>
                )}
              </dd>
            </dl>
          </Section>

          <Section id="relationships" title="Relationships" count={relationships.length}>
            {relationships.length === 0 ? (
              <EmptyState title="No relationships recorded" />
            ) : (
              <ul className="list-plain rel-list">
                {relationships.map((rel) => {
                  const isIncoming = rel.subject.id !== entity.id;
                  const other = isIncoming ? rel.subject : rel.object;
                  const dates = formatDateRange(rel.startDate, rel.startDatePrecision, rel.endDate, rel.endDatePrecision);
                  return (
                    <li key={rel.id}>
                      <div className="rel-line">
                        <span aria-hidden="true">{isIncoming ? "←" : "→"}</span>
                        <span className="rel-predicate">{predicateLabel(rel.predicate, isIncoming)}</span>
                        <Link href={entityHref(other.id)} style={{ fontWeight: 600 }}>
                          {other.name}
                        </Link>
                        <KindLabel kind={other.kind} />
                        <StatusBadge status={rel.status} confidence={rel.confidence} />
                        {dates ? (
                          <span className="muted" style={{ fontSize: "0.82rem" }}>
                            {dates}
                          </span>
                        ) : null}
                      </div>
                      {rel.description ? (
                        <p className="muted" style={{ margin: "0.2rem 0 0", fontSize: "0.86rem" }}>
                          {rel.description}
                        </p>
                      ) : null}
                      <LazyCitations factId={rel.id} />
                      {isEditor ? (
                        <Link className="button button-small" href={`/relationships/${encodeURIComponent(rel.id)}/edit`}>
                          Edit<span className="visually-hidden"> relationship with {other.name}</span>
                        </Link>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            )}
          </Section>

          <Section id="events" title="Events" count={events.length}>
            {events.length === 0 ? (
              <EmptyState title="Takes part in no recorded event" />
            ) : (
              groupByCase(events, (e) => e.node.case).map(({ theCase, items }) => (
                <div key={theCase.id} className="case-group" data-testid="entity-case-group">
                  <CaseHeading theCase={theCase} />
                  <ol className="list-plain event-list">
                    {items.map(({ node: event, roles }) => (
                      <li key={event.id} className="rel-line">
                        <time className="nowrap" style={{ minWidth: "8rem", fontVariantNumeric: "tabular-nums" }}>
                          {formatDateRange(event.date, event.datePrecision, event.endDate, event.endDatePrecision, {
                            isOpenEnded: false,
                          }) ?? formatPartialDate(event.date, event.datePrecision)}
                        </time>
                        <Link
                          href={`/cases/${encodeURIComponent(event.case.slug)}/timeline?event=${encodeURIComponent(event.id)}`}
                        >
                          {event.title}
                        </Link>
                        <span className="badge badge-neutral">{EVENT_KIND_LABELS[event.kind]}</span>
                        <span className="muted" style={{ fontSize: "0.82rem" }}>
                          {roles.map((r) => humanize(r)).join(", ")}
                        </span>
                        <StatusBadge status={event.status} />
                      </li>
                    ))}
                  </ol>
                </div>
              ))
            )}
          </Section>

          <Section id="charges" title="Charges" count={charges.length}>
            {charges.length === 0 ? (
              <EmptyState title="Not charged in any recorded count" />
            ) : (
              groupByCase(charges, (c) => c.charge.case).map(({ theCase, items }) => (
                <div key={theCase.id} className="case-group">
                  <CaseHeading theCase={theCase} />
                  <ul className="list-plain rel-list">
                    {[...items]
                      .sort((a, b) => a.charge.countNumber - b.charge.countNumber)
                      .map((link) => (
                        <li key={link.id}>
                          <div className="rel-line">
                            <span className="badge badge-neutral">Count {link.charge.countNumber}</span>
                            <span style={{ fontWeight: 600 }}>{link.charge.title}</span>
                            <span className="muted mono" style={{ fontSize: "0.8rem" }}>
                              {link.charge.statute}
                            </span>
                          </div>
                          <div className="rel-line" style={{ marginTop: "0.25rem", fontSize: "0.86rem" }}>
                            <span className="muted">Charged in this count:</span>
                            <StatusBadge status={link.status} confidence={link.confidence} />
                          </div>
                          <MiniCitations citations={link.citations} />
                        </li>
                      ))}
                  </ul>
                </div>
              ))
            )}
          </Section>

          <Section id="citations" title="Citations" count={entity.citations.length}>
            {entity.citations.length === 0 ? (
              <EmptyState title="No citation for this entity">
                Facts without a citation should be treated with caution.
              </EmptyState>
            ) : (
              <ul className="list-plain citation-list">
                {entity.citations.map((c) => (
                  <li key={c.id}>
                    <CitationItem citation={c} />
                  </li>
                ))}
              </ul>
            )}
          </Section>

          <Section id="annotations" title="Annotations" count={entity.annotations.length}>
            {entity.annotations.length === 0 ? (
              <EmptyState title="No annotations" />
            ) : (
              <>
                {openAnnotations > 0 ? (
                  <p className="note">{pluralize(openAnnotations, "open question")} from editors about this record.</p>
                ) : null}
                {entity.annotations.map((a) => (
                  <AnnotationThread key={a.id} annotation={a} viewer={viewer} />
                ))}
              </>
            )}
            {isEditor ? (
              <details className="add-annotation">
                <summary className="button button-small">Add an annotation</summary>
                <AnnotationComposer targetId={entity.id} />
              </details>
            ) : null}
          </Section>
        </div>

        <div className="stack">
          <Section id="cases" title="Cases and roles" count={entity.cases.length}>
            {entity.cases.length === 0 ? (
              <EmptyState title="In no case" />
            ) : (
              groupByCase(entity.cases, (r) => r.case).map(({ theCase, items }) => (
                <div key={theCase.id} className="case-group">
                  <CaseHeading theCase={theCase} />
                  <ul className="list-plain rel-list">
                    {items.map((role) => (
                      <li key={role.id}>
                        <div className="rel-line">
                          <span className="badge badge-neutral">{humanize(role.role)}</span>
                          <StatusBadge status={role.status} confidence={role.confidence} />
                        </div>
                        {role.description ? (
                          <p className="muted" style={{ fontSize: "0.85rem", margin: "0.2rem 0 0" }}>
                            {role.description}
                          </p>
                        ) : null}
                        <MiniCitations citations={role.citations} />
                        {isEditor ? (
                          <Link className="button button-small" href={`/case-roles/${encodeURIComponent(role.id)}/edit`}>
                            Edit role<span className="visually-hidden"> in {role.case.caption}</span>
                          </Link>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </div>
              ))
            )}
          </Section>

          <Section id="history" title="History" count={history.totalCount}>
            <p style={{ margin: "0 0 0.5rem" }}>
              <Link href={`/history/${enc}`}>Full history with differences{isEditor ? " and restore" : ""}</Link>
            </p>
            {history.edges.length === 0 ? (
              <EmptyState title="No revisions" />
            ) : (
              <ol className="list-plain history-list">
                {history.edges.map(({ node: rev }) => (
                  <li key={rev.id}>
                    <div className="rel-line">
                      <span className="badge badge-neutral">v{rev.version}</span>
                      <strong>{humanize(rev.action)}</strong>
                      <span className="muted">by {rev.actor?.name ?? "system"}</span>
                    </div>
                    <time className="muted" dateTime={rev.createdAt} style={{ fontSize: "0.8rem" }}>
                      {formatDateTime(rev.createdAt)}
                    </time>
                    <RevisionSummary rev={rev} />
                  </li>
                ))}
              </ol>
            )}
          </Section>
        </div>
      </div>
    </>
  );
}

function FieldRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}
