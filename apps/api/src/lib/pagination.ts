import { AppError } from "./errors.js";

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
}

/** Decodes a cursor made by encodeCursor; a forged or stale one is a clear input error. */
export function decodeCursor<T>(cursor: string, argument: string, isValid: (value: unknown) => value is T): T {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (isValid(value)) return value;
  } catch {}
  throw AppError.badInput(`${argument} is not a cursor from this list: pass an endCursor or startCursor you received`, [
    { path: `$.${argument}`, message: "not a valid cursor" },
  ]);
}

/** Checks first/last and returns the page size and direction. */
export function pageSize(args: PageArgs, fallback = DEFAULT_PAGE_SIZE): { size: number; isBackward: boolean } {
  if (args.first != null && args.last != null) {
    throw AppError.badInput("pass either first or last, not both", [{ path: "$.last", message: "remove first or last" }]);
  }
  const isBackward = args.last != null || (args.before != null && args.first == null);
  const size = (isBackward ? args.last : args.first) ?? fallback;
  const argument = isBackward ? "last" : "first";
  if (!Number.isInteger(size) || size < 0) {
    throw AppError.badInput(`${argument} must be a whole number from 0 to ${MAX_PAGE_SIZE}`, [
      { path: `$.${argument}`, message: "must not be negative" },
    ]);
  }
  if (size > MAX_PAGE_SIZE) {
    throw AppError.badInput(`${argument} must be at most ${MAX_PAGE_SIZE}; page through longer lists with cursors`, [
      { path: `$.${argument}`, message: `at most ${MAX_PAGE_SIZE}` },
    ]);
  }
  return { size, isBackward };
}

export const isOffsetCursor = (value: unknown): value is { o: number } =>
  typeof value === "object" && value !== null && Number.isInteger((value as { o: unknown }).o) && (value as { o: number }).o >= 0;

/** Cursors of the first list positions, encoded once: nearly every page of every list is among them. */
const offsetCursors: string[] = [];
const MAX_REMEMBERED_POSITION = 1_000;

function offsetCursor(position: number): string {
  if (position > MAX_REMEMBERED_POSITION) return encodeCursor({ o: position });
  let cursor = offsetCursors[position];
  if (cursor === undefined) {
    cursor = encodeCursor({ o: position });
    offsetCursors[position] = cursor;
  }
  return cursor;
}

/** Offset pagination over an already ordered, bounded list (per-parent lists, ranked search). */
export function offsetConnection<T>(items: T[], totalCount: number, offset: number, size: number): Connection<T> {
  const page = items.slice(0, size);
  return {
    edges: page.map((node, i) => ({ cursor: offsetCursor(offset + i + 1), node })),
    pageInfo: {
      hasNextPage: offset + page.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: page.length > 0 ? offsetCursor(offset + 1) : null,
      endCursor: page.length > 0 ? offsetCursor(offset + page.length) : null,
    },
    totalCount,
  };
}

export function offsetFrom(after: string | null | undefined, argument = "after"): number {
  return after ? decodeCursor(after, argument, isOffsetCursor).o : 0;
}
