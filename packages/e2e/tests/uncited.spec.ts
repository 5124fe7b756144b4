import { expect, test } from "@playwright/test";
import { editorStatePath } from "../environment";
import { gql } from "./helpers";

// Creating an entity takes an editor.
test.use({ storageState: editorStatePath });

test("the directory lists the entities no source cites yet, and only those, when 'No citation yet' is ticked", async ({
  page,
  request,
}) => {
  const name = `Uncited Example ${Date.now().toString(36)}`;
  await gql(request, "mutation($input: CreateEntityInput!) { createEntity(input: $input) { entity { id } } }", {
    input: { kind: "PERSON", name },
  });

  await page.goto("/entities");
  await page.getByTestId("directory-uncited").check();
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]uncited=1/);
  const table = page.locator("table");
  await expect(table).toContainText(name);
  // Every seeded entity is cited, so none of them is listed beside the new one.
  await expect(table).not.toContainText("Netyksho");
  await expect(page.getByTestId("directory-uncited")).toBeChecked();
});
