import { factStatuses } from "@casefile/schema/enums";
import { DEFAULT_CONFIDENCE, DEFAULT_FACT_STATUS } from "@casefile/schema/rules";
import { sql } from "drizzle-orm";
import { integer, text } from "drizzle-orm/sqlite-core";

/** Columns every versioned record has. `version` starts at 1 and grows by one per write. */
export const recordColumns = {
  id: text().primaryKey(),
  version: integer().notNull().default(1),
  createdAt: text().notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  updatedAt: text().notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
};

/** How well a fact is established, on every table whose rows are facts. */
export const factColumns = {
  status: text({ enum: factStatuses }).notNull().default(DEFAULT_FACT_STATUS),
  confidence: integer().notNull().default(DEFAULT_CONFIDENCE),
};
