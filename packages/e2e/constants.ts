import { existsSync } from "node:fs";

/** Browser and account settings shared by the Playwright config, the tests and the scripts (no side effects). */

/** Where a Chromium is looked for, in order: CHROMIUM_PATH, then Debian's and Ubuntu's packages. */
export const chromiumCandidates = process.env.CHROMIUM_PATH
  ? [process.env.CHROMIUM_PATH]
  : ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** The first Chromium found, or undefined (then `missingChromiumMessage` says what to do). */
export const chromiumPath: string | undefined = chromiumCandidates.find((path) => existsSync(path));

/** What to run when no Chromium is found: printed before any server is started. */
export const missingChromiumMessage = [
  `The browser tests need Chromium and found none (looked at ${chromiumCandidates.join(", ")}).`,
  "Install Debian's Chromium (as root):",
  "",
  "  apt-get install -y chromium",
  "",
  "or point CHROMIUM_PATH at a Chromium or Chrome binary, then run the tests again.",
].join("\n");

/** The Chromium to launch; stops the process with the install command when there is none. */
export function requireChromium(): string {
  if (chromiumPath) return chromiumPath;
  console.error(missingChromiumMessage);
  process.exit(1);
}
export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
/** Demo accounts are created by `casefile seed` outside production (password `casefile-demo`). */
export const viewerEmail = process.env.CASEFILE_E2E_EMAIL ?? "viewer@casefile.local";
export const viewerPassword = process.env.CASEFILE_E2E_PASSWORD ?? "casefile-demo";
export const editorEmail = process.env.CASEFILE_E2E_EDITOR_EMAIL ?? "editor@casefile.local";
export const adminEmail = process.env.CASEFILE_E2E_ADMIN_EMAIL ?? "admin@casefile.local";
