"use client";

import { type KindField, kindFields } from "@casefile/schema/rules";
import { entityFields } from "@casefile/schema/validators";
import { useState } from "react";
import type { EntityKind } from "@/gql/graphql";
import { validateWith } from "@/lib/form";
import { humanize } from "@/lib/format";
import { clientQuery } from "@/lib/graphql-client";
import { entityHref } from "@/lib/links";
import { CreateEntityMutation, DeleteRecordMutations, EntityForEditQuery, UpdateEntityMutation } from "@/operations/entity-edit";
import { type FieldSpec, type FormValues, str } from "../forms/form-values";
import { RecordForm } from "../forms/record-form";
import { artifactKinds, entityKinds, factSpecs, organizationKinds, personaKinds, placeKinds } from "./options";

const common: FieldSpec[] = [
  { name: "name", label: "Name", kind: "text", isRequired: true, hint: "The name it is best known by." },
  {
    name: "aliases",
    label: "Aliases",
    kind: "list",
    isWide: true,
    hint: "Other names, spellings, pseudonyms; separated by commas.",
  },
];
const tail: FieldSpec[] = [
  ...factSpecs,
  { name: "description", label: "Description", kind: "textarea", hint: "Neutral, in the language of allegation." },
];

/** How each kind field is edited; which kinds have which fields is the shared rule (`kindFields`). */
const kindFieldSpecs: Record<KindField, FieldSpec> = {
  rank: { name: "rank", label: "Rank", kind: "text" },
  position: { name: "position", label: "Position", kind: "text" },
  nationality: { name: "nationality", label: "Nationality", kind: "text" },
  birthDate: {
    name: "birthDate",
    label: "Date of birth",
    kind: "date",
    hint: "As precise as known: 1982, 1982-07 or 1982-07-22.",
  },
  organizationKind: {
    name: "organizationKind",
    label: "Type of organization",
    kind: "select",
    options: organizationKinds,
    isRequired: true,
  },
  country: { name: "country", label: "Country", kind: "text" },
  parentId: { name: "parentId", label: "Part of (parent organization)", kind: "entity", entityKinds: ["ORGANIZATION"] },
  personaKind: { name: "personaKind", label: "Website or account", kind: "select", options: personaKinds, isRequired: true },
  platform: { name: "platform", label: "Platform", kind: "text" },
  url: { name: "url", label: "URL", kind: "url", placeholder: "https://" },
  placeKind: { name: "placeKind", label: "Type of place", kind: "select", options: placeKinds, isRequired: true },
  artifactKind: { name: "artifactKind", label: "Type of artifact", kind: "select", options: artifactKinds, isRequired: true },
};

export const entitySpecs = (kind: EntityKind): FieldSpec[] => [
  ...common,
  ...kindFields[kind].map((field) => kindFieldSpecs[field]),
  ...tail,
];

type EditNode = Record<string, unknown> & { id: string; version: number; kind: EntityKind };

/** Form values of an entity as the API returns it. */
export function entityValues(node: EditNode): FormValues {
  const values: FormValues = {};
  for (const spec of entitySpecs(node.kind)) {
    if (spec.kind === "list") values[spec.name] = (node[spec.name] as string[] | undefined) ?? [];
    else if (spec.kind === "entity") {
      const parent = node.parent as { id: string; name: string } | null | undefined;
      values[spec.name] = parent ? { id: parent.id, name: parent.name } : null;
    } else values[spec.name] = str(node[spec.name] as string | number | null | undefined);
  }
  return values;
}

async function loadEntity(id: string) {
  const data = await clientQuery(EntityForEditQuery, { id });
  const node = data.node as EditNode | null;
  if (!node || !("kind" in node)) throw new Error("the entity no longer exists");
  return { values: entityValues(node), version: node.version };
}

export function EntityCreateForm({ initialKind, initialName }: { initialKind: EntityKind; initialName?: string }) {
  const [kind, setKind] = useState<EntityKind>(initialKind);
  const initial: FormValues = { name: initialName ?? "", aliases: [], status: "", confidence: "" };
  return (
    <div className="stack">
      <fieldset className="kind-switch">
        <legend className="field-label">Kind of entity</legend>
        {entityKinds.map((k) => (
          <label key={k} className="chip">
            <input type="radio" name="entity-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
            {humanize(k)}
          </label>
        ))}
      </fieldset>
      <RecordForm
        ariaLabel={`New ${humanize(kind).toLowerCase()}`}
        fields={entitySpecs(kind)}
        initial={initial}
        validate={validateWith(entityFields, { kind })}
        save={async (input) => {
          const data = await clientQuery(CreateEntityMutation, { input: { ...input, kind } as never });
          return { href: entityHref(data.createEntity.entity.id) };
        }}
        submitLabel={`Create ${humanize(kind).toLowerCase()}`}
        cancelHref="/entities"
      />
    </div>
  );
}

export function EntityEditForm({ node }: { node: EditNode }) {
  return (
    <RecordForm
      ariaLabel={`Edit ${String(node.name)}`}
      fields={entitySpecs(node.kind)}
      initial={entityValues(node)}
      version={node.version}
      recordId={node.id}
      validate={validateWith(entityFields, { kind: node.kind })}
      save={async (input, version) => {
        const data = await clientQuery(UpdateEntityMutation, {
          input: { ...input, id: node.id, version: version ?? node.version } as never,
        });
        return { href: entityHref(data.updateEntity.entity.id) };
      }}
      reload={() => loadEntity(node.id)}
      submitLabel="Save changes"
      cancelHref={entityHref(node.id)}
      deleteLabel="Delete entity"
      onDelete={async (version) => {
        await clientQuery(DeleteRecordMutations.entity, { input: { id: node.id, version } });
        return { href: `/history/${encodeURIComponent(node.id)}?deleted=1` };
      }}
    />
  );
}
