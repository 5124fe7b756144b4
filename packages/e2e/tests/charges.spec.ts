import { expect, test } from "@playwright/test";
import { CASE_SLUG, gql } from "./helpers";

type Link = {
  id: string;
  status: string;
  defendant: { id: string; name: string };
  citations: Array<{ id: string; quote: { exact: string } | null; locator: string | null }>;
  annotations: Array<{ id: string; body: string }>;
};
type Count = {
  id: string;
  countNumber: number;
  title: string;
  statute: string;
  annotations: Array<{ id: string; body: string; tags: string[] }>;
  defendants: Link[];
};

const COUNTS = `query($slug: String!) { case(slug: $slug) { charges {
  id countNumber title statute annotations { id body tags }
  defendants { id status defendant { id name } citations { id quote { exact } locator } annotations { id body } }
} } }`;

async function counts(request: Parameters<typeof gql>[0]): Promise<Count[]> {
  const data = await gql<{ case: { charges: Count[] } }>(request, COUNTS, { slug: CASE_SLUG });
  return [...data.case.charges].sort((a, b) => a.countNumber - b.countNumber);
}

test("a count has its own page: title, statute, status with its meaning, defendants in order with their links' status and sources", async ({
  page,
  request,
}) => {
  const all = await counts(request);
  const count2 = all.find((c) => c.countNumber === 2) as Count;
  expect(count2.defendants.every((d) => d.status === "UNVERIFIED")).toBe(true);
  await page.goto(`/charges/${encodeURIComponent(count2.id)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(count2.title);
  await expect(page.getByText(count2.statute).first()).toBeVisible();
  await expect(page.getByText(/filed count is confirmed as a charge/)).toBeVisible();
  // Honest about who is charged: every link of count 2 is unverified.
  await expect(page.getByTestId("defendants-summary")).toHaveText(`${count2.defendants.length} defendants (unverified)`);
  const rows = page.getByTestId("charge-defendant");
  await expect(rows).toHaveCount(count2.defendants.length);
  for (const [i, link] of count2.defendants.entries()) {
    await expect(rows.nth(i)).toContainText(link.defendant.name);
    await expect(rows.nth(i).locator(".badge.status-unverified")).toBeVisible();
  }
  // The count's own threads (the editors' "verify" questions) are on its page.
  await expect(page.getByTestId("charge-annotations").getByTestId("annotation-thread")).toHaveCount(count2.annotations.length);
  await expect(page.getByRole("link", { name: "History" })).toHaveAttribute("href", `/history/${encodeURIComponent(count2.id)}`);
});

test("every matrix cell opens its link with the status, the quoted passages and the threads", async ({ page, request }) => {
  const all = await counts(request);
  // A cell with quoted citations (count 1) and an unverified cell with its verify threads (count 2).
  const count1 = all.find((c) => c.countNumber === 1) as Count;
  const quoted = count1.defendants.find((d) => d.citations.some((c) => c.quote)) as Link;
  expect(quoted, "count 1 has a defendant cited with a quote").toBeTruthy();
  await page.goto(`/cases/${CASE_SLUG}`);
  const matrix = page.getByTestId("defendant-matrix");
  const row = matrix.locator("tbody tr").filter({ has: page.getByRole("link", { name: quoted.defendant.name, exact: true }) });
  await row.getByTestId("matrix-cell").first().click();
  await expect(page).toHaveURL(/\/charges\/[^/]+\/defendants\//);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${quoted.defendant.name} in count 1`);
  const cited = page.getByTestId("link-citations").getByTestId("citation");
  await expect(cited).toHaveCount(quoted.citations.length);
  const firstQuote = quoted.citations.find((c) => c.quote)?.quote?.exact as string;
  await expect(page.getByTestId("link-citations").locator("blockquote strong").first()).toHaveText(firstQuote);

  const count2 = all.find((c) => c.countNumber === 2) as Count;
  const link = count2.defendants[0] as Link;
  await page.goto(`/cases/${CASE_SLUG}`);
  const href = `/charges/${encodeURIComponent(count2.id)}/defendants/${encodeURIComponent(link.defendant.id)}`;
  const cell = page.getByTestId("defendant-matrix").locator(`a[data-testid="matrix-cell"][href="${href}"]`);
  await expect(cell).toHaveClass(/status-unverified/);
  await cell.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${link.defendant.name} in count 2`);
  await expect(page.getByTestId("link-status").locator(".badge.status-unverified")).toBeVisible();
  await expect(page.getByTestId("link-citations").getByTestId("citation")).toHaveCount(link.citations.length);
  // The "verify" threads behind the unverified cell: on the link itself or on the count.
  const threads = link.annotations.length + count2.annotations.length;
  expect(threads).toBeGreaterThan(0);
  await expect(
    page.locator('[data-testid="link-threads"], [data-testid="count-threads"]').getByTestId("annotation-thread"),
  ).toHaveCount(threads);
  const verify = count2.annotations.find((a) => a.tags.includes("verify"));
  if (verify) await expect(page.getByTestId("count-threads")).toContainText(verify.body.slice(0, 40));
  // The count head opens the count's page.
  await page.goto(`/cases/${CASE_SLUG}`);
  const head = page.getByTestId("matrix-count").nth(1);
  await expect(head).toHaveAttribute("href", `/charges/${encodeURIComponent(count2.id)}`);
  await head.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(count2.title);
});

test("a search hit on a thread about a count opens the count, not a search for its id", async ({ page, request }) => {
  const all = await counts(request);
  const withThread = all.find((c) => c.annotations.length > 0) as Count;
  const thread = withThread.annotations[0] as Count["annotations"][number];
  const words = thread.body
    .split(/\s+/)
    .filter((w) => /^[A-Za-z]{5,}$/.test(w))
    .slice(0, 3)
    .join(" ");
  await page.goto(`/search?q=${encodeURIComponent(words)}&types=ANNOTATION`);
  const hit = page.locator(`a[href*="#annotation-${encodeURIComponent(thread.id)}"]`).first();
  await expect(hit).toHaveAttribute("href", /^\/charges\//);
  await hit.click();
  await expect(page.locator(`[id="annotation-${thread.id}"]`)).toBeVisible();
});
