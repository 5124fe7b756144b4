/**
 * Merging duplicate entities, and undoing a merge. A merge moves every link of the duplicate to
 * the survivor, drops links that would become exact duplicates (keeping them in the MERGE
 * revision), adds the duplicate's names as aliases and leaves the duplicate as a redirect. The
 * MERGE revision's `changes.merge.after` lists all of it, which is what unmerge replays backwards.
 */
import { writeTransaction } from "@casefile/db";
import type { RevisionRow } from "@casefile/db/tables";
import { choosableFields, planMerge } from "@casefile/schema/rules";
import { mergeEntitiesInput, unmergeEntitiesInput } from "@casefile/schema/validators";
import type { Context } from "../../context.js";
import { requireEditor } from "../../lib/access.js";
import { updateRecord } from "../../lib/edit.js";
import { AppError } from "../../lib/errors.js";
import { decodeId, fieldError, parseInput } from "../../lib/input.js";
import { rowToChange } from "../../lib/lookup.js";
import {
  checkVersion,
  deleteRows,
  insertRow,
  now,
  type Row,
  readRow,
  readRows,
  recordRevision,
  recordTypeOf,
  updateRow,
} from "../../lib/records.js";
import { entityTypes } from "../../lib/resolve.js";

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

/** Columns of link tables that point at an entity, and what makes two links "the same". */
const linkTables: {
  table: string;
  columns: string[];
  sameAs: (row: Row, survivorId: string, dupId: string) => { sql: string; params: unknown[] } | null;
}[] = [
  {
    table: "relationships",
    columns: ["subject_id", "object_id"],
    sameAs: (row, s, d) => {
      const subject = row.subjectId === d ? s : row.subjectId;
      const object = row.objectId === d ? s : row.objectId;
      return {
        sql: "SELECT id FROM relationships WHERE subject_id = ? AND predicate = ? AND object_id = ? AND id != ?",
        params: [subject, row.predicate, object, row.id],
      };
    },
  },
  {
    table: "event_participants",
    columns: ["entity_id"],
    sameAs: (row, s) => ({
      sql: "SELECT id FROM event_participants WHERE event_id = ? AND entity_id = ? AND role = ?",
      params: [row.eventId, s, row.role],
    }),
  },
  {
    table: "charge_defendants",
    columns: ["entity_id"],
    sameAs: (row, s) => ({
      sql: "SELECT id FROM charge_defendants WHERE charge_id = ? AND entity_id = ?",
      params: [row.chargeId, s],
    }),
  },
  {
    table: "case_roles",
    columns: ["entity_id"],
    sameAs: (row, s) => ({
      sql: "SELECT id FROM case_roles WHERE case_id = ? AND entity_id = ? AND role = ?",
      params: [row.caseId, s, row.role],
    }),
  },
  { table: "entities", columns: ["parent_id"], sameAs: () => null },
  { table: "events", columns: ["place_id"], sameAs: () => null },
];

const targetTypeOfTable: Record<string, string> = {
  relationships: "RELATIONSHIP",
  event_participants: "EVENT_PARTICIPANT",
  charge_defendants: "CHARGE_DEFENDANT",
  case_roles: "CASE_ROLE",
};

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

function moveColumn(ctx: Context, table: string, row: Row, column: string, to: string, moves: Move[]) {
  const key = camel(column);
  moves.push({ table, id: row.id, column: key, from: row[key] as string, to });
  updateRecord(ctx, table, row, { [key]: to }, "MERGE");
}

/** Moves the citations and annotations of one record to another. */
function moveProvenance(ctx: Context, targetType: string, fromId: string, toId: string, moves: Move[]) {
  for (const table of ["citations", "annotations"]) {
    for (const row of readRows(ctx, `SELECT * FROM ${table} WHERE target_type = ? AND target_id = ? ORDER BY id`, [
      targetType,
      fromId,
    ])) {
      moveColumn(ctx, table, row, "target_id", toId, moves);
    }
  }
}

export function mergeEntities(ctx: Context, input: unknown) {
  requireEditor(ctx);
  const parsed = parseInput(mergeEntitiesInput, input);
  return writeTransaction(ctx.store, () => {
    const survivor = rowToChange(ctx, parsed.survivorId, entityTypes, "the survivor").row;
    const duplicate = rowToChange(ctx, parsed.duplicateId, entityTypes, "the duplicate").row;
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
    for (const link of linkTables) {
      const where = link.columns.map((c) => `${c} = ?`).join(" OR ");
      const rows = readRows(
        ctx,
        `SELECT * FROM ${link.table} WHERE ${where} ORDER BY id`,
        link.columns.map(() => duplicate.id),
      );
      for (const row of rows) {
        if (link.table === "entities" && row.id === survivor.id) continue; // the survivor was the duplicate's unit: leave it
        const same = link.sameAs(row, survivor.id, duplicate.id);
        const isSelfLoop = link.table === "relationships" && (row.subjectId === survivor.id || row.objectId === survivor.id);
        const keptId = isSelfLoop ? null : same ? ctx.queries.value<string>(same.sql, same.params) : null;
        if (isSelfLoop || keptId) {
          // An exact duplicate of a link the survivor has (or a link to itself): its provenance
          // moves to the kept link, and the row is dropped but remembered for unmerge.
          if (keptId) moveProvenance(ctx, targetTypeOfTable[link.table] as string, row.id, keptId, moved);
          const current = readRow(ctx, link.table, row.id) as Row;
          dropped.push({ table: link.table, row: current, keptId: keptId ?? "" });
          deleteRows(ctx, link.table, row.id);
          recordRevision(ctx, { typeName: recordTypeOf(link.table, current), action: "MERGE", before: current, after: null });
          continue;
        }
        let current = row;
        for (const column of link.columns) {
          if (current[camel(column)] === duplicate.id) {
            moveColumn(ctx, link.table, current, column, survivor.id, moved);
            current = readRow(ctx, link.table, row.id) as Row;
          }
        }
      }
    }
    moveProvenance(ctx, "ENTITY", duplicate.id, survivor.id, moved);

    const survivorNow = readRow(ctx, "entities", survivor.id) as Row;
    const {
      addedAliases,
      aliases,
      taken,
      values: takenValues,
      fieldStatuses: statuses,
    } = planMerge(survivorNow, duplicate, chosen);
    const details: MergeDetails = { duplicateId: duplicate.id, addedAliases, moved, dropped, taken };
    const survivorAfter = updateRow(ctx, "entities", survivorNow, {
      aliases,
      ...takenValues,
      ...(taken.length > 0 ? { fieldStatuses: statuses } : {}),
    });
    const revisionId = recordRevision(ctx, {
      typeName: recordTypeOf("entities", survivorAfter),
      action: "MERGE",
      before: survivorNow,
      after: survivorAfter,
      extraChanges: { merge: { before: null, after: details } },
    });
    const duplicateNow = readRow(ctx, "entities", duplicate.id) as Row;
    const duplicateAfter = updateRow(ctx, "entities", duplicateNow, { mergedIntoId: survivor.id });
    recordRevision(ctx, {
      typeName: recordTypeOf("entities", duplicateAfter),
      action: "MERGE",
      before: duplicateNow,
      after: duplicateAfter,
    });
    return { survivor: survivorAfter, revisionId, movedCount: moved.length, droppedCount: dropped.length };
  });
}

export function unmergeEntities(ctx: Context, input: unknown) {
  requireEditor(ctx);
  const parsed = parseInput(unmergeEntitiesInput, input);
  const { id: revisionKey } = decodeId(parsed.mergeRevisionId, ["Revision"], "mergeRevisionId");
  return writeTransaction(ctx.store, () => {
    const revision = ctx.queries.get<RevisionRow>("SELECT * FROM revisions WHERE id = ?", [Number(revisionKey)]);
    if (!revision) throw AppError.notFound("the merge revision");
    const details = (revision.changes as Record<string, { after: unknown }>).merge?.after as MergeDetails | undefined;
    if (revision.action !== "MERGE" || !details)
      throw fieldError("mergeRevisionId", "this is not the MERGE revision of a surviving entity");
    const survivor = readRow(ctx, "entities", revision.recordId);
    const duplicate = readRow(ctx, "entities", details.duplicateId);
    if (!survivor || !duplicate) throw fieldError("mergeRevisionId", "an entity of this merge has since been deleted");
    if (duplicate.mergedIntoId !== survivor.id) throw fieldError("mergeRevisionId", "this merge has already been undone");
    if (survivor.mergedIntoId) throw fieldError("mergeRevisionId", "the survivor was itself merged since: undo that merge first");

    const time = now();
    for (const d of details.dropped) {
      if (readRow(ctx, d.table, d.row.id)) continue;
      const version =
        (ctx.queries.value<number>("SELECT max(version) FROM revisions WHERE record_id = ?", [d.row.id]) ?? d.row.version) + 1;
      const row = insertRow(ctx, d.table, { ...d.row, version, updatedAt: time });
      recordRevision(ctx, { typeName: recordTypeOf(d.table, row), action: "UNMERGE", before: null, after: row });
    }
    for (const move of [...details.moved].reverse()) {
      const row = readRow(ctx, move.table, move.id);
      // Rows deleted or re-pointed since the merge are left as they are now.
      if (!row || row[move.column] !== move.to) continue;
      updateRecord(ctx, move.table, row, { [move.column]: move.from }, "UNMERGE");
    }
    const survivorNow = readRow(ctx, "entities", survivor.id) as Row;
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
    const survivorAfter = updateRow(ctx, "entities", survivorNow, {
      aliases: (survivorNow.aliases as string[]).filter((a) => !added.has(a)),
      ...restoredValues,
      ...(isStatusChanged ? { fieldStatuses: statuses } : {}),
    });
    const revisionId = recordRevision(ctx, {
      typeName: recordTypeOf("entities", survivorAfter),
      action: "UNMERGE",
      before: survivorNow,
      after: survivorAfter,
      extraChanges: { unmerge: { before: null, after: { mergeRevisionId: revision.id, duplicateId: duplicate.id } } },
    });
    const duplicateAfter = updateRow(ctx, "entities", duplicate, { mergedIntoId: null });
    recordRevision(ctx, {
      typeName: recordTypeOf("entities", duplicateAfter),
      action: "UNMERGE",
      before: duplicate,
      after: duplicateAfter,
    });
    return { survivor: survivorAfter, restored: duplicateAfter, revisionId };
  });
}
