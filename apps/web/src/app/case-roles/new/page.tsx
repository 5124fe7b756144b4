import type { Metadata } from "next";
import Link from "next/link";
import { ApiErrorState } from "@/components/api-error";
import { EditPageHeader } from "@/components/edit-page";
import { CaseRoleForm } from "@/components/editors/link-forms";
import type { EntityRef } from "@/components/forms/entity-picker";
import { EmptyState, NeedsRole } from "@/components/states";
import type { EntityKind } from "@/gql/graphql";
import { attempt } from "@/lib/attempt";
import { rememberedCaseSlug } from "@/lib/current-case";
import { serverQuery } from "@/lib/graphql-server";
import { entityHref } from "@/lib/links";
import { viewerFor } from "@/lib/page-guard";
import { param } from "@/lib/search-params";
import { CaseListQuery } from "@/operations/case";
import { EntityForEditQuery } from "@/operations/entity-edit";
import { CaseHeaderQuery } from "@/operations/timeline";

export const metadata: Metadata = { title: "Add to a case" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * "Add to case" from an entity page: the case is chosen here, never assumed. The picker lists every
 * case and starts on the one asked for (`?case=`), else the last case visited, else the first; the
 * role form below adds the entity to the case shown in the picker.
 */
export default async function AddToCasePage({ searchParams }: Props) {
  const { isAllowed } = await viewerFor("EDITOR");
  if (!isAllowed) return <NeedsRole requiredRole="EDITOR" what="Adding an entity to a case" />;
  const query = await searchParams;
  const entityId = param(query, "entity") ?? null;
  const result = await attempt(() => serverQuery(CaseListQuery, {}));
  if (!result.isOk) return <ApiErrorState error={result.error} what="the list of cases" />;
  const cases = result.data.cases.edges.map((e) => e.node);
  let entity: EntityRef | null = null;
  if (entityId) {
    const found = await attempt(() => serverQuery(EntityForEditQuery, { id: entityId }));
    const node = found.isOk ? found.data.node : null;
    if (node && "name" in node) entity = { id: node.id, name: node.name, kind: node.kind as EntityKind };
  }
  const asked = param(query, "case") ?? (await rememberedCaseSlug());
  const chosen = cases.find((c) => c.slug === asked) ?? cases[0];
  const header = chosen ? await attempt(() => serverQuery(CaseHeaderQuery, { slug: chosen.slug })) : null;
  const theCase = header?.isOk ? header.data.case : null;
  const title = entity ? `Add ${entity.name} to a case` : "Add to a case";
  return (
    <>
      <EditPageHeader
        crumbs={
          entity
            ? [{ href: entityHref(entity.id), label: entity.name }, { label: "Add to a case" }]
            : [{ label: "Add to a case" }]
        }
        title={title}
      >
        The part the entity plays in a case: defendant, victim, target, prosecutor, judge, official or other. Choose the case
        first.
      </EditPageHeader>
      {cases.length === 0 ? (
        <EmptyState title="No case to add to">
          <Link href="/cases/new">Add a case</Link> first.
        </EmptyState>
      ) : (
        <>
          <form className="toolbar" method="get" action="/case-roles/new" aria-label="Choose the case" data-testid="case-picker">
            {entity ? <input type="hidden" name="entity" value={entity.id} /> : null}
            <label className="field" htmlFor="add-to-case">
              <span>Case</span>
              <select id="add-to-case" name="case" className="select" defaultValue={chosen?.slug}>
                {cases.map((c) => (
                  <option key={c.slug} value={c.slug}>
                    {c.caption}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="button">
              Use this case
            </button>
          </form>
          {theCase ? (
            <section aria-labelledby="add-to-case-title">
              <h2 id="add-to-case-title">Role in {theCase.shortTitle ?? theCase.caption}</h2>
              <CaseRoleForm key={theCase.id} caseId={theCase.id} caseSlug={theCase.slug} entity={entity} />
            </section>
          ) : null}
        </>
      )}
    </>
  );
}
