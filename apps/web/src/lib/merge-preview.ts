/** What merging a duplicate into a survivor would do, computed from both entities as the API returns them. */
import { aliasesGained, choosableFields } from "@casefile/schema/rules";

type Named = { id: string; name: string };
export type MergeSide = {
  id: string;
  name: string;
  aliases: readonly string[];
  relationships: { edges: ReadonlyArray<{ node: { id: string; predicate: string; subject: Named; object: Named } }> };
  events: { edges: ReadonlyArray<{ roles: readonly string[]; node: { id: string; title: string } }> };
  charges: ReadonlyArray<{ id: string; charge: { id: string; countNumber: number; title: string } }>;
  cases: ReadonlyArray<{ id: string; role: string; case: { id: string; slug: string; shortTitle?: string | null } }>;
  citations: readonly unknown[];
  annotations: readonly unknown[];
  children?: readonly Named[];
};

export type MergeMove = {
  kind: "relationship" | "event" | "charge" | "role" | "child";
  id: string;
  /** Described as it will read after the merge (the duplicate's name replaced by the survivor's). */
  label: string;
  /** Dropped links duplicate one the survivor already has; an unmerge brings them back. */
  dropReason: string | null;
};

export type MergePlan = {
  addedAliases: string[];
  moves: MergeMove[];
  citationCount: number;
  annotationCount: number;
};

export function mergePreview(survivor: MergeSide, duplicate: MergeSide): MergePlan {
  // The same rule the API stores by (names compared as stored, ignoring case only).
  const addedAliases = aliasesGained(survivor, duplicate);
  const swap = (e: Named): Named => (e.id === duplicate.id ? { id: survivor.id, name: survivor.name } : e);
  const survivorLinks = new Set(
    survivor.relationships.edges.map(({ node: r }) => `${r.subject.id}|${r.predicate}|${r.object.id}`),
  );
  const moves: MergeMove[] = [];
  for (const { node: r } of duplicate.relationships.edges) {
    const subject = swap(r.subject);
    const object = swap(r.object);
    const label = `${subject.name} ${r.predicate.toLowerCase().replaceAll("_", " ")} ${object.name}`;
    const key = `${subject.id}|${r.predicate}|${object.id}`;
    const dropReason =
      subject.id === object.id
        ? "would link the survivor to itself"
        : survivorLinks.has(key)
          ? "the survivor already has it"
          : null;
    survivorLinks.add(key);
    moves.push({ kind: "relationship", id: r.id, label, dropReason });
  }
  const survivorEvents = new Set(survivor.events.edges.flatMap((e) => e.roles.map((role) => `${e.node.id}|${role}`)));
  for (const { node, roles } of duplicate.events.edges) {
    for (const role of roles) {
      const has = survivorEvents.has(`${node.id}|${role}`);
      moves.push({
        kind: "event",
        id: `${node.id}|${role}`,
        label: `${role.toLowerCase()} in “${node.title}”`,
        dropReason: has ? "the survivor already takes part in that role" : null,
      });
    }
  }
  const survivorCharges = new Set(survivor.charges.map((c) => c.charge.id));
  for (const link of duplicate.charges) {
    moves.push({
      kind: "charge",
      id: link.id,
      label: `charged in count ${link.charge.countNumber}: ${link.charge.title}`,
      dropReason: survivorCharges.has(link.charge.id) ? "the survivor is already charged in that count" : null,
    });
  }
  const survivorRoles = new Set(survivor.cases.map((r) => `${r.case.id}|${r.role}`));
  for (const role of duplicate.cases) {
    moves.push({
      kind: "role",
      id: role.id,
      label: `${role.role.toLowerCase()} in ${role.case.shortTitle ?? role.case.slug}`,
      dropReason: survivorRoles.has(`${role.case.id}|${role.role}`) ? "the survivor already has that role" : null,
    });
  }
  for (const child of duplicate.children ?? [])
    moves.push({ kind: "child", id: child.id, label: `${child.name} (part of it)`, dropReason: null });
  return { addedAliases, moves, citationCount: duplicate.citations.length, annotationCount: duplicate.annotations.length };
}

/** One field the two records disagree on: both values as shown, and whether the duplicate's is taken by default. */
export type FieldChoice = { field: string; survivorValue: string | null; duplicateValue: string; isTakenByDefault: boolean };

/**
 * The fields where the duplicate has a value the survivor does not share. Without a choice the
 * survivor keeps its own; where the survivor has nothing, the duplicate's value is taken by
 * default, so no fact silently disappears in a merge.
 */
export function fieldChoices(
  kind: string,
  survivor: Record<string, unknown>,
  duplicate: Record<string, unknown>,
  show: (field: string, record: Record<string, unknown>) => string | null,
): FieldChoice[] {
  const choices: FieldChoice[] = [];
  for (const field of choosableFields[kind] ?? []) {
    const duplicateValue = show(field, duplicate);
    if (!duplicateValue) continue;
    const survivorValue = show(field, survivor);
    if (survivorValue === duplicateValue) continue;
    choices.push({ field, survivorValue, duplicateValue, isTakenByDefault: !survivorValue });
  }
  return choices;
}
