import { expect, test } from "@playwright/test";
import { editorStatePath } from "../environment";
import { CASE_SLUG, findEntity, gql } from "./helpers";

// Creating a case takes an editor.
test.use({ storageState: editorStatePath });

test("the home page lists every case, the switcher moves between them, and a new case counts only its own records", async ({
  page,
  request,
}) => {
  const slug = `state-v-holdings-${Date.now().toString(36)}`;
  const caption = `State v. Example Holdings Ltd (${slug})`;
  await gql(request, "mutation($input: CreateCaseInput!) { createCase(input: $input) { case { slug } } }", {
    input: { slug, caption, docketNumber: "24-CR-0001", court: "Example District Court", status: "INVESTIGATION" },
  });

  // The index is the home page itself (200, no redirect to a case), and /cases is the same list.
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cases");
  const rows = page.getByTestId("case-row");
  const seeded = rows.filter({ hasText: "Netyksho" });
  const created = rows.filter({ hasText: caption });
  await expect(seeded).toHaveCount(1);
  await expect(created).toHaveCount(1);
  await expect(created).toContainText("24-CR-0001");
  await expect(created).toContainText("Example District Court");
  await expect(created).toContainText("Investigation");
  await expect(seeded.locator("td").nth(2)).toHaveText("12"); // defendants
  await expect(created.locator("td").nth(2)).toHaveText("0");
  await expect(page.getByRole("link", { name: "New case" })).toBeVisible();
  const switcher = page.getByTestId("case-switcher").locator("select");
  await expect(switcher).toHaveValue("");
  await expect(switcher.locator("option:checked")).toHaveText("All cases");
  await page.goto("/cases");
  await expect(page.getByTestId("case-row")).toHaveCount(await rows.count());

  // Through the index into the seeded case: the switcher names it, the sidebar follows it.
  await page.getByTestId("case-row").filter({ hasText: "Netyksho" }).getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/cases/${CASE_SLUG}$`));
  await expect(switcher).toHaveValue(CASE_SLUG);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Timeline", exact: true })).toHaveAttribute("href", `/cases/${CASE_SLUG}/timeline`);

  // The switcher moves to the new case; its overview shows its own zero figures.
  await switcher.selectOption(slug);
  await expect(page).toHaveURL(new RegExp(`/cases/${slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(caption);
  for (const figure of ["defendants", "events", "sources", "citations", "open-questions"]) {
    await expect(page.getByTestId(`figure-${figure}`).locator(".figure-value")).toHaveText("0");
  }
  await expect(nav.getByRole("link", { name: "Timeline", exact: true })).toHaveAttribute("href", `/cases/${slug}/timeline`);
  await expect(nav.getByRole("link", { name: "Graph", exact: true })).toHaveAttribute("href", `/cases/${slug}/graph`);

  // Off a case page the switcher keeps the last case visited, and so do the sidebar's case links.
  await page.goto("/entities");
  await expect(switcher).toHaveValue(slug);
  await expect(nav.getByRole("link", { name: "Overview", exact: true })).toHaveAttribute("href", `/cases/${slug}`);

  // The directory's case filter shows captions and keeps ?case=.
  await page.goto(`/entities?case=${CASE_SLUG}`);
  const filter = page.getByTestId("directory-case");
  await expect(filter).toHaveValue(CASE_SLUG);
  await expect(filter.locator("option:checked")).toContainText("Netyksho");
  const summary = page.locator('p[role="status"]');
  await expect(summary).toContainText("Netyksho");
  await expect(summary).not.toContainText(CASE_SLUG);

  // "Add to case" asks which case, starting on the current one, and offers every case.
  const persona = await findEntity(request, "Guccifer 2.0");
  await page.goto(`/entities/${encodeURIComponent(persona.id)}`);
  await page.getByRole("link", { name: "Add to case" }).click();
  await expect(page).toHaveURL(/\/case-roles\/new\?entity=/);
  const picker = page.getByTestId("case-picker").getByLabel("Case");
  await expect(picker).toHaveValue(slug);
  await expect(picker.locator("option")).toContainText([caption]);
  await expect(picker.locator(`option[value="${CASE_SLUG}"]`)).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 2, name: /^Role in / })).toContainText(caption);
  await picker.selectOption(CASE_SLUG);
  await page.getByRole("button", { name: "Use this case" }).click();
  await expect(page).toHaveURL(new RegExp(`case=${CASE_SLUG}`));
  await expect(page.getByRole("heading", { level: 2, name: /^Role in / })).toContainText("Netyksho");
});

test("an entity page groups its roles, events and charges under each case's caption", async ({ page, request }) => {
  const officer = await findEntity(request, "Viktor Borisovich Netyksho");
  await page.goto(`/entities/${encodeURIComponent(officer.id)}`);
  for (const section of ["cases", "charges"]) {
    await expect(page.locator(`#${section} h3`).first()).toContainText("Netyksho");
  }
});
