"use client";

import { useRouter } from "next/navigation";
import type { CaseChoice } from "@/lib/current-case";
import { useCurrentCase } from "./use-current-case";

/**
 * The top bar's case switcher: always names the current case (the one in the URL, else the last
 * one visited), or "All cases"; choosing a case opens its overview, "All cases" the index.
 */
export function CaseSwitcher({ cases, remembered }: { cases: readonly CaseChoice[]; remembered: string | null }) {
  const router = useRouter();
  const current = useCurrentCase(remembered);
  const known = cases.some((c) => c.slug === current);
  return (
    <label className="case-switcher" data-testid="case-switcher">
      <span className="case-switcher-label">Case</span>
      <select
        className="input"
        aria-label="Current case"
        value={current ?? ""}
        onChange={(event) => {
          const slug = event.target.value;
          router.push(slug ? `/cases/${encodeURIComponent(slug)}` : "/");
        }}
      >
        <option value="">All cases</option>
        {current && !known ? <option value={current}>{current}</option> : null}
        {cases.map((c) => (
          <option key={c.slug} value={c.slug}>
            {c.shortTitle ?? c.caption}
          </option>
        ))}
      </select>
    </label>
  );
}
