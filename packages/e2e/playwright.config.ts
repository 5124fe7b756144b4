import { fileURLToPath } from "node:url";
import { defineConfig } from "@playwright/test";
import { apiPort, baseURL, chromiumArgs, dbPath, requireChromium, storageStatePath, webPort } from "./environment";

// No Chromium: stop here with the install command, before building or starting anything.
const chromiumPath = requireChromium();
const repo = fileURLToPath(new URL("../..", import.meta.url));
const sharedEnv = {
  CASEFILE_DB_PATH: dbPath,
  CASEFILE_API_HOST: "127.0.0.1",
  CASEFILE_API_PORT: String(apiPort),
  NEXT_TELEMETRY_DISABLED: "1",
};

/**
 * Starts the API (on a fresh, migrated and seeded SQLite file) and the dashboard's production
 * build (`next build` then `next start`) on free ports, runs the browser tests in Debian's
 * Chromium (CHROMIUM_PATH, /usr/bin/chromium or /usr/bin/chromium-browser), and stops both. Set CASEFILE_E2E_SKIP_BUILD=1 to reuse an existing `.next` build.
 */
export default defineConfig({
  testDir: "./tests",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  globalTeardown: "./global-teardown.ts",
  use: {
    baseURL,
    viewport: { width: 1280, height: 800 },
    trace: "retain-on-failure",
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  projects: [
    // Signs in once through the sign-in page (demo viewer account) and saves the session cookie.
    { name: "sign-in", testMatch: /auth\.setup\.ts/ },
    { name: "dashboard", dependencies: ["sign-in"], use: { storageState: storageStatePath } },
  ],
  webServer: [
    {
      name: "api",
      cwd: `${repo}apps/api`,
      command: "node --import tsx src/cli.ts migrate && node --import tsx src/cli.ts seed && node --import tsx src/main.ts",
      url: `http://127.0.0.1:${apiPort}/healthz`,
      env: sharedEnv,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      name: "web",
      cwd: `${repo}apps/web`,
      command: `${process.env.CASEFILE_E2E_SKIP_BUILD ? "" : "npx next build && "}npx next start --hostname 127.0.0.1 --port ${webPort}`,
      url: `${baseURL}/sign-in`,
      env: { ...sharedEnv, CASEFILE_WEB_PORT: String(webPort) },
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
