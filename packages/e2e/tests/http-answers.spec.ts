import { expect, test } from "@playwright/test";
import { CASE_SLUG } from "./helpers";

// Status codes a browser, a crawler or a link checker relies on. The default session: the demo viewer.

test("`/` is the index of cases itself (200, no redirect to a built-in case), and so is /cases", async ({ request }) => {
  for (const path of ["/", "/cases"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain(`href="/cases/${CASE_SLUG}"`);
  }
});

test("signed out, `/` still sends the visitor to sign in, and back to `/`", async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const response = await context.request.get("/", { maxRedirects: 0 });
  expect(response.status()).toBeGreaterThanOrEqual(300);
  expect(response.status()).toBeLessThan(400);
  expect(response.headers().location).toContain("/sign-in?next=%2F");
  await context.close();
});

test("addresses that name nothing answer 404, with the not-found page", async ({ page }) => {
  for (const path of [
    "/no-such-page",
    "/entities/person_doesnotexist0000000000",
    "/entities/not-an-id-at-all",
    "/cases/no-such-case",
    "/history/not-an-id-at-all",
  ]) {
    await test.step(path, async () => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
      await expect(page.locator("main")).not.toContainText("BAD_USER_INPUT");
      await expect(page.locator("main")).not.toContainText("global ID");
    });
  }
});

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("a signed-out visitor is redirected (3xx) to sign in, and the page does not promise anonymous reading", async ({
    page,
    request,
  }) => {
    const response = await request.get(`/cases/${CASE_SLUG}/timeline`, { maxRedirects: 0 });
    expect(response.status()).toBeGreaterThanOrEqual(300);
    expect(response.status()).toBeLessThan(400);
    expect(response.headers().location).toContain("/sign-in?next=");
    // The e2e API runs without CASEFILE_PUBLIC_READ: reading needs an account, and the page says so.
    await page.goto("/sign-in");
    await expect(page.getByTestId("sign-in-intro")).toHaveText(/Sign in to read the case file/);
    await expect(page.getByTestId("sign-in-intro")).not.toContainText("without signing in");
  });
});
