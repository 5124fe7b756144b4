/** Browser and account settings shared by the Playwright config, the tests and the scripts (no side effects). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
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
