import { expect, test } from "@playwright/test";
import { editorStatePath } from "../environment";
import { articleSource, createPerson, findEntity, gql, selectPassage } from "./helpers";

test.use({ storageState: editorStatePath });

const SENTENCE = "The dozen people charged worked for an intelligence agency within the Russian General Staff (GRU).";

test("an editor creates a person, links them to Unit 26165, cites and annotates a sentence, and resolves the thread", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const name = `Officer Test ${Date.now().toString(36)}`;
  await page.goto("/entities/new");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Rank").fill("Lieutenant");
  // The shared zod validator runs in the browser: a day that does not exist is refused before any request.
  await page.getByLabel("Date of birth").fill("1985-02-30");
  await page.getByRole("button", { name: "Create person" }).click();
  await expect(page.getByTestId("error-birthDate")).toContainText("1985-02 has 28 days");
  await expect(page).toHaveURL(/\/entities\/new/);
  await page.getByLabel("Date of birth").fill("1985-02");
  await page.getByRole("button", { name: "Create person" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.locator("#overview")).toContainText("February 1985");
  // Nothing cites it yet, and the page says so.
  await expect(page.getByTestId("uncited-badge")).toHaveText("Uncited");

  // Link to Unit 26165 with the typeahead picker.
  await page.getByRole("link", { name: "Add relationship" }).click();
  await expect(page.getByTestId("picker-value")).toContainText(name);
  await page.getByLabel("Relationship", { exact: true }).selectOption("MEMBER_OF");
  await page.getByRole("combobox", { name: "Object" }).fill("Unit 261");
  await page
    .getByRole("option", { name: /Unit 26165/ })
    .first()
    .click();
  await page.getByRole("button", { name: "Create relationship" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  const relationships = page.locator("#relationships");
  await expect(relationships).toContainText("member of");
  await expect(relationships.getByRole("link", { name: "Unit 26165", exact: true })).toBeVisible();

  // Cite a sentence of the article by selecting it in the reader.
  const article = await articleSource(request);
  await page.goto(`/sources/${encodeURIComponent(article.id)}`);
  await selectPassage(page, SENTENCE);
  await page.getByTestId("selection-bar").getByRole("button", { name: "Cite" }).click();
  const citeDialog = page.getByRole("dialog", { name: "Cite this passage" });
  await expect(citeDialog.getByTestId("cite-quote")).toContainText(SENTENCE);
  await citeDialog.getByRole("combobox", { name: "Entity" }).fill(name);
  await citeDialog.getByRole("option", { name: new RegExp(name) }).click();
  // Fields by their labels, not their API names; no selector jargon.
  await expect(citeDialog.getByLabel("Field it supports").locator("option")).toContainText(["Rank", "Date of birth"]);
  await expect(citeDialog).not.toContainText("birthDate");
  await expect(citeDialog).not.toContainText("TextQuote");
  await citeDialog.getByLabel("Field it supports").selectOption("rank");
  await citeDialog.getByRole("button", { name: "Cite passage" }).click();
  await expect(citeDialog).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: "Citation added." })).toBeVisible();
  const panel = page.getByRole("complementary", { name: "Citations and annotations" });
  await expect(panel.getByRole("link", { name, exact: true })).toBeVisible();
  // The API anchored the quote exactly where it was selected.
  const person = await findEntity(request, name);
  const cited = await gql<{
    node: { citations: Array<{ field: string; quote: { exact: string }; position: { start: number } }> };
  }>(request, "query($id: ID!) { node(id: $id) { ... on Entity { citations { field quote { exact } position { start } } } } }", {
    id: person.id,
  });
  expect(cited.node.citations).toHaveLength(1);
  expect(cited.node.citations[0]?.quote.exact).toBe(SENTENCE);
  expect(cited.node.citations[0]?.field).toBe("rank");
  await page.goto(`/entities/${encodeURIComponent(person.id)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByTestId("uncited-badge")).toHaveCount(0);
  await page.goto(`/sources/${encodeURIComponent(article.id)}`);
  await expect(page.getByTestId("source-text")).toBeVisible();

  // Annotate the same passage, then resolve the thread.
  await selectPassage(page, SENTENCE);
  await page.getByTestId("selection-bar").getByRole("button", { name: "Annotate" }).click();
  const noteDialog = page.getByRole("dialog", { name: "Annotate this passage" });
  const body = `Which directorate? ${name}`;
  await noteDialog.getByRole("textbox", { name: "Annotation" }).fill(body);
  await noteDialog.getByLabel("Tags").fill("verify");
  await noteDialog.getByRole("button", { name: "Add annotation" }).click();
  await expect(noteDialog).toBeHidden();
  const thread = panel.getByTestId("annotation-thread").filter({ hasText: body });
  await expect(thread).toBeVisible();
  await expect(thread).toContainText("#verify");
  await expect(thread.getByTestId("thread-status")).toHaveText("Open");
  await thread.getByRole("button", { name: "Resolve" }).click();
  await expect(thread.getByTestId("thread-status")).toHaveText("Resolved");
  await expect(thread.getByRole("button", { name: "Reopen" })).toBeVisible();

  // The activity feed names records and fields in words: the person by name, the thread by its text.
  await page.goto("/admin/activity");
  const feed = page.locator("main");
  await expect(feed.getByRole("link", { name, exact: true }).first()).toBeVisible();
  await expect(feed.getByRole("link", { name: new RegExp(`Which directorate\\? ${name}`) }).first()).toBeVisible();
  await expect(feed).toContainText("Changed status, resolved on, resolved by");
  await expect(feed).not.toContainText("resolvedById");
  await expect(feed).not.toContainText("Annotation annotation");
  await expect(feed).not.toContainText(/\(v\d+\)/);
});

test("two editors save the same entity: the second sees the conflict view and reapplies", async ({ browser, request }) => {
  const person = await createPerson(request, `Conflict Test ${Date.now().toString(36)}`);
  const editUrl = `/entities/${encodeURIComponent(person.id)}/edit`;
  const first = await browser.newContext({ storageState: editorStatePath });
  const second = await browser.newContext({ storageState: editorStatePath });
  const pageA = await first.newPage();
  const pageB = await second.newPage();
  await pageA.goto(editUrl);
  await pageB.goto(editUrl);

  await pageA.getByLabel("Rank").fill("Major");
  await pageA.getByRole("button", { name: "Save changes" }).click();
  await expect(pageA.getByRole("heading", { level: 1 })).toHaveText(/Conflict Test/);

  await pageB.getByLabel("Rank").fill("Colonel");
  await pageB.getByLabel("Position").fill("Deputy head");
  await pageB.getByRole("button", { name: "Save changes" }).click();
  const conflict = pageB.getByTestId("conflict-view");
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText("version 2");
  const rank = conflict.locator('tr[data-field="rank"]');
  await expect(rank.getByTestId("conflict-mine")).toHaveText("Colonel");
  await expect(rank.getByTestId("conflict-theirs")).toHaveText("Major");
  await expect(rank).toContainText("both changed");
  // Nothing was saved by the refused write.
  const before = await gql<{ node: { rank: string; position: string | null; version: number } }>(
    request,
    "query($id: ID!) { node(id: $id) { ... on Person { rank position version } } }",
    { id: person.id },
  );
  expect(before.node).toEqual({ rank: "Major", position: null, version: 2 });

  await conflict.getByRole("button", { name: "Reapply my changes and save" }).click();
  await expect(pageB.getByRole("heading", { level: 1 })).toHaveText(/Conflict Test/);
  await expect(pageB.locator("#overview")).toContainText("Colonel");
  await expect(pageB.locator("#overview")).toContainText("Deputy head");
  await first.close();
  await second.close();
});

test("a merge previews what moves, and an unmerge from the history puts it back", async ({ page, request }) => {
  const suffix = Date.now().toString(36);
  const survivor = await createPerson(request, `Merge Keeper ${suffix}`, { rank: "Major" });
  const duplicate = await createPerson(request, `M. Keeper ${suffix}`, {
    aliases: [`Keeper-${suffix}`],
    rank: "Colonel",
    nationality: "Russian",
  });
  const unit = await findEntity(request, "Unit 26165");
  await gql(request, "mutation($input: CreateRelationshipInput!) { createRelationship(input: $input) { relationship { id } } }", {
    input: { subjectId: duplicate.id, predicate: "MEMBER_OF", objectId: unit.id },
  });

  await page.goto(`/entities/${encodeURIComponent(survivor.id)}/merge`);
  await page.getByRole("combobox", { name: /Duplicate to merge/ }).fill(`M. Keeper ${suffix}`);
  await page.getByRole("option", { name: new RegExp(`M. Keeper ${suffix}`) }).click();
  const preview = page.getByTestId("merge-preview");
  await expect(preview).toContainText(`M. Keeper ${suffix}, Keeper-${suffix} become aliases`);
  await expect(preview).toContainText(`Relationship: Merge Keeper ${suffix} member of Unit 26165`);
  // Each field the two disagree on is shown side by side; the survivor's empty nationality takes the duplicate's.
  const fields = page.getByTestId("merge-fields");
  await expect(fields.getByRole("radio", { name: "Nationality: take Russian" })).toBeChecked();
  await expect(fields.getByRole("radio", { name: "Rank: keep Major" })).toBeChecked();
  await fields.getByRole("radio", { name: "Rank: take Colonel" }).check();
  await expect(preview).toContainText("Rank: Colonel (instead of Major)");
  await page.getByRole("button", { name: `Merge M. Keeper ${suffix} into Merge Keeper ${suffix}` }).click();
  await expect(page.getByTestId("merge-result")).toContainText("1 link moved");

  // The duplicate's address now opens the survivor, with the moved relationship.
  await page.goto(`/entities/${encodeURIComponent(duplicate.id)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Merge Keeper ${suffix}`);
  await expect(page.locator("#relationships").getByRole("link", { name: "Unit 26165", exact: true })).toBeVisible();
  await expect(page.locator("#overview")).toContainText("Colonel");
  await expect(page.locator("#overview")).toContainText("Russian");
  // The history card tells the merge in words: no raw JSON, no field names in camelCase.
  const historyCard = page.locator("#history");
  await expect(historyCard).toContainText("1 link moved here");
  await expect(historyCard).not.toContainText('{"');
  await expect(historyCard).not.toContainText("addedAliases");
  await expect(historyCard).not.toContainText("person_");
  // The duplicate's own history is titled with its name and the record it went into, not as deleted.
  await page.goto(`/history/${encodeURIComponent(duplicate.id)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `History of M. Keeper ${suffix} (merged into Merge Keeper ${suffix})`,
  );

  await page.goto(`/history/${encodeURIComponent(survivor.id)}`);
  const merge = page.getByTestId("revision").filter({ has: page.getByText("Merge", { exact: true }) });
  await expect(merge).toContainText("1 link moved");
  // The app asks in its own dialog (not the browser's confirm): Escape answers no and changes nothing.
  const unmerge = merge.getByRole("button", { name: "Undo this merge (unmerge)" });
  await unmerge.click();
  const ask = page.getByRole("dialog", { name: "Undo this merge?" });
  await expect(ask).toBeVisible();
  await expect(ask.getByRole("button", { name: "Undo the merge" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(ask).toBeHidden();
  await expect(unmerge).toBeVisible();
  await unmerge.click();
  await ask.getByRole("button", { name: "Undo the merge" }).click();
  await expect(page.getByText(`Unmerged: M. Keeper ${suffix} stands on its own again.`)).toBeVisible();

  await page.goto(`/entities/${encodeURIComponent(duplicate.id)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`M. Keeper ${suffix}`);
  await expect(page.locator("#relationships").getByRole("link", { name: "Unit 26165", exact: true })).toBeVisible();
  await page.goto(`/entities/${encodeURIComponent(survivor.id)}`);
  await expect(page.locator("#overview")).toContainText("Major");
  await expect(page.locator("#overview")).not.toContainText("Russian");
  await expect(page.locator("#relationships")).toContainText("No relationships recorded");
});

test("an annotation with HTML in it is shown as text and never runs", async ({ page, request }) => {
  const person = await createPerson(request, `Markup Test ${Date.now().toString(36)}`);
  let isDialogShown = false;
  page.on("dialog", async (dialog) => {
    isDialogShown = true;
    await dialog.dismiss();
  });
  await page.goto(`/entities/${encodeURIComponent(person.id)}`);
  await page.getByText("Add an annotation").click();
  const payload = "<img src=x onerror=alert(1)> and <script>alert(2)</script> **still markdown**";
  await page.getByRole("textbox", { name: "Annotation" }).fill(payload);
  await page.getByRole("button", { name: "Add annotation" }).click();
  const thread = page.getByTestId("annotation-thread").first();
  await expect(thread).toContainText("<img src=x onerror=alert(1)>");
  await expect(thread).toContainText("<script>alert(2)</script>");
  await expect(thread.locator("strong", { hasText: "still markdown" })).toBeVisible();
  await expect(thread.locator("img, script")).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("annotation-thread").first()).toContainText("<img src=x onerror=alert(1)>");
  await page.waitForTimeout(300);
  expect(isDialogShown).toBe(false);
});

test("adding a source by pasting HTML, then accepting a suggested mention", async ({ page }) => {
  const title = `GRU officers indicted ${Date.now().toString(36)}`;
  await page.goto("/sources/new");
  await page
    .getByLabel("Content", { exact: true })
    .fill(
      `<html><head><title>${title}</title><script>alert("x")</script><style>p{color:red}</style></head><body>` +
        `<nav><a href="/">Home</a></nav><h1>${title}</h1>` +
        "<p>Prosecutors say Ivan Yermakov and Aleksey Lukashev of Unit 26165 sent spearphishing emails.</p>" +
        "<p>The officers met Jane Placeholder in Moscow, according to the filing.</p></body></html>",
    );
  await page.getByLabel("Format of the pasted content").selectOption("HTML");
  await page.getByLabel("Publisher").fill("Example Wire");
  await page.getByLabel("URL").fill("https://example.org/gru-indicted");
  await page.getByLabel("Published").fill("2018-07");
  await page.getByRole("button", { name: "Add source and review mentions" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Review mentions");
  const text = page.getByTestId("mention-text");
  await expect(text).toContainText("Ivan Yermakov and Aleksey Lukashev");
  await expect(text).not.toContainText("alert");
  await expect(text).not.toContainText("Home");
  const known = page.getByTestId("known-mention").filter({ hasText: "Unit 26165" }).first();
  await expect(known).toBeVisible();
  await expect(page.getByTestId("candidate-mention").first()).toBeVisible();
  await known.getByRole("button", { name: /^Accept/ }).click();
  await expect(page.getByTestId("mention-outcomes")).toContainText("Cited the passage for Unit 26165");

  // The citation is in the source, anchored on the mention.
  await page.getByRole("link", { name: "Open in the reader" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const panel = page.getByRole("complementary", { name: "Citations and annotations" });
  await expect(panel.getByRole("link", { name: "Unit 26165", exact: true })).toBeVisible();
});

test("an edit of a source's text orphans a citation, listed for re-anchoring by selecting the passage again", async ({
  page,
  request,
}) => {
  const suffix = Date.now().toString(36);
  const person = await createPerson(request, `Orphan Test ${suffix}`);
  const source = await gql<{ createSource: { source: { id: string } } }>(
    request,
    "mutation($input: CreateSourceInput!) { createSource(input: $input) { source { id } } }",
    {
      input: {
        kind: "REPORT",
        title: `Report ${suffix}`,
        text: "First sentence. The original claim about Unit 26165. Last sentence.",
      },
    },
  );
  const sourceId = source.createSource.source.id;
  const cited = await gql<{ createCitation: { citation: { id: string } } }>(
    request,
    "mutation($input: CreateCitationInput!) { createCitation(input: $input) { citation { id } } }",
    { input: { sourceId, targetId: person.id, quote: { exact: "The original claim about Unit 26165." } } },
  );

  await page.goto(`/sources/${encodeURIComponent(sourceId)}/edit`);
  await page.getByLabel("Full text").fill("First sentence. Officials declined to say more. Last sentence.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "could not be found again" })).toBeVisible();

  await page.goto("/orphans");
  const orphan = page.getByTestId("orphaned-citations").locator("li").filter({ hasText: "The original claim about Unit 26165." });
  await orphan.getByRole("link", { name: /Re-anchor/ }).click();
  await expect(page.getByTestId("selection-bar")).toContainText("Re-anchoring");
  await selectPassage(page, "Officials declined to say more.");
  await page.getByRole("button", { name: "Re-anchor citation here" }).click();
  await expect(page.getByText("Citation re-anchored to the selected passage.")).toBeVisible();
  const after = await gql<{ node: { isOrphaned: boolean; quote: { exact: string } } }>(
    request,
    "query($id: ID!) { node(id: $id) { ... on Citation { isOrphaned quote { exact } } } }",
    { id: cited.createCitation.citation.id },
  );
  expect(after.node).toEqual({ isOrphaned: false, quote: { exact: "Officials declined to say more." } });
});
