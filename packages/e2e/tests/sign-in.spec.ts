import { expect, test } from "@playwright/test";
import { viewerEmail, viewerPassword } from "../environment";

// These tests start signed out.
test.use({ storageState: { cookies: [], origins: [] } });

test("a signed-out visitor is sent to sign in, and back after", async ({ page }) => {
  await page.goto("/cases/us-v-netyksho/timeline");
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await expect(page.getByRole("heading", { name: "Sign in to Casefile" })).toBeVisible();
  await page.getByLabel("Email").fill(viewerEmail);
  await page.getByLabel("Password").fill(viewerPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/cases\/us-v-netyksho\/timeline$/);
  await expect(page.getByText("Demo Viewer")).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("wrong credentials are refused with a message", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("nobody@example.com");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});
