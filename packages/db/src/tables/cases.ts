import { caseStatuses, datePrecisions } from "@casefile/schema/enums";
import { sqliteTable, text } from "drizzle-orm/sqlite-core";
import { recordColumns } from "./columns";

export const cases = sqliteTable("cases", {
  ...recordColumns,
  slug: text().notNull().unique(),
  caption: text().notNull(),
  shortTitle: text(),
  docketNumber: text(),
  court: text(),
  jurisdiction: text(),
  status: text({ enum: caseStatuses }).notNull(),
  filedDate: text(),
  filedDatePrecision: text({ enum: datePrecisions }),
  summary: text(),
});

export type CaseRow = typeof cases.$inferSelect;
