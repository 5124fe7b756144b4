/** Writing events and their participants. */

import type { Tx } from "@casefile/db";
import type { EventParticipantRow, EventRow } from "@casefile/db/tables";
import { partialDate } from "@casefile/schema/dates";
import { newLocalId } from "@casefile/schema/ids";
import { DEFAULT_CONFIDENCE, DEFAULT_FACT_STATUS } from "@casefile/schema/rules";
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
import { linkedEntity, linkedRow } from "../../lib/find.js";
import { fieldError, parseInput, parsePatch } from "../../lib/input.js";
import { createRecord, dateColumns, deleteRecord, recordForWrite, updateRecord } from "../../lib/write.js";

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
    status: fields.status ?? DEFAULT_FACT_STATUS,
    confidence: fields.confidence ?? DEFAULT_CONFIDENCE,
  };
}

async function addParticipant(
  ctx: Context,
  tx: Tx,
  eventId: string,
  p: { entityId: string; role: EventParticipantRow["role"]; status?: EventParticipantRow["status"]; confidence?: number },
  field: string,
): Promise<EventParticipantRow> {
  const at = (name: string) => (field ? `${field}.${name}` : name);
  const entity = await linkedEntity(tx, p.entityId, at("entityId"));
  if (await tx.events.participationId(eventId, entity.id, p.role)) {
    throw fieldError(at("role"), `the entity already takes part in this event as ${p.role}`);
  }
  const { row } = await createRecord(ctx, tx, "event_participants", {
    id: newLocalId("part"),
    eventId,
    entityId: entity.id,
    role: p.role,
    status: p.status ?? DEFAULT_FACT_STATUS,
    confidence: p.confidence ?? DEFAULT_CONFIDENCE,
  });
  return row;
}

export async function createEvent(ctx: Context, input: unknown): Promise<EventRow> {
  requireEditor(ctx);
  const { caseId, placeId, participants, ...fields } = parseInput(createEventInput, input);
  return ctx.store.write(async (tx) => {
    const caseRow = await linkedRow(tx, caseId, ["Case"], "caseId", "case");
    const place = placeId ? (await linkedEntity(tx, placeId, "placeId", ["PLACE"])).id : null;
    const { row } = await createRecord(ctx, tx, "events", {
      id: newLocalId("event"),
      caseId: caseRow.id,
      placeId: place,
      ...eventColumns(fields),
    });
    for (const [i, p] of (participants ?? []).entries()) await addParticipant(ctx, tx, row.id, p, `participants.${i}`);
    return row;
  });
}

export async function updateEvent(ctx: Context, input: unknown): Promise<EventRow> {
  requireEditor(ctx);
  const { id, version, placeId, ...patch } = parsePatch(updateEventInput, input);
  return ctx.store.write(async (tx) => {
    const row = await recordForWrite(tx, "events", id, ["Event"], version, "the event");
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
      placeId === undefined ? row.placeId : placeId === null ? null : (await linkedEntity(tx, placeId, "placeId", ["PLACE"])).id;
    const { row: after } = await updateRecord(ctx, tx, "events", row, { placeId: place, ...eventColumns(fields) });
    return after;
  });
}

export async function deleteEvent(ctx: Context, input: unknown) {
  requireEditor(ctx);
  const { id, version } = parseInput(deleteInput, input);
  return ctx.store.write(async (tx) => {
    const row = await recordForWrite(tx, "events", id, ["Event"], version, "the event");
    return { deletedId: id, revisionId: await deleteRecord(ctx, tx, "events", row) };
  });
}

export async function addEventParticipant(ctx: Context, input: unknown): Promise<EventParticipantRow> {
  requireEditor(ctx);
  const { eventId, ...participant } = parseInput(addEventParticipantInput, input);
  return ctx.store.write(async (tx) => {
    const event = await linkedRow(tx, eventId, ["Event"], "eventId", "event");
    return addParticipant(ctx, tx, event.id, participant, "");
  });
}

export async function updateEventParticipant(ctx: Context, input: unknown): Promise<EventParticipantRow> {
  requireEditor(ctx);
  const { id, version, ...patch } = parsePatch(updateEventParticipantInput, input);
  return ctx.store.write(async (tx) => {
    const row = await recordForWrite(tx, "event_participants", id, ["EventParticipant"], version, "the participation");
    const fields = parseInput(participantFields, { role: row.role, status: row.status, confidence: row.confidence, ...patch });
    const clash = await tx.events.participationId(row.eventId, row.entityId, fields.role);
    if (clash && clash !== row.id) throw fieldError("role", `the entity already takes part in this event as ${fields.role}`);
    const { row: after } = await updateRecord(ctx, tx, "event_participants", row, fields);
    return after;
  });
}

export async function removeEventParticipant(ctx: Context, input: unknown) {
  requireEditor(ctx);
  const { id, version } = parseInput(deleteInput, input);
  return ctx.store.write(async (tx) => {
    const row = await recordForWrite(tx, "event_participants", id, ["EventParticipant"], version, "the participation");
    return { deletedId: id, revisionId: await deleteRecord(ctx, tx, "event_participants", row) };
  });
}
