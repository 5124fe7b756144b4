/** Writing events and their participants. */
import { writeTransaction } from "@casefile/db";
import { partialDate } from "@casefile/schema/dates";
import { newLocalId } from "@casefile/schema/ids";
import {
  addEventParticipantInput,
  createEventInput,
  deleteInput,
  eventRecord,
  participantFields,
  updateEventInput,
  updateEventParticipantInput,
} from "@casefile/schema/validators";
import type { Context } from "../../context.js";
import { requireEditor } from "../../lib/access.js";
import { createRecord, deleteRecord, updateRecord } from "../../lib/edit.js";
import { fieldError, parseInput, parsePatch } from "../../lib/input.js";
import { linkedEntity, linkedRow, rowToChange } from "../../lib/lookup.js";
import { checkVersion, dateColumns, type Row } from "../../lib/records.js";

function eventColumns(fields: ReturnType<typeof eventRecord.parse>) {
  const start = partialDate(fields.date);
  const end = fields.endDate ? partialDate(fields.endDate) : null;
  return {
    title: fields.title,
    kind: fields.kind,
    date: fields.date,
    datePrecision: start.precision,
    ...dateColumns("endDate", fields.endDate),
    rangeStart: start.earliest,
    rangeEnd: end ? end.latest : start.latest,
    description: fields.description ?? null,
    status: fields.status ?? "ALLEGED",
    confidence: fields.confidence ?? 50,
  };
}

function addParticipant(
  ctx: Context,
  eventId: string,
  p: { entityId: string; role: string; status?: string | undefined; confidence?: number | undefined },
  field: string,
): Row {
  const at = (name: string) => (field ? `${field}.${name}` : name);
  const entity = linkedEntity(ctx, p.entityId, at("entityId"));
  if (
    ctx.queries.value("SELECT 1 FROM event_participants WHERE event_id = ? AND entity_id = ? AND role = ?", [
      eventId,
      entity.id,
      p.role,
    ])
  ) {
    throw fieldError(at("role"), `the entity already takes part in this event as ${p.role}`);
  }
  return createRecord(ctx, "event_participants", {
    id: newLocalId("part"),
    eventId,
    entityId: entity.id,
    role: p.role,
    status: p.status ?? "ALLEGED",
    confidence: p.confidence ?? 50,
  }).row;
}

export function createEvent(ctx: Context, input: unknown): Row {
  requireEditor(ctx);
  const { caseId, placeId, participants, ...fields } = parseInput(createEventInput, input);
  return writeTransaction(ctx.store, () => {
    const caseRow = linkedRow(ctx, caseId, ["Case"], "caseId", "case");
    const place = placeId ? linkedEntity(ctx, placeId, "placeId", ["PLACE"]).id : null;
    const { row } = createRecord(ctx, "events", {
      id: newLocalId("event"),
      caseId: caseRow.id,
      placeId: place,
      ...eventColumns(fields),
    });
    for (const [i, p] of (participants ?? []).entries()) addParticipant(ctx, row.id, p, `participants.${i}`);
    return row;
  });
}

export function updateEvent(ctx: Context, input: unknown): Row {
  requireEditor(ctx);
  const { id, version, placeId, ...patch } = parsePatch(updateEventInput, input);
  return writeTransaction(ctx.store, () => {
    const { row } = rowToChange(ctx, id, ["Event"], "the event");
    checkVersion(row, version, "the event");
    const current = {
      title: row.title,
      kind: row.kind,
      date: row.date,
      endDate: row.endDate,
      description: row.description,
      status: row.status,
      confidence: row.confidence,
    };
    const fields = parseInput(eventRecord, { ...current, ...patch });
    const place =
      placeId === undefined ? row.placeId : placeId === null ? null : linkedEntity(ctx, placeId, "placeId", ["PLACE"]).id;
    return updateRecord(ctx, "events", row, { placeId: place, ...eventColumns(fields) }).row;
  });
}

export function deleteEvent(ctx: Context, input: unknown) {
  requireEditor(ctx);
  const { id, version } = parseInput(deleteInput, input);
  return writeTransaction(ctx.store, () => {
    const { row } = rowToChange(ctx, id, ["Event"], "the event");
    checkVersion(row, version, "the event");
    return { deletedId: id, revisionId: deleteRecord(ctx, "events", row) };
  });
}

export function addEventParticipant(ctx: Context, input: unknown): Row {
  requireEditor(ctx);
  const { eventId, ...participant } = parseInput(addEventParticipantInput, input);
  return writeTransaction(ctx.store, () => {
    const event = linkedRow(ctx, eventId, ["Event"], "eventId", "event");
    return addParticipant(ctx, event.id, participant, "");
  });
}

export function updateEventParticipant(ctx: Context, input: unknown): Row {
  requireEditor(ctx);
  const { id, version, ...patch } = parsePatch(updateEventParticipantInput, input);
  return writeTransaction(ctx.store, () => {
    const { row } = rowToChange(ctx, id, ["EventParticipant"], "the participation");
    checkVersion(row, version, "the participation");
    const fields = parseInput(participantFields, { role: row.role, status: row.status, confidence: row.confidence, ...patch });
    const clash = ctx.queries.value<string>(
      "SELECT id FROM event_participants WHERE event_id = ? AND entity_id = ? AND role = ?",
      [row.eventId, row.entityId, fields.role],
    );
    if (clash && clash !== row.id) throw fieldError("role", `the entity already takes part in this event as ${fields.role}`);
    return updateRecord(ctx, "event_participants", row, fields).row;
  });
}

export function removeEventParticipant(ctx: Context, input: unknown) {
  requireEditor(ctx);
  const { id, version } = parseInput(deleteInput, input);
  return writeTransaction(ctx.store, () => {
    const { row } = rowToChange(ctx, id, ["EventParticipant"], "the participation");
    checkVersion(row, version, "the participation");
    return { deletedId: id, revisionId: deleteRecord(ctx, "event_participants", row) };
  });
}
