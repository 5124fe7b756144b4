/**
 * Merging duplicate entities, and undoing a merge. A merge moves every link of the duplicate to
 * the survivor, drops links that would become exact duplicates (keeping them in the MERGE
 * revision), adds the duplicate's names as aliases and leaves the duplicate as a redirect. The
 * MERGE revision's `changes.merge.after` lists all of it, which is what unmerge replays backwards.
 */
import {
  type EntityLinkTable,
  entityLinkColumns,
  entityLinkTables,
  now,
  type Row,
  recordTypeOf,
  type TableRows,
  type Tx,
} from "@casefile/db";
import type { EntityRow } from "@casefile/db/tables";
import type { TargetType } from "@casefile/schema/enums";
import { choosableFields, planMerge } from "@casefile/schema/rules";
import { mergeEntitiesInput, unmergeEntitiesInput } from "@casefile/schema/validators";
import type { Context } from "../../context.js";
import { requireEditor } from "../../lib/access.js";
import { AppError } from "../../lib/errors.js";
import { rowToChange } from "../../lib/find.js";
import { decodeId, fieldError, parseInput } from "../../lib/input.js";
import { entityTypes } from "../../lib/resolve.js";
import { checkVersion, recordRevision, updateRecord } from "../../lib/write.js";

interface Move {
  table: string;
  id: string;
  column: string;
  from: string;
  to: string;
}
interface Dropped {
  table: string;
  row: Row;
  keptId: string;
}
/** A field the survivor took from the duplicate: its value (and field status) before and after. */
interface TakenField {
  field: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  statusBefore: unknown;
  statusAfter: unknown;
}
export interface MergeDetails {
  duplicateId: string;
  addedAliases: string[];
  moved: Move[];
  dropped: Dropped[];
  /** Absent in merges recorded before fields could be chosen. */
  taken?: TakenField[];
}

/** The tables a merge moves rows of: links that point at an entity, and provenance. */
type MergeTable = EntityLinkTable | "citations" | "annotations";
const mergeTables: ReadonlySet<string> = new Set<MergeTable>([...entityLinkTables, "citations", "annotations"]);
const isMergeTable = (table: string): table is MergeTable => mergeTables.has(table);

/** A table named in a MERGE revision (written by mergeEntities, so always one it moves rows of). */
function mergeTable(table: string): MergeTable {
  if (!isMergeTable(table)) throw new Error(`a merge revision names ${table}, which merges do not change`);
  return table;
}

/** Reads a row of a merge table in the write (the rows a merge moves are handled generically). */
async function readMergeRow(tx: Tx, table: MergeTable, id: string): Promise<Row | undefined> {
  const row: TableRows[MergeTable] | undefined = await tx.records.read(table, id);
  return row;
}

/** Sets one column of a row, with its revision (what every move of a merge and unmerge does). */
async function setColumn(
  ctx: Context,
  tx: Tx,
  table: MergeTable,
  row: Row,
  key: string,
  value: unknown,
  action: "MERGE" | "UNMERGE",
) {
  await updateRecord(ctx, tx, table, row as TableRows[MergeTable], { [key]: value } as Partial<TableRows[MergeTable]>, action);
}

const targetTypeOfTable: Partial<Record<MergeTable, TargetType>> = {
  relationships: "RELATIONSHIP",
  event_participants: "EVENT_PARTICIPANT",
  charge_defendants: "CHARGE_DEFENDANT",
  case_roles: "CASE_ROLE",
};

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

async function moveColumn(ctx: Context, tx: Tx, table: MergeTable, row: Row, column: string, to: string, moves: Move[]) {
  const key = camel(column);
  moves.push({ table, id: row.id, column: key, from: row[key] as string, to });
  await setColumn(ctx, tx, table, row, key, to, "MERGE");
}

/** Moves the citations and annotations of one record to another. */
async function moveProvenance(ctx: Context, tx: Tx, targetType: TargetType, fromId: string, toId: string, moves: Move[]) {
  for (const table of ["citations", "annotations"] as const) {
    for (const row of await tx.entities.provenanceOf(table, targetType, fromId)) {
      await moveColumn(ctx, tx, table, row, "target_id", toId, moves);
    }
  }
}

export async function mergeEntities(ctx: Context, input: unknown) {
  requireEditor(ctx);
  const parsed = parseInput(mergeEntitiesInput, input);
  return ctx.store.write(async (tx) => {
    const survivor = (await rowToChange(tx, parsed.survivorId, entityTypes, "the survivor")).row;
    const duplicate = (await rowToChange(tx, parsed.duplicateId, entityTypes, "the duplicate")).row;
    checkVersion(survivor, parsed.survivorVersion, "the survivor");
    checkVersion(duplicate, parsed.duplicateVersion, "the duplicate");
    if (survivor.id === duplicate.id) throw fieldError("duplicateId", "an entity cannot be merged into itself");
    if (survivor.mergedIntoId) throw fieldError("survivorId", "this entity was itself merged into another: merge into that one");
    if (duplicate.mergedIntoId) throw fieldError("duplicateId", "this entity is already merged into another");
    if (survivor.kind !== duplicate.kind) {
      throw fieldError(
        "duplicateId",
        `only entities of the same kind merge: the duplicate is a ${duplicate.kind}, the survivor a ${survivor.kind}`,
      );
    }
    const allowed = choosableFields[survivor.kind as string] ?? [];
    const chosen = [...new Set(parsed.takeFromDuplicate ?? [])];
    const refused = chosen.filter((f) => !allowed.includes(f));
    if (refused.length > 0) {
      throw fieldError(
        "takeFromDuplicate",
        `${refused.join(", ")} cannot be taken from the duplicate; a ${survivor.kind} merge can take: ${allowed.join(", ")}`,
      );
    }
    const moved: Move[] = [];
    const dropped: Dropped[] = [];
    for (const table of entityLinkTables) {
      const rows = await tx.entities.linksTo(table, duplicate.id);
      for (const row of rows) {
        if (table === "entities" && row.id === survivor.id) continue; // the survivor was the duplicate's unit: leave it
        const isSelfLoop = table === "relationships" && (row.subjectId === survivor.id || row.objectId === survivor.id);
        const keptId = isSelfLoop ? null : ((await tx.entities.sameLinkAs(table, row, survivor.id, duplicate.id)) ?? null);
        if (isSelfLoop || keptId) {
          // An exact duplicate of a link the survivor has (or a link to itself): its provenance
          // moves to the kept link, and the row is dropped but remembered for unmerge.
          const targetType = targetTypeOfTable[table];
          if (keptId && targetType) await moveProvenance(ctx, tx, targetType, row.id, keptId, moved);
          const current = (await readMergeRow(tx, table, row.id)) as Row;
          dropped.push({ table, row: current, keptId: keptId ?? "" });
          await tx.records.delete(table, row.id);
          await recordRevision(ctx, tx, {
            typeName: recordTypeOf(table, current),
            action: "MERGE",
            before: current,
            after: null,
          });
          continue;
        }
        let current = row;
        for (const column of entityLinkColumns[table]) {
          if (current[camel(column)] === duplicate.id) {
            await moveColumn(ctx, tx, table, current, column, survivor.id, moved);
            current = (await readMergeRow(tx, table, row.id)) as Row;
          }
        }
      }
    }
    await moveProvenance(ctx, tx, "ENTITY", duplicate.id, survivor.id, moved);

    const survivorNow = (await tx.records.read("entities", survivor.id)) as Row;
    const {
      addedAliases,
      aliases,
      taken,
      values: takenValues,
      fieldStatuses: statuses,
    } = planMerge(survivorNow, duplicate, chosen);
    const details: MergeDetails = { duplicateId: duplicate.id, addedAliases, moved, dropped, taken };
    const survivorAfter = await tx.records.update("entities", survivorNow, {
      aliases,
      ...takenValues,
      ...(taken.length > 0 ? { fieldStatuses: statuses } : {}),
    } as Partial<EntityRow>);
    const revisionId = await recordRevision(ctx, tx, {
      typeName: recordTypeOf("entities", survivorAfter),
      action: "MERGE",
      before: survivorNow,
      after: survivorAfter,
      extraChanges: { merge: { before: null, after: details } },
    });
    const duplicateNow = (await tx.records.read("entities", duplicate.id)) as EntityRow;
    const duplicateAfter = await tx.records.update("entities", duplicateNow, { mergedIntoId: survivor.id });
    await recordRevision(ctx, tx, {
      typeName: recordTypeOf("entities", duplicateAfter),
      action: "MERGE",
      before: duplicateNow,
      after: duplicateAfter,
    });
    return { survivor: survivorAfter, revisionId, movedCount: moved.length, droppedCount: dropped.length };
  });
}

export async function unmergeEntities(ctx: Context, input: unknown) {
  requireEditor(ctx);
  const parsed = parseInput(unmergeEntitiesInput, input);
  const { id: revisionKey } = decodeId(parsed.mergeRevisionId, ["Revision"], "mergeRevisionId");
  return ctx.store.write(async (tx) => {
    const revision = await tx.records.read("revisions", Number(revisionKey));
    if (!revision) throw AppError.notFound("the merge revision");
    const details = (revision.changes as Record<string, { after: unknown }>).merge?.after as MergeDetails | undefined;
    if (revision.action !== "MERGE" || !details)
      throw fieldError("mergeRevisionId", "this is not the MERGE revision of a surviving entity");
    const survivor = await tx.records.read("entities", revision.recordId);
    const duplicate = await tx.records.read("entities", details.duplicateId);
    if (!survivor || !duplicate) throw fieldError("mergeRevisionId", "an entity of this merge has since been deleted");
    if (duplicate.mergedIntoId !== survivor.id) throw fieldError("mergeRevisionId", "this merge has already been undone");
    if (survivor.mergedIntoId) throw fieldError("mergeRevisionId", "the survivor was itself merged since: undo that merge first");

    const time = now();
    for (const d of details.dropped) {
      const table = mergeTable(d.table);
      if (await readMergeRow(tx, table, d.row.id)) continue;
      const version = ((await tx.entities.latestRecordedVersion(d.row.id)) ?? d.row.version) + 1;
      const restored = { ...d.row, version, updatedAt: time } as TableRows[MergeTable];
      const row: Row = await tx.records.insert(table, restored);
      await recordRevision(ctx, tx, { typeName: recordTypeOf(table, row), action: "UNMERGE", before: null, after: row });
    }
    for (const move of [...details.moved].reverse()) {
      const table = mergeTable(move.table);
      const row = await readMergeRow(tx, table, move.id);
      // Rows deleted or re-pointed since the merge are left as they are now.
      if (!row || row[move.column] !== move.to) continue;
      await setColumn(ctx, tx, table, row, move.column, move.from, "UNMERGE");
    }
    const survivorNow = (await tx.records.read("entities", survivor.id)) as Row;
    const added = new Set(details.addedAliases);
    // Fields taken from the duplicate go back to the survivor's own values, unless edited since.
    const restoredValues: Record<string, unknown> = {};
    const statuses = { ...((survivorNow.fieldStatuses as Record<string, unknown>) ?? {}) };
    let isStatusChanged = false;
    for (const t of details.taken ?? []) {
      const isUnchanged = Object.entries(t.after).every(([column, value]) => (survivorNow[column] ?? null) === value);
      if (!isUnchanged) continue;
      Object.assign(restoredValues, t.before);
      if (JSON.stringify(statuses[t.field] ?? null) === JSON.stringify(t.statusAfter)) {
        if (t.statusBefore === null) delete statuses[t.field];
        else statuses[t.field] = t.statusBefore;
        isStatusChanged = true;
      }
    }
    const survivorAfter = await tx.records.update("entities", survivorNow, {
      aliases: (survivorNow.aliases as string[]).filter((a) => !added.has(a)),
      ...restoredValues,
      ...(isStatusChanged ? { fieldStatuses: statuses } : {}),
    } as Partial<EntityRow>);
    const revisionId = await recordRevision(ctx, tx, {
      typeName: recordTypeOf("entities", survivorAfter),
      action: "UNMERGE",
      before: survivorNow,
      after: survivorAfter,
      extraChanges: { unmerge: { before: null, after: { mergeRevisionId: revision.id, duplicateId: duplicate.id } } },
    });
    const duplicateAfter = await tx.records.update("entities", duplicate, { mergedIntoId: null });
    await recordRevision(ctx, tx, {
      typeName: recordTypeOf("entities", duplicateAfter),
      action: "UNMERGE",
      before: duplicate,
      after: duplicateAfter,
    });
    return { survivor: survivorAfter, restored: duplicateAfter, revisionId };
  });
}
