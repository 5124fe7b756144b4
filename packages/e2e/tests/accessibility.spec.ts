import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { adminStatePath } from "../environment";
import { articleSource, CASE_SLUG, createPerson, findEntity, gql, selectPassage } from "./helpers";

const themes = ["light", "dark"] as const;

test.describe("accessibility (axe): no serious or critical violations", () => {
  for (const theme of themes) {
    test(`every page, ${theme} theme`, async ({ page, request }) => {
      test.setTimeout(180_000);
      const article = await articleSource(request);
      const entities = await gql<{ entities: { edges: Array<{ node: { id: string } }> } }>(
        request,
        '{ entities(first: 1, filter: { text: "Guccifer" }) { edges { node { id } } } }',
      );
      const metadataSource = await gql<{ sources: { edges: Array<{ node: { id: string; hasText: boolean } }> } }>(
        request,
        "{ sources(first: 20) { edges { node { id hasText } } } }",
      );
      const entityId = entities.entities.edges[0]?.node.id ?? "";
      const charges = await gql<{
        charges: { edges: Array<{ node: { id: string; defendants: Array<{ defendant: { id: string } }> } }> };
      }>(request, `{ charges(caseSlug: "${CASE_SLUG}", first: 2) { edges { node { id defendants { defendant { id } } } } } }`);
      const charge = charges.charges.edges[1]?.node ?? charges.charges.edges[0]?.node;
      const chargePath = `/charges/${encodeURIComponent(charge?.id ?? "")}`;
      const facts = await gql<{
        events: { edges: Array<{ node: { id: string } }> };
        node: { relationships: { edges: Array<{ node: { id: string } }> } };
      }>(
        request,
        `{ events(filter: { caseSlug: "${CASE_SLUG}" }, first: 1) { edges { node { id } } }
           node(id: "${entityId}") { ... on Entity { relationships(first: 1) { edges { node { id } } } } } }`,
      );
      const eventPath = `/events/${encodeURIComponent(facts.events.edges[0]?.node.id ?? "")}`;
      const relationshipPath = `/relationships/${encodeURIComponent(facts.node.relationships.edges[0]?.node.id ?? "")}`;
      const metaId = metadataSource.sources.edges.find((e) => !e.node.hasText)?.node.id ?? article.id;
      const pages = [
        "/",
        `/cases/${CASE_SLUG}`,
        "/entities",
        `/entities/${encodeURIComponent(entityId)}`,
        `/cases/${CASE_SLUG}/timeline`,
        `/cases/${CASE_SLUG}/graph`,
        "/sources",
        `/sources/${encodeURIComponent(article.id)}`,
        `/sources/${encodeURIComponent(metaId)}`,
        "/search?q=Guccifer",
        "/questions?case=us-v-netyksho",
        chargePath,
        `${chargePath}/defendants/${encodeURIComponent(charge?.defendants[0]?.defendant.id ?? "")}`,
        eventPath,
        relationshipPath,
        "/explorer",
        "/sign-in",
        "/graph-benchmark?nodes=500&edges=1000&seconds=1",
      ];
      await page.emulateMedia({ colorScheme: theme });
      const failures: string[] = [];
      for (const path of pages) {
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        if (path.startsWith("/explorer")) await page.locator(".graphiql-container").waitFor();
        if (path.startsWith("/graph-benchmark")) await page.locator('[data-status="done"]').waitFor({ timeout: 60_000 });
        failures.push(...(await seriousViolations(page, path)));
      }
      expect(failures, failures.join("\n")).toEqual([]);
    });
  }
});

async function seriousViolations(page: Page, label: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${label}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(" | ")}`,
    );
}

test.describe("accessibility (axe) of the editing pages and their states", () => {
  test.use({ storageState: adminStatePath });
  for (const theme of themes) {
    test(`editing pages, ${theme} theme`, async ({ page, request }) => {
      test.setTimeout(240_000);
      const article = await articleSource(request);
      const unit = await findEntity(request, "Unit 26165");
      const person = await createPerson(request, `Axe Person ${theme} ${Date.now().toString(36)}`);
      const duplicate = await createPerson(request, `Axe Duplicate ${theme} ${Date.now().toString(36)}`);
      const rel = await gql<{ createRelationship: { relationship: { id: string } } }>(
        request,
        "mutation($input: CreateRelationshipInput!) { createRelationship(input: $input) { relationship { id } } }",
        { input: { subjectId: person.id, predicate: "MEMBER_OF", objectId: unit.id } },
      );
      const facts = await gql<{
        case: {
          id: string;
          charges: Array<{ id: string }>;
          events: { edges: Array<{ node: { id: string } }> };
          roles: { edges: Array<{ node: { id: string } }> };
        };
        citations: { edges: Array<{ node: { id: string } }> };
      }>(
        request,
        "query($s: String!, $src: ID) { case(slug: $s) { id charges { id } events(first: 1) { edges { node { id } } } roles(first: 1) { edges { node { id } } } } citations(first: 1, filter: { sourceId: $src }) { edges { node { id } } } }",
        { s: CASE_SLUG, src: article.id },
      );
      const enc = encodeURIComponent;
      const pages = [
        "/entities/new",
        `/entities/${enc(person.id)}`,
        `/entities/${enc(person.id)}/edit`,
        `/entities/${enc(person.id)}/merge?with=${enc(duplicate.id)}`,
        `/history/${enc(unit.id)}`,
        `/relationships/new?subject=${enc(person.id)}`,
        `/relationships/${enc(rel.createRelationship.relationship.id)}/edit`,
        `/cases/${CASE_SLUG}/edit`,
        `/cases/${CASE_SLUG}/roles/new`,
        `/case-roles/new?entity=${enc(person.id)}`,
        `/case-roles/${enc(facts.case.roles.edges[0]?.node.id ?? "")}/edit`,
        `/cases/${CASE_SLUG}/events/new`,
        `/events/${enc(facts.case.events.edges[0]?.node.id ?? "")}/edit`,
        `/cases/${CASE_SLUG}/charges/new`,
        `/charges/${enc(facts.case.charges[0]?.id ?? "")}/edit`,
        "/cases/new",
        "/sources/new",
        `/sources/${enc(article.id)}`,
        `/sources/${enc(article.id)}/edit`,
        `/sources/${enc(article.id)}/mentions`,
        `/citations/${enc(facts.citations.edges[0]?.node.id ?? "")}/edit`,
        "/orphans",
        "/admin/users",
        "/admin/tokens",
        "/admin/activity",
      ];
      await page.emulateMedia({ colorScheme: theme });
      const failures: string[] = [];
      for (const path of pages) {
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        failures.push(...(await seriousViolations(page, path)));
      }
      // States: a form with errors, the conflict view, the cite dialog, a new token's secret.
      await page.goto("/entities/new");
      await page.getByRole("button", { name: "Create person" }).click();
      await expect(page.getByTestId("form-errors")).toBeVisible();
      failures.push(...(await seriousViolations(page, "form with errors")));

      await page.goto(`/entities/${enc(person.id)}/edit`);
      await gql(request, "mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { entity { id } } }", {
        input: { id: person.id, version: person.version, rank: "Captain" },
      });
      await page.getByLabel("Rank").fill("Major");
      await page.getByRole("button", { name: "Save changes" }).click();
      await expect(page.getByTestId("conflict-view")).toBeVisible();
      failures.push(...(await seriousViolations(page, "conflict view")));

      await page.goto(`/sources/${enc(article.id)}`);
      await selectPassage(page, "It comes as part of the ongoing investigation");
      await page.getByTestId("selection-bar").getByRole("button", { name: "Cite" }).click();
      await expect(page.getByRole("dialog", { name: "Cite this passage" })).toBeVisible();
      failures.push(...(await seriousViolations(page, "cite dialog")));

      await page.goto("/admin/tokens");
      await page.getByLabel("What it is for").fill(`axe ${theme}`);
      await page.getByRole("button", { name: "Create token" }).click();
      await expect(page.getByTestId("token-secret")).toContainText("cf_");
      failures.push(...(await seriousViolations(page, "token secret")));
      expect(failures, failures.join("\n")).toEqual([]);
    });
  }
});
