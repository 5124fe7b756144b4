import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { cases } from "./cases";
import { factColumns, recordColumns } from "./columns";
import { entities } from "./entities";

/** One count of an indictment. Counts 2-9 of the same charge are eight rows. */
export const charges = sqliteTable(
  "charges",
  {
    ...recordColumns,
    ...factColumns,
    caseId: text()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    countNumber: integer().notNull(),
    title: text().notNull(),
    statute: text().notNull(),
    description: text(),
  },
  (t) => [uniqueIndex("charges_case_count_idx").on(t.caseId, t.countNumber)],
);

/** A defendant charged in a count; the link carries its own status (alleged, unverified...). */
export const chargeDefendants = sqliteTable(
  "charge_defendants",
  {
    ...recordColumns,
    ...factColumns,
    chargeId: text()
      .notNull()
      .references(() => charges.id, { onDelete: "cascade" }),
    entityId: text()
      .notNull()
      .references(() => entities.id),
  },
  (t) => [
    uniqueIndex("charge_defendants_charge_entity_idx").on(t.chargeId, t.entityId),
    index("charge_defendants_entity_idx").on(t.entityId),
  ],
);

export type ChargeRow = typeof charges.$inferSelect;
export type ChargeDefendantRow = typeof chargeDefendants.$inferSelect;
