import { describe, expect, it } from "vitest";
import { InteropError } from "./errors.js";
import { detectFormat, htmlNestingDepth, MAX_NESTING, markdownNestingDepth, prepareSourceText } from "./ingest.js";

describe("source text from pasted content", () => {
  it("reduces HTML to safe text with paragraph breaks and decoded entities", () => {
    const html = `<!doctype html><html><head><title>GRU officers &amp; the DNC</title><style>p { color: red }</style>
      <script>document.cookie</script></head><body><nav><a href="/">Home</a></nav>
      <h1>Twelve charged</h1><p>Deputy AG Rod Rosenstein&nbsp;said: &ldquo;The conspirators&hellip;&rdquo;</p>
      <p>Second <b>paragraph</b><br>with a break. <img src=x onerror="alert(1)"> <a href="javascript:alert(1)">link text</a></p>
      <ul><li>DCLeaks</li><li>Guccifer 2.0</li></ul><noscript>enable JS</noscript><iframe src="https://evil"></iframe>
      <p>Caf&#233; &lt;script&gt; stays text</p></body></html>`;
    const result = prepareSourceText({ format: "auto", content: html });
    expect(result.format).toBe("html");
    expect(result.title).toBe("GRU officers & the DNC");
    expect(result.text).toBe(
      [
        "Twelve charged",
        "",
        "Deputy AG Rod Rosenstein said: “The conspirators…”",
        "",
        "Second paragraph",
        "with a break. link text",
        "",
        "- DCLeaks",
        "- Guccifer 2.0",
        "",
        "Café <script> stays text",
      ].join("\n"),
    );
    expect(result.text).not.toMatch(/cookie|color: red|alert|evil|enable JS|Home/);
  });

  it("reduces Markdown to its text, keeping paragraphs", () => {
    const markdown =
      "# Indictment of *twelve* officers\n\nThe **GRU** hacked the [DNC](https://dnc.org).\nSame paragraph.\n\n- one\n- two\n\n<script>alert(1)</script>\n\n> A quote.\n";
    const result = prepareSourceText({ format: "markdown", content: markdown });
    expect(result.title).toBe("Indictment of twelve officers");
    expect(result.text).toBe(
      "Indictment of twelve officers\n\nThe GRU hacked the DNC. Same paragraph.\n\n- one\n- two\n\nA quote.",
    );
  });

  it("normalizes plain text: line ends, blank lines, trailing spaces, control characters, NFC", () => {
    const result = prepareSourceText({
      format: "text",
      content: "  First line  \r\n\r\n\r\n\r\nSecond\u0007 line\rThird Cafe\u0301\n",
    });
    expect(result).toEqual({ text: "First line\n\nSecond line\nThird Café", format: "text" });
  });

  it("detects the format of pasted content", () => {
    expect(detectFormat("<p>Hello</p>")).toBe("html");
    expect(detectFormat("# Title\n\ntext")).toBe("markdown");
    expect(detectFormat("Just words, 12 Russian officers.")).toBe("text");
  });

  it("refuses content without text, or an unknown format", () => {
    expect(() => prepareSourceText({ format: "html", content: "<script>x</script>" })).toThrow(InteropError);
    expect(() => prepareSourceText({ format: "pdf" as never, content: "x" })).toThrow(/format must be one of/);
  });
});

describe("pathologically nested content", () => {
  const refusedAsTooDeep = (run: () => unknown) => {
    let error: unknown;
    try {
      run();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InteropError);
    expect((error as InteropError).code).toBe("BAD_USER_INPUT");
    expect((error as InteropError).message).toMatch(/nested too deeply.*at most 256/);
  };

  it("refuses 150,000 nested <div> before parsing them into a tree", () => {
    const html = `<html><body>${"<div>".repeat(150_000)}x</body></html>`;
    expect(htmlNestingDepth(html)).toBe(MAX_NESTING + 1);
    refusedAsTooDeep(() => prepareSourceText({ format: "html", content: html }));
    refusedAsTooDeep(() => prepareSourceText({ format: "auto", content: html }));
  });

  it("refuses 200,000 nested Markdown block quotes and lists", () => {
    expect(markdownNestingDepth(`${"> ".repeat(200_000)}x`)).toBe(200_000);
    refusedAsTooDeep(() => prepareSourceText({ format: "markdown", content: `${"> ".repeat(200_000)}x` }));
    refusedAsTooDeep(() => prepareSourceText({ format: "auto", content: `${"> ".repeat(200_000)}x` }));
    refusedAsTooDeep(() => prepareSourceText({ format: "markdown", content: `${"- ".repeat(50_000)}x` }));
  });

  it("accepts ordinary nesting", () => {
    const html = `<html><body>${"<div>".repeat(40)}deep text${"</div>".repeat(40)}<p>after</p></body></html>`;
    expect(htmlNestingDepth(html)).toBe(42);
    expect(prepareSourceText({ format: "html", content: html }).text).toBe("deep text\n\nafter");
    expect(markdownNestingDepth("> quote\n> > nested\n\n- a\n  - b\n1. one")).toBe(2);
    expect(prepareSourceText({ format: "markdown", content: "> > > three levels" }).text).toBe("three levels");
    // Up to the limit itself.
    expect(prepareSourceText({ format: "html", content: `<html><body>${"<div>".repeat(254)}x</body></html>` }).text).toBe("x");
    expect(prepareSourceText({ format: "markdown", content: `${"> ".repeat(MAX_NESTING)}x` }).text).toBe("x");
    expect(prepareSourceText({ format: "markdown", content: `${"- ".repeat(MAX_NESTING)}x` }).text).toContain("x");
  });
});
