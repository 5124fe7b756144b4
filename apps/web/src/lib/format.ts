import type { DatePrecision } from "@/gql/graphql";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTHS_LONG = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * Formats a partial date exactly as precise as it is known: `2016` stays a year, `2016-07`
 * becomes "July 2016" (never a made-up day), `2016-07-22` becomes "22 Jul 2016".
 */
export function formatPartialDate(value: string | null | undefined, precision?: DatePrecision | null): string {
  if (!value) return "date unknown";
  const [year, month, day] = value.split("-");
  const effective = precision ?? (day ? "DAY" : month ? "MONTH" : "YEAR");
  if (effective === "YEAR" || !month) return year ?? value;
  const monthIndex = Number(month) - 1;
  if (effective === "MONTH" || !day) return `${MONTHS_LONG[monthIndex] ?? month} ${year}`;
  return `${Number(day)} ${MONTHS[monthIndex] ?? month} ${year}`;
}

/**
 * A span of partial dates with both of its ends: "2014 – 2016", "March 2016 – …" (still running
 * or end unknown), "? – 2016" (start unknown); a single date when there is no end or the ends are
 * the same; null when neither is known.
 */
export function formatDateRange(
  start: string | null | undefined,
  startPrecision: DatePrecision | null | undefined,
  end: string | null | undefined,
  endPrecision: DatePrecision | null | undefined,
  { isOpenEnded = true }: { isOpenEnded?: boolean } = {},
): string | null {
  if (!start && !end) return null;
  const from = start ? formatPartialDate(start, startPrecision) : "?";
  if (!end) return isOpenEnded ? `${from} – …` : from;
  const to = formatPartialDate(end, endPrecision);
  return from === to ? from : `${from} – ${to}`;
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return "";
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}

/** `MILITARY_UNIT` → "Military unit". */
export function humanize(value: string | null | undefined): string {
  if (!value) return "";
  const lower = value.toLowerCase().replaceAll("_", " ");
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** `2016-07` → "Jul 2016". */
export function formatMonth(value: string): string {
  const [year, month] = value.split("-");
  return `${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? singular : plural}`;
}

/** Short label for a predicate read from the subject's side ("member of") or the object's ("has member"). */
export function predicateLabel(predicate: string, isIncoming = false): string {
  const outgoing: Record<string, string> = {
    MEMBER_OF: "member of",
    COMMANDS: "commands",
    PART_OF: "part of",
    OPERATES: "operates",
    EMPLOYED_BY: "employed by",
    COMMUNICATED_WITH: "communicated with",
    TARGETED: "targeted",
    ALIAS_OF: "alias of",
    ASSOCIATED_WITH: "associated with",
  };
  const incoming: Record<string, string> = {
    MEMBER_OF: "has member",
    COMMANDS: "commanded by",
    PART_OF: "includes",
    OPERATES: "operated by",
    EMPLOYED_BY: "employs",
    COMMUNICATED_WITH: "communicated with",
    TARGETED: "targeted by",
    ALIAS_OF: "has alias",
    ASSOCIATED_WITH: "associated with",
  };
  return (isIncoming ? incoming : outgoing)[predicate] ?? humanize(predicate);
}

/** `ChargeDefendant` → "Charge defendant". */
export function recordTypeLabel(recordType: string): string {
  const spaced = recordType
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replaceAll("_", " ")
    .toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
