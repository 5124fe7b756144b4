"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { CURRENT_CASE_COOKIE } from "@/lib/config";

/** The case in the URL (`/cases/<slug>/…`), or null on other pages (`/cases/new` is not a case). */
export function caseSlugInPath(pathname: string): string | null {
  const match = /^\/cases\/([^/]+)/.exec(pathname);
  if (!match?.[1] || match[1] === "new") return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

/** Whether the page is the index of all cases (`/` or `/cases`). */
export function isCaseIndex(pathname: string): boolean {
  return pathname === "/" || pathname === "/cases" || pathname === "/cases/";
}

/**
 * The current case: the one in the URL; elsewhere the last case visited (remembered in a cookie
 * for a year), or null on the cases index and before any case was opened. Visiting a case
 * remembers it.
 */
export function useCurrentCase(remembered: string | null): string | null {
  const pathname = usePathname() ?? "/";
  const inPath = caseSlugInPath(pathname);
  const [last, setLast] = useState(remembered);
  useEffect(() => {
    if (!inPath) return;
    setLast(inPath);
    // biome-ignore lint/suspicious/noDocumentCookie: a plain preference cookie, read by server pages too
    document.cookie = `${CURRENT_CASE_COOKIE}=${encodeURIComponent(inPath)}; path=/; max-age=31536000; samesite=lax`;
  }, [inPath]);
  if (isCaseIndex(pathname)) return null;
  return inPath ?? last;
}
