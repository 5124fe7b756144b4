import { expect, type Page, test } from "@playwright/test";
import { adminStatePath } from "../environment";
import { articleSource, CASE_SLUG, findEntity } from "./helpers";

// A phone: 390×844 CSS pixels, touch. The project's default session is the demo viewer.
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** The page's content starts near the top (not below the navigation) and nothing widens the page. */
async function expectPhoneLayout(page: Page) {
  const heading = page.locator("main h1").first();
  await expect(heading).toBeVisible();
  const box = await heading.boundingBox();
  expect(box?.y ?? Number.POSITIVE_INFINITY, "the page's title is within the first 250 px").toBeLessThan(250);
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    viewport: document.documentElement.clientWidth,
    wide: Array.from(document.querySelectorAll("main *"))
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .filter((el) => !el.closest(".table-scroll, .matrix-wrap, [data-scrolls]"))
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
  }));
  expect(
    widths.page,
    `nothing overflows the ${widths.viewport} px screen (widest: ${widths.wide.join(", ")})`,
  ).toBeLessThanOrEqual(widths.viewport);
}

test("on a phone every page opens on its content, within the screen's width", async ({ page, request }) => {
  test.setTimeout(120_000);
  const article = await articleSource(request);
  const unit = await findEntity(request, "Unit 26165");
  for (const path of [
    "/",
    `/cases/${CASE_SLUG}`,
    "/entities",
    `/entities/${encodeURIComponent(unit.id)}`,
    `/cases/${CASE_SLUG}/timeline`,
    `/cases/${CASE_SLUG}/graph`,
    "/sources",
    `/sources/${encodeURIComponent(article.id)}`,
    "/search?q=Guccifer",
    "/explorer",
  ]) {
    await test.step(path, async () => {
      await page.goto(path);
      await expectPhoneLayout(page);
    });
  }
});

test("on a phone a short page keeps the menu row short", async ({ page }) => {
  await page.goto("/no-such-page");
  const sidebar = await page.getByRole("complementary", { name: "Sidebar" }).boundingBox();
  expect(sidebar?.height ?? 0).toBeLessThan(80);
});

test("on a phone the navigation folds behind a Menu button", async ({ page }) => {
  await page.goto(`/cases/${CASE_SLUG}`);
  const nav = page.getByRole("navigation", { name: "Main" });
  const menu = page.getByRole("button", { name: "Menu" });
  await expect(nav).toBeHidden();
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  // No keyboard shortcut is advertised on a touch screen.
  await expect(page.getByRole("button", { name: /Search/ })).toBeVisible();
  await expect(page.locator(".search-trigger kbd")).toBeHidden();

  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(nav).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(nav).toBeHidden();
  await expect(menu).toBeFocused();

  await menu.click();
  await nav.getByRole("link", { name: "Sources" }).click();
  await expect(page).toHaveURL(/\/sources$/);
  await expect(nav).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("on a phone the matrix scrolls inside its card and keeps the defendants in view", async ({ page }) => {
  await page.goto(`/cases/${CASE_SLUG}`);
  const matrix = page.getByTestId("defendant-matrix");
  await matrix.scrollIntoViewIfNeeded();
  const firstName = matrix.locator("tbody th").first();
  const before = await firstName.boundingBox();
  const scrolled = await page.locator(".matrix-wrap").evaluate((el) => {
    el.scrollLeft = el.scrollWidth;
    return el.scrollLeft;
  });
  expect(scrolled, "the counts scroll sideways inside the card").toBeGreaterThan(0);
  const after = await firstName.boundingBox();
  expect(Math.abs((after?.x ?? 0) - (before?.x ?? 0)), "the defendant column stays in place").toBeLessThan(2);
  await expectPhoneLayout(page);
});

test.describe("admin pages on a phone", () => {
  test.use({ storageState: adminStatePath });
  test("tables scroll inside their card", async ({ page }) => {
    for (const path of ["/admin/users", "/admin/tokens", "/admin/activity"]) {
      await test.step(path, async () => {
        await page.goto(path);
        await expectPhoneLayout(page);
      });
    }
  });
});
