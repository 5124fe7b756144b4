import { expect, test as setup } from "@playwright/test";
import { storageStatePath, viewerEmail, viewerPassword } from "../environment";

setup("sign in as the demo viewer", async ({ page }) => {
  await page.goto("/entities");
  // The API does not serve signed-out readers: the dashboard sends them to sign in first.
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fentities/);
  await page.getByLabel("Email").fill(viewerEmail);
  await page.getByLabel("Password").fill(viewerPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/entities$/);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.context().storageState({ path: storageStatePath });
});
