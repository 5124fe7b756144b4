/** Axe check of given paths against a running dashboard (BASE_URL), both themes: npx tsx scripts/axe-check.ts /explorer /entities */

import AxeBuilder from "@axe-core/playwright";
import { chromium } from "@playwright/test";
import { chromiumArgs, requireChromium, viewerEmail, viewerPassword } from "../constants";

const base = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumArgs });
for (const theme of ["light", "dark"] as const) {
  const context = await browser.newContext({ colorScheme: theme });
  const page = await context.newPage();
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("Email").fill(viewerEmail);
  await page.getByLabel("Password").fill(viewerPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/sign-in"));
  for (const path of process.argv.slice(2)) {
    await page.goto(`${base}${path}`, { waitUntil: "networkidle" });
    await page.waitForTimeout(1500);
    const r = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    for (const v of r.violations)
      console.log(
        theme,
        path,
        v.impact,
        v.id,
        v.nodes
          .slice(0, 4)
          .map((n) => n.target.join(" "))
          .join(" | "),
      );
  }
  await context.close();
}
await browser.close();
