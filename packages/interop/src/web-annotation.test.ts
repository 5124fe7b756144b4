import { fromGlobalId } from "@casefile/schema/ids";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type TempStores, tempStores } from "./test/support.js";
import { exportWebAnnotations, type TextPositionSelector, type TextQuoteSelector } from "./web-annotation.js";

let stores: TempStores;
beforeEach(() => {
  stores = tempStores();
});
afterEach(() => stores.cleanup());

describe("W3C Web Annotation export", () => {
  it("writes citations and notes as Annotations whose selectors find their passage", async () => {
    const store = stores.seeded();
    const collection = await exportWebAnnotations(store, { caseSlug: "us-v-netyksho", baseUrl: "https://casefile.example.org/" });
    expect(collection).toMatchObject({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      type: "AnnotationCollection",
      first: { type: "AnnotationPage", startIndex: 0 },
    });
    const items = collection.first.items;
    expect(collection.total).toBe(items.length);
    expect(new Set(items.map((a) => a.id)).size).toBe(items.length);
    expect(items.every((a) => a.type === "Annotation" && a.id.startsWith("https://casefile.example.org/node/"))).toBe(true);

    const text = store.sqlite.prepare("SELECT text FROM sources WHERE id = 'src-article'").pluck().get() as string;
    const articleIri = `https://casefile.example.org/node/${Buffer.from("Source:src-article").toString("base64url")}`;
    let anchored = 0;
    for (const a of items) {
      if (typeof a.target === "string" || !a.target.selector) continue;
      expect(a.target.source).toBe(articleIri);
      const quote = a.target.selector.find((s) => s.type === "TextQuoteSelector") as TextQuoteSelector;
      const position = a.target.selector.find((s) => s.type === "TextPositionSelector") as TextPositionSelector;
      expect(text.slice(position.start, position.end)).toBe(quote.exact);
      expect(text.slice(0, position.start).endsWith(quote.prefix ?? "")).toBe(true);
      anchored++;
    }
    const citationCount = store.sqlite
      .prepare("SELECT count(*) FROM citations WHERE exact IS NOT NULL AND source_id = 'src-article'")
      .pluck()
      .get() as number;
    expect(anchored).toBeGreaterThanOrEqual(citationCount - 10);

    const citations = items.filter((a) => a.motivation === "linking");
    expect(citations.length).toBeGreaterThan(100);
    for (const c of citations) {
      const link = c.body.find((b) => b.type === "SpecificResource");
      expect(link && "source" in link && fromGlobalId(link.source.split("/").pop() as string)).toBeTruthy();
    }
    // Editor notes: commenting, with their tags as tagging bodies.
    const notes = items.filter((a) => a.motivation === "commenting");
    expect(notes.length).toBeGreaterThan(5);
    const onArticle = notes.find((n) => typeof n.target !== "string" && n.target.selector);
    expect(onArticle?.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ purpose: "commenting", format: "text/markdown" }),
        { type: "TextualBody", value: "verify", format: "text/plain", purpose: "tagging" },
      ]),
    );
    expect(JSON.parse(JSON.stringify(collection))).toEqual(collection);
  });

  it("names records with urn:casefile IRIs by default and can leave out citations", async () => {
    const store = stores.seeded();
    const collection = await exportWebAnnotations(store, { includeCitations: false });
    expect(collection.id).toBe("urn:casefile:annotations");
    expect(collection.first.items.every((a) => a.motivation !== "linking" && a.id.startsWith("urn:casefile:node:"))).toBe(true);
  });
});
