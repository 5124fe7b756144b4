import { expect, test } from "@playwright/test";
import { CASE_SLUG } from "./helpers";

// The default session: the demo viewer.

test("the case page offers the FollowTheMoney and Web Annotation exports", async ({ page }) => {
  await page.goto(`/cases/${CASE_SLUG}`);
  const exports = page.getByTestId("case-exports");
  for (const [name, type, first] of [
    ["FollowTheMoney", "application/x-ndjson", "{"],
    ["Web Annotations", "application/ld+json", "{"],
  ] as const) {
    const link = exports.getByRole("link", { name });
    const href = await link.getAttribute("href");
    const response = await page.request.get(href ?? "");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain(type);
    expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="/);
    expect((await response.text()).trimStart().startsWith(first)).toBe(true);
    const download = page.waitForEvent("download");
    await link.click();
    expect((await download).suggestedFilename()).toMatch(/\.(jsonl?|ndjson|jsonld)$/);
  }
  const wrong = await page.request.get(`/cases/${CASE_SLUG}/export?format=pdf`);
  expect(wrong.status()).toBe(400);
  expect(await wrong.text()).toContain("format=ftm");
});
