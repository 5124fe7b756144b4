/**
 * The one CSV writer of Casefile (the API's and CLI's exports, and the dashboard's): RFC 4180,
 * CRLF line ends, a header row, fields quoted when they hold a comma, quote, CR or LF, quotes
 * doubled. Cells are protected against formula injection: a text cell that starts with = + - @
 * (or a tab or CR) gets a leading apostrophe, so a spreadsheet shows it as text instead of
 * running it. Numbers and booleans are not text: they are written as they are. A list of texts
 * is one cell, its items joined with "; ".
 */

export type CsvValue = string | number | boolean | null | undefined | readonly string[];

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => CsvValue;
}

const formulaStart = /^[=+\-@\t\r]/;

/** One cell: formula-protected, then quoted if needed. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const isText = typeof value === "string" || Array.isArray(value);
  let text = Array.isArray(value) ? value.join("; ") : String(value);
  if (isText && formulaStart.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV document from columns: header row, then one line per row, CRLF after each. */
export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: Iterable<T>): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(",")];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row))).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

/** A whole CSV document from a header and rows of cells. */
export function csvTable(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const lines = [header.map(csvCell).join(",")];
  for (const row of rows) lines.push(row.map(csvCell).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
