import { expect, test as setup } from "@playwright/test";
import {
  adminEmail,
  adminStatePath,
  editorEmail,
  editorStatePath,
  storageStatePath,
  viewerEmail,
  viewerPassword,
} from "../environment";

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

// The editor and admin sign in through the API (the sign-in page is covered above); each gets its own session cookie.
for (const [email, path] of [
  [editorEmail, editorStatePath],
  [adminEmail, adminStatePath],
] as const) {
  setup(`sign in as ${email}`, async ({ page }) => {
    const response = await page.request.post("/graphql", {
      data: {
        query: "mutation($input: LoginInput!) { login(input: $input) { viewer { role } } }",
        variables: { input: { email, password: viewerPassword } },
      },
    });
    expect(response.ok()).toBe(true);
    await page.context().storageState({ path });
  });
}
