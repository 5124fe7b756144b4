import type { DatePrecision } from "./enums";

/**
 * A date known only to some precision: "2016", "2016-07" or "2016-07-22". It is stored and
 * returned exactly as known; a month-precision date never gains a made-up day. For ordering and
 * range queries it also has the first and last calendar day it may denote.
 */
export type PartialDate = string;

const partialDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface ParsedPartialDate {
  value: PartialDate;
  precision: DatePrecision;
  /** First day the date may denote (ISO yyyy-mm-dd). */
  earliest: string;
  /** Last day the date may denote (ISO yyyy-mm-dd). */
  latest: string;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Parses a partial date, or returns an explanation of what is wrong with it. */
export function parsePartialDate(value: string): ParsedPartialDate | { error: string } {
  const match = partialDatePattern.exec(value);
  if (!match) return { error: `"${value}" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD` };
  const year = Number(match[1]);
  if (match[2] === undefined) {
    return { value, precision: "YEAR", earliest: `${match[1]}-01-01`, latest: `${match[1]}-12-31` };
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { error: `"${value}" has month ${match[2]}: months run 01 to 12` };
  const lastDay = daysInMonth(year, month);
  if (match[3] === undefined) {
    return {
      value,
      precision: "MONTH",
      earliest: `${match[1]}-${match[2]}-01`,
      latest: `${match[1]}-${match[2]}-${pad(lastDay)}`,
    };
  }
  const day = Number(match[3]);
  if (day < 1 || day > lastDay) {
    return { error: `"${value}" has day ${match[3]}: ${match[1]}-${match[2]} has ${lastDay} days` };
  }
  return { value, precision: "DAY", earliest: value, latest: value };
}

export function isParsedDate(x: ParsedPartialDate | { error: string }): x is ParsedPartialDate {
  return !("error" in x);
}

/** Parses a partial date that is known to be valid (it passed validation). */
export function partialDate(value: string): ParsedPartialDate {
  const parsed = parsePartialDate(value);
  if (!isParsedDate(parsed)) throw new Error(parsed.error);
  return parsed;
}
