"use client";

import { useEffect, useState } from "react";
import { MoonIcon, SunIcon, SystemIcon } from "./icons";

export type ThemeChoice = "light" | "dark" | "system";
const STORAGE_KEY = "casefile-theme";
const ORDER: ThemeChoice[] = ["system", "light", "dark"];

/** Applies a theme choice to <html data-theme>; "system" follows prefers-color-scheme. */
export function applyTheme(choice: ThemeChoice) {
  const isDark = choice === "dark" || (choice === "system" && window.matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.dataset.theme = isDark ? "dark" : "light";
}

/**
 * Runs before first paint (inlined in <head>) so the page never flashes the wrong theme.
 * Kept as a string because it must run before React hydrates.
 */
export const THEME_BOOT_SCRIPT = `(function(){try{var c=localStorage.getItem("${STORAGE_KEY}")||"system";var d=c==="dark"||(c==="system"&&matchMedia("(prefers-color-scheme: dark)").matches);document.documentElement.dataset.theme=d?"dark":"light";}catch(e){}})();`;

export function ThemeToggle() {
  const [choice, setChoice] = useState<ThemeChoice>("system");

  useEffect(() => {
    const stored = localStorage.getItem(STORAGE_KEY) as ThemeChoice | null;
    if (stored && ORDER.includes(stored)) setChoice(stored);
  }, []);

  useEffect(() => {
    if (choice !== "system") return;
    const media = window.matchMedia("(prefers-color-scheme: dark)");
    const onChange = () => applyTheme("system");
    media.addEventListener("change", onChange);
    return () => media.removeEventListener("change", onChange);
  }, [choice]);

  const onClick = () => {
    const next = ORDER[(ORDER.indexOf(choice) + 1) % ORDER.length] ?? "system";
    setChoice(next);
    localStorage.setItem(STORAGE_KEY, next);
    applyTheme(next);
  };

  const label = choice === "system" ? "Theme: system" : choice === "light" ? "Theme: light" : "Theme: dark";
  return (
    <button type="button" className="icon-button" onClick={onClick} aria-label={`${label}. Change theme`} title={label}>
      {choice === "system" ? <SystemIcon /> : choice === "light" ? <SunIcon /> : <MoonIcon />}
    </button>
  );
}
