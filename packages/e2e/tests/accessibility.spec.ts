import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { articleSource, CASE_SLUG, gql } from "./helpers";

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
      const metaId = metadataSource.sources.edges.find((e) => !e.node.hasText)?.node.id ?? article.id;
      const pages = [
        `/cases/${CASE_SLUG}`,
        "/entities",
        `/entities/${encodeURIComponent(entityId)}`,
        `/cases/${CASE_SLUG}/timeline`,
        `/cases/${CASE_SLUG}/graph`,
        "/sources",
        `/sources/${encodeURIComponent(article.id)}`,
        `/sources/${encodeURIComponent(metaId)}`,
        "/search?q=Guccifer",
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
        const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
        for (const v of results.violations) {
          if (v.impact === "serious" || v.impact === "critical")
            failures.push(
              `${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(" "))
                .join(" | ")}`,
            );
        }
      }
      expect(failures, failures.join("\n")).toEqual([]);
    });
  }
});
