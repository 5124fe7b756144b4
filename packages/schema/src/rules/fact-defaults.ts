/** What a fact (entity, relationship, event, participation, count, defendant, case role) is when its input leaves them out. */
import type { FactStatus } from "../enums";

/** A fact nobody has qualified is an allegation, never a finding. */
export const DEFAULT_FACT_STATUS = "ALLEGED" satisfies FactStatus;

/** Confidence, 0 to 100, of a fact given without one. */
export const DEFAULT_CONFIDENCE = 50;

export const factDefaults = { status: DEFAULT_FACT_STATUS, confidence: DEFAULT_CONFIDENCE } as const;
