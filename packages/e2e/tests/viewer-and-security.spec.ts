import { expect, test } from "@playwright/test";
import { articleSource, findEntity, gqlRaw } from "./helpers";

// The project's default storage state: the demo viewer.

test("a viewer sees no editing controls, and a mutation forged with the viewer's session is FORBIDDEN", async ({
  page,
  request,
}) => {
  const unit = await findEntity(request, "Unit 26165");
  await page.goto(`/entities/${encodeURIComponent(unit.id)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Unit 26165");
  await expect(page.getByTestId("edit-controls")).toHaveCount(0);
  await expect(page.getByRole("link", { name: /^Edit/ })).toHaveCount(0);
  await expect(page.getByText("Add an annotation")).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Main" })).not.toContainText("Add entity");

  const article = await articleSource(request);
  await page.goto(`/sources/${encodeURIComponent(article.id)}`);
  await expect(page.getByTestId("source-text")).toBeVisible();
  await expect(page.getByTestId("selection-bar")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Resolve" })).toHaveCount(0);

  await page.goto("/entities/new");
  await expect(page.getByTestId("needs-role")).toContainText("Editor role");
  await expect(page.getByRole("button", { name: /Create/ })).toHaveCount(0);

  // The server refuses what the interface hides.
  const forged = await gqlRaw(
    request,
    'mutation { updateEntity(input: { id: "' +
      unit.id +
      '", version: ' +
      unit.version +
      ', name: "Forged" }) { entity { id } } }',
  );
  expect(forged.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  const after = await findEntity(request, "Unit 26165");
  expect(after.version).toBe(unit.version);
});

test("every page carries the security headers, and the explorer, charts and graph work under the CSP", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy|Refused to (execute|load|apply|evaluate)/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/explorer");
  const headers = response?.headers() ?? {};
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toContain("unsafe-eval");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  // A fresh nonce each time.
  const again = await page.request.get("/explorer");
  expect(again.headers()["content-security-policy"]).not.toBe(csp);

  await page.locator(".graphiql-container").waitFor();
  await page.locator(".graphiql-execute-button").click();
  await expect(page.locator(".graphiql-response")).toContainText("Netyksho");

  await page.goto("/cases/us-v-netyksho");
  await expect(page.locator(".chart-box svg").first()).toBeVisible();
  await page.goto("/cases/us-v-netyksho/graph");
  const graph = page.getByTestId("graph-canvas");
  await expect(graph).toHaveAttribute("data-node-count", /[1-9]/);
  await expect(graph.locator("canvas").first()).toBeVisible();
  expect(violations).toEqual([]);
});
