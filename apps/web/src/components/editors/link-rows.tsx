"use client";

import { DEFAULT_FACT_STATUS } from "@casefile/schema/rules";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useConfirm } from "@/components/confirm-dialog";
import { KindLabel } from "@/components/kind-label";
import { StatusBadge } from "@/components/status-badge";
import type { EntityKind, FactStatus } from "@/gql/graphql";
import { describeFailure, type FieldErrors } from "@/lib/form";
import { humanize } from "@/lib/format";
import { clientQuery } from "@/lib/graphql-client";
import { entityHref } from "@/lib/links";
import {
  AddChargeDefendantMutation,
  AddEventParticipantMutation,
  RemoveChargeDefendantMutation,
  RemoveEventParticipantMutation,
} from "@/operations/links-edit";
import { EntityPicker, type EntityRef } from "../forms/entity-picker";
import { factStatuses, participantRoles } from "./options";

export type LinkRow = { key: number; entity: EntityRef | null; role: string; status: string };

/** Rows without an entity, keyed as the API would report them (`participants[0].entityId`). */
export function linkRowErrors(rows: readonly LinkRow[], name: string): FieldErrors | undefined {
  const errors: FieldErrors = {};
  rows.forEach((row, i) => {
    if (!row.entity) errors[`${name}[${i}].entityId`] = `row ${i + 1}: choose an entity, or remove the row`;
  });
  return Object.keys(errors).length ? errors : undefined;
}

let nextKey = 1;

/** Entities to link in a new record (participants of an event, defendants of a count), each with a role and a status. */
export function LinkRows({
  title,
  rows,
  onChange,
  roles,
  entityLabel,
}: {
  title: string;
  rows: LinkRow[];
  onChange: (rows: LinkRow[]) => void;
  roles?: readonly string[];
  entityLabel: string;
}) {
  const id = useId();
  const update = (key: number, patch: Partial<LinkRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <fieldset className="link-rows">
      <legend className="field-label">{title}</legend>
      {rows.length === 0 ? <p className="muted">None yet.</p> : null}
      {rows.map((row, index) => (
        <div className="link-row" key={row.key} data-testid="link-row">
          <div className="form-field">
            <label className="field-label" htmlFor={`${id}-${row.key}-entity`}>
              {entityLabel} {index + 1}
            </label>
            <EntityPicker id={`${id}-${row.key}-entity`} value={row.entity} onChange={(entity) => update(row.key, { entity })} />
          </div>
          {roles ? (
            <div className="form-field">
              <label className="field-label" htmlFor={`${id}-${row.key}-role`}>
                Role
              </label>
              <select
                id={`${id}-${row.key}-role`}
                className="select"
                value={row.role}
                onChange={(e) => update(row.key, { role: e.target.value })}
              >
                {roles.map((r) => (
                  <option key={r} value={r}>
                    {humanize(r)}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <div className="form-field">
            <label className="field-label" htmlFor={`${id}-${row.key}-status`}>
              Status
            </label>
            <select
              id={`${id}-${row.key}-status`}
              className="select"
              value={row.status}
              onChange={(e) => update(row.key, { status: e.target.value })}
            >
              <option value="">{`(default: ${DEFAULT_FACT_STATUS.toLowerCase()})`}</option>
              {factStatuses.map((s) => (
                <option key={s} value={s}>
                  {humanize(s)}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button button-small" onClick={() => onChange(rows.filter((r) => r.key !== row.key))}>
            Remove<span className="visually-hidden"> row {index + 1}</span>
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button-small"
        onClick={() => onChange([...rows, { key: nextKey++, entity: null, role: roles?.[0] ?? "", status: "" }])}
      >
        Add {entityLabel.toLowerCase()}
      </button>
    </fieldset>
  );
}

type Linked = {
  id: string;
  version: number;
  status: FactStatus;
  role?: string;
  entity: { id: string; name: string; kind: EntityKind };
};

/**
 * The entities linked to a saved event or count, changed one link at a time (each link is its
 * own record with its own status, citations and history).
 */
export function LinkedEntitiesEditor({
  mode,
  parentId,
  links,
}: {
  mode: "participants" | "defendants";
  parentId: string;
  links: readonly Linked[];
}) {
  const router = useRouter();
  const id = useId();
  const [entity, setEntity] = useState<EntityRef | null>(null);
  const [role, setRole] = useState<string>(participantRoles[0]);
  const { confirm, dialog } = useConfirm();
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const noun = mode === "participants" ? "participant" : "defendant";

  const run = async (work: () => Promise<unknown>) => {
    setIsBusy(true);
    setError(null);
    try {
      await work();
      setEntity(null);
      router.refresh();
    } catch (caught) {
      setError(describeFailure(caught));
    } finally {
      setIsBusy(false);
    }
  };

  const onAdd = () => {
    if (!entity) {
      setError(`Choose the ${noun} to add.`);
      return;
    }
    void run(() =>
      mode === "participants"
        ? clientQuery(AddEventParticipantMutation, { input: { eventId: parentId, entityId: entity.id, role: role as never } })
        : clientQuery(AddChargeDefendantMutation, { input: { chargeId: parentId, entityId: entity.id } }),
    );
  };

  const onRemove = async (link: Linked) => {
    const isSure = await confirm({
      title: `Remove ${link.entity.name}?`,
      message: "The link is removed. It can be restored from the history.",
      confirmLabel: `Remove ${link.entity.name}`,
      isDanger: true,
    });
    if (!isSure) return;
    const input = { id: link.id, version: link.version };
    void run(() =>
      mode === "participants"
        ? clientQuery(RemoveEventParticipantMutation, { input })
        : clientQuery(RemoveChargeDefendantMutation, { input }),
    );
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      {dialog}
      <h2 id={`${id}-title`}>{mode === "participants" ? "Participants" : "Defendants charged in this count"}</h2>
      {links.length === 0 ? <p className="muted">No {noun}s yet.</p> : null}
      <ul className="list-plain rel-list">
        {links.map((link) => (
          <li key={link.id} className="rel-line">
            <KindLabel kind={link.entity.kind} />
            <a href={entityHref(link.entity.id)}>{link.entity.name}</a>
            {link.role ? <span className="badge badge-neutral">{humanize(link.role)}</span> : null}
            <StatusBadge status={link.status} />
            <a className="button button-small" href={`/history/${encodeURIComponent(link.id)}`}>
              History
            </a>
            <button type="button" className="button button-small" onClick={() => onRemove(link)} disabled={isBusy}>
              Remove<span className="visually-hidden"> {link.entity.name}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="link-row">
        <div className="form-field">
          <label className="field-label" htmlFor={`${id}-new`}>
            Add a {noun}
          </label>
          <EntityPicker id={`${id}-new`} value={entity} onChange={setEntity} />
        </div>
        {mode === "participants" ? (
          <div className="form-field">
            <label className="field-label" htmlFor={`${id}-role`}>
              Role
            </label>
            <select id={`${id}-role`} className="select" value={role} onChange={(e) => setRole(e.target.value)}>
              {participantRoles.map((r) => (
                <option key={r} value={r}>
                  {humanize(r)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <button type="button" className="button button-primary button-small" onClick={onAdd} disabled={isBusy}>
          Add {noun}
        </button>
      </div>
      {error ? (
        <p className="alert" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
