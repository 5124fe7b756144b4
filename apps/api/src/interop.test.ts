/**
 * Interoperability through the API: exports in every format, sources from pasted content, mention
 * suggestions accepted and rejected, FollowTheMoney import, and the CLI commands.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkFtmEntities } from "@casefile/interop/ftm";
import { fromGlobalId, toGlobalId } from "@casefile/schema/ids";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeOf, dumpTables, type EditingServer, startEditingServer } from "./test-accounts.js";

/** The `fields` of a response's first error. */
const fieldsOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (res.errors?.[0]?.extensions?.fields ?? []) as { path: string; message: string }[];

let t: EditingServer;
beforeAll(async () => {
  // Silent: one test makes a write fail on purpose, which the server logs as an unexpected error.
  t = await startEditingServer({ CASEFILE_LOG_LEVEL: "silent" });
});
afterAll(async () => {
  await t.close();
});

const article = toGlobalId("Source", "src-article");
const EXPORT = `query($caseSlug: String, $format: ExportFormat!, $baseUrl: String) {
  export(caseSlug: $caseSlug, format: $format, baseUrl: $baseUrl) { filename contentType content skipped { recordType id reason record { id } } }
}`;
const SUGGESTIONS = `query($id: ID!, $caseSlug: String) { node(id: $id) { ... on Source { text textVersion mentionSuggestions(caseSlug: $caseSlug) {
  textVersion rejectedCount
  known { key kind text start end prefix suffix matchedName matchType entity { id name kind } alternatives { id } }
  candidates { key kind text start end prefix suffix entity { id } }
} } } }`;
const ACCEPT = `mutation($input: AcceptMentionSuggestionInput!) { acceptMentionSuggestion(input: $input) {
  isNewEntity entity { id name kind status } caseRole { id role } citation { id version quote { exact prefix suffix } position { start end } source { id } target { id } }
} }`;
const REJECT = `mutation($input: RejectMentionSuggestionInput!) { rejectMentionSuggestion(input: $input) { key source { id } } }`;
const CREATE_FROM_TEXT = `mutation($input: CreateSourceFromTextInput!) { createSourceFromText(input: $input) { format source { id title kind text hasText textVersion } } }`;
const IMPORT = `mutation($input: ImportFtmInput!) { importFtm(input: $input) {
  caseSlug isDryRun rows { created updated unchanged }
  created { ftmId schema recordType id name record { id } }
  matched { ftmId recordType id matchedBy record { id } }
  possibleDuplicates { ftmId name kind id record { id } candidates { id name kind isInStream reasons record { id } } }
  skipped { ftmId schema reason } warnings { ftmId message }
} }`;

/** RFC 4180 rows (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let isQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (isQuoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') isQuoted = false;
      else cell += c;
    } else if (c === '"') isQuoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

async function suggestionsOf(id: string, caseSlug?: string) {
  const res = await t.editor(SUGGESTIONS, { id, caseSlug });
  expect(res.errors).toBeUndefined();
  return res.data.node as { text: string; textVersion: number; mentionSuggestions: any };
}

describe("exports", () => {
  it("exports a case as FollowTheMoney JSON lines that pass the FtM schema check", async () => {
    const res = await t.viewer(EXPORT, { caseSlug: "us-v-netyksho", format: "FTM_JSONL" });
    expect(res.errors).toBeUndefined();
    const file = res.data.export;
    expect(file).toMatchObject({ filename: "us-v-netyksho.ftm.json", contentType: "application/x-ndjson" });
    const entities = file.content
      .trim()
      .split("\n")
      .map((line: string) => JSON.parse(line));
    expect(entities.length).toBeGreaterThan(50);
    expect(checkFtmEntities(entities)).toEqual([]);
    expect(entities.filter((e: any) => e.schema === "CourtCaseParty" && e.properties.role?.includes("defendant"))).toHaveLength(
      12,
    );
    // FtM has no schema for malware: the skipped list says so, with the API's IDs.
    const skipped = file.skipped.find((s: any) => s.recordType === "ARTIFACT");
    expect(skipped.reason).toMatch(/FtM has no schema/);
    expect(skipped.record.id).toBe(skipped.id);
  });

  it("needs a case for FtM and refuses unknown cases, naming the argument", async () => {
    const none = await t.viewer(EXPORT, { format: "FTM_JSONL" });
    expect(codeOf(none)).toBe("BAD_USER_INPUT");
    expect(none.errors?.[0]?.extensions?.fields).toEqual([{ path: "$.caseSlug", message: "required for FTM_JSONL" }]);
    const unknown = await t.viewer(EXPORT, { caseSlug: "no-such-case", format: "CSV_ENTITIES" });
    expect(codeOf(unknown)).toBe("BAD_USER_INPUT");
    const anonymous = await t.anonymous(EXPORT, { caseSlug: "us-v-netyksho", format: "CSV_ENTITIES" });
    expect(codeOf(anonymous)).toBe("UNAUTHENTICATED");
  });

  it("exports citations and annotations as Web Annotation JSON-LD whose quotes are in the source text", async () => {
    const res = await t.viewer(EXPORT, {
      caseSlug: "us-v-netyksho",
      format: "WEB_ANNOTATION_JSONLD",
      baseUrl: "https://casefile.example.org",
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.export.contentType).toBe('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"');
    const collection = JSON.parse(res.data.export.content);
    expect(collection["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
    const texts = new Map<string, string>();
    let checked = 0;
    for (const item of collection.first.items) {
      const selectors = typeof item.target === "string" ? [] : (item.target.selector ?? []);
      const quote = selectors.find((s: any) => s.type === "TextQuoteSelector");
      const position = selectors.find((s: any) => s.type === "TextPositionSelector");
      if (!quote || !position) continue;
      const globalId = item.target.source.split("/node/")[1];
      if (!texts.has(globalId)) {
        const source = await t.viewer(`query($id: ID!) { node(id: $id) { ... on Source { text } } }`, { id: globalId });
        texts.set(globalId, source.data.node.text);
      }
      const text = texts.get(globalId) as string;
      expect(text.slice(position.start, position.end)).toBe(quote.exact);
      expect(text).toContain(`${quote.prefix ?? ""}${quote.exact}${quote.suffix ?? ""}`);
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });

  it("exports CSV per record type, with a header and the 12 defendants", async () => {
    const res = await t.viewer(EXPORT, { caseSlug: "us-v-netyksho", format: "CSV_ENTITIES" });
    expect(res.data.export).toMatchObject({ filename: "us-v-netyksho-entities.csv", contentType: "text/csv; charset=utf-8" });
    const [header, ...rows] = parseCsv(res.data.export.content);
    expect(header?.slice(0, 5)).toEqual(["id", "kind", "name", "aliases", "roles"]);
    const roles = header?.indexOf("roles") as number;
    const defendants = rows.filter((r) => (r[roles] ?? "").split(/[;,] ?/).includes("DEFENDANT"));
    expect(defendants.map((r) => r[2])).toHaveLength(12);
    expect(defendants.map((r) => r[2])).toContain("Viktor Borisovich Netyksho");
    for (const format of ["CSV_RELATIONSHIPS", "CSV_EVENTS", "CSV_CHARGES", "CSV_SOURCES", "CSV_CITATIONS", "CSV_ANNOTATIONS"]) {
      const csv = await t.viewer(EXPORT, { format });
      expect(csv.errors, format).toBeUndefined();
      const parsed = parseCsv(csv.data.export.content);
      expect(parsed[0]?.[0], format).toBe("id");
      expect(parsed.length, format).toBeGreaterThan(1);
    }
  });

  it("exports a case, or the whole database, as an import bundle, to admins only (it holds email addresses)", async () => {
    const forbidden = await t.editor(EXPORT, { caseSlug: "us-v-netyksho", format: "BUNDLE_JSON" });
    expect(codeOf(forbidden)).toBe("FORBIDDEN");
    const one = await t.admin(EXPORT, { caseSlug: "us-v-netyksho", format: "BUNDLE_JSON" });
    const bundle = JSON.parse(one.data.export.content);
    expect(bundle.cases.map((c: any) => c.slug)).toEqual(["us-v-netyksho"]);
    const all = await t.admin(EXPORT, { format: "BUNDLE_JSON" });
    expect(all.data.export.filename).toBe("casefile.bundle.json");
    expect(JSON.parse(all.data.export.content).cases.length).toBeGreaterThanOrEqual(bundle.cases.length);
  });
});

describe("sources from pasted content", () => {
  it("stores HTML reduced to safe text, without scripts, with a revision", async () => {
    const html = `<html><head><title>Pasted page</title><script>document.cookie="stolen"</script><style>p{color:red}</style></head>
      <body><nav>Home | News</nav><h1>Hackers charged</h1><p>Guccifer 2.0 and DCLeaks released the emails.</p><p onclick="alert(1)">A <b>second</b> paragraph &amp; more.</p></body></html>`;
    const res = await t.editor(CREATE_FROM_TEXT, { input: { kind: "NEWS_ARTICLE", format: "HTML", content: html } });
    expect(res.errors).toBeUndefined();
    const { source, format } = res.data.createSourceFromText;
    expect(format).toBe("HTML");
    expect(source).toMatchObject({ title: "Pasted page", kind: "NEWS_ARTICLE", hasText: true, textVersion: 1 });
    expect(source.text).toContain("Guccifer 2.0 and DCLeaks released the emails.");
    expect(source.text).toContain("A second paragraph & more.");
    for (const unsafe of ["<", "script", "cookie", "color:red", "onclick", "Home | News"])
      expect(source.text).not.toContain(unsafe);
    const history = await t.editor(`query($id: ID!) { history(id: $id) { edges { node { action actor { name } } } } }`, {
      id: source.id,
    });
    expect(history.data.history.edges.map((e: any) => e.node)).toEqual([{ action: "CREATE", actor: { name: "Demo Editor" } }]);
  });

  it("detects Markdown, and names the field when the input is unusable", async () => {
    const md = await t.editor(CREATE_FROM_TEXT, { input: { kind: "OTHER", content: "# A heading\n\nSome **bold** text." } });
    expect(md.data.createSourceFromText).toMatchObject({
      format: "MARKDOWN",
      source: { title: "A heading", text: "A heading\n\nSome bold text." },
    });
    const before = await dumpTables(t.store);
    const empty = await t.editor(CREATE_FROM_TEXT, { input: { kind: "OTHER", format: "HTML", content: "<script>x()</script>" } });
    expect(codeOf(empty)).toBe("BAD_USER_INPUT");
    expect(empty.errors?.[0]?.extensions?.fields).toEqual([{ path: "$.input.content", message: "the content holds no text" }]);
    const untitled = await t.editor(CREATE_FROM_TEXT, { input: { kind: "OTHER", format: "TEXT", content: "No title here." } });
    expect(fieldsOf(untitled)[0]?.path).toBe("$.input.title");
    expect(await dumpTables(t.store)).toEqual(before);
  });
});

describe("mention suggestions", () => {
  it("finds the known entities of the seed article, Guccifer 2.0 and DCLeaks among them, and candidates", async () => {
    const { text, mentionSuggestions: s } = await suggestionsOf(article);
    const names = s.known.map((k: any) => k.entity.name);
    expect(names).toEqual(expect.arrayContaining(["Guccifer 2.0", "DCLeaks", "Robert S. Mueller III"]));
    for (const k of [...s.known, ...s.candidates]) {
      expect(text.slice(k.start, k.end)).toBe(k.text);
      expect(text).toContain(`${k.prefix}${k.text}${k.suffix}`);
    }
    const guccifer = s.known.find((k: any) => k.entity.name === "Guccifer 2.0");
    expect(guccifer).toMatchObject({
      kind: "ENTITY",
      text: "Guccifer 2.0",
      matchType: "NAME",
      entity: { kind: "ONLINE_PERSONA" },
    });
    expect(s.candidates.length).toBeGreaterThan(0);
    expect(s.candidates.every((c: any) => ["PERSON", "ORGANIZATION", "PLACE"].includes(c.kind) && c.entity === null)).toBe(true);
  });

  it("accepting a known entity cites it with the exact quote, with a revision, and the suggestion goes", async () => {
    const before = await suggestionsOf(article);
    const dcleaks = before.mentionSuggestions.known.find((k: any) => k.entity.name === "DCLeaks");
    const res = await t.editor(ACCEPT, { input: { sourceId: article, key: dcleaks.key } });
    expect(res.errors).toBeUndefined();
    const { citation, entity, isNewEntity, caseRole } = res.data.acceptMentionSuggestion;
    expect({ isNewEntity, caseRole, entity: entity.id }).toEqual({
      isNewEntity: false,
      caseRole: null,
      entity: dcleaks.entity.id,
    });
    expect(citation.quote.exact).toBe("DCLeaks");
    expect(before.text.slice(citation.position.start, citation.position.end)).toBe(citation.quote.exact);
    expect(citation.position).toEqual({ start: dcleaks.start, end: dcleaks.end });
    expect(citation.target.id).toBe(dcleaks.entity.id);
    const history = await t.editor(`query($id: ID!) { history(id: $id) { edges { node { action actor { name } } } } }`, {
      id: citation.id,
    });
    expect(history.data.history.edges.map((e: any) => e.node)).toEqual([{ action: "CREATE", actor: { name: "Demo Editor" } }]);

    const after = await suggestionsOf(article);
    expect(after.mentionSuggestions.known.map((k: any) => k.key)).not.toContain(dcleaks.key);
    const again = await t.editor(ACCEPT, { input: { sourceId: article, key: dcleaks.key } });
    expect(codeOf(again)).toBe("BAD_USER_INPUT");
  });

  it("accepting a candidate creates the entity, its case role and the citation in one transaction", async () => {
    const { mentionSuggestions: s } = await suggestionsOf(article, "us-v-netyksho");
    const candidate = s.candidates.find((c: any) => c.kind === "ORGANIZATION");
    expect(candidate).toBeDefined();

    // A failure at the last step (the citation) must leave nothing behind: not the entity, not the role.
    const before = await dumpTables(t.store);
    t.store.sqlite.exec(
      `CREATE TRIGGER test_refuse_citation BEFORE INSERT ON citations BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`,
    );
    try {
      const refused = await t.editor(ACCEPT, { input: { sourceId: article, key: candidate.key, caseSlug: "us-v-netyksho" } });
      expect(refused.errors).toBeDefined();
    } finally {
      t.store.sqlite.exec("DROP TRIGGER test_refuse_citation");
    }
    expect(await dumpTables(t.store)).toEqual(before);

    const res = await t.editor(ACCEPT, {
      input: { sourceId: article, key: candidate.key, caseSlug: "us-v-netyksho", name: "Test Committee" },
    });
    expect(res.errors).toBeUndefined();
    const { citation, entity, isNewEntity, caseRole } = res.data.acceptMentionSuggestion;
    expect(isNewEntity).toBe(true);
    expect(entity).toMatchObject({ name: "Test Committee", kind: "ORGANIZATION", status: "REPORTED" });
    expect(caseRole).toMatchObject({ role: "OTHER" });
    expect(citation).toMatchObject({
      quote: { exact: candidate.text },
      position: { start: candidate.start, end: candidate.end },
      target: { id: entity.id },
    });
    const local = fromGlobalId(entity.id)?.id;
    const revisions = t.store.sqlite
      .prepare("SELECT record_type AS type, action FROM revisions WHERE record_id IN (?, ?, ?) ORDER BY id")
      .all(local, fromGlobalId(caseRole.id)?.id, fromGlobalId(citation.id)?.id);
    expect(revisions).toEqual([
      { type: "Organization", action: "CREATE" },
      { type: "CaseRole", action: "CREATE" },
      { type: "Citation", action: "CREATE" },
    ]);
    // The new entity is now known: its mention is cited, so it is not suggested again.
    const after = await suggestionsOf(article, "us-v-netyksho");
    const keys = [...after.mentionSuggestions.known, ...after.mentionSuggestions.candidates].map((k: any) => `${k.start}`);
    expect(keys).not.toContain(`${candidate.start}`);
  });

  it("rejecting removes a suggestion, and it does not come back after a reload", async () => {
    const { mentionSuggestions: s } = await suggestionsOf(article);
    const candidate = s.candidates[s.candidates.length - 1];
    const known = s.known.find((k: any) => k.entity.name === "Guccifer 2.0");
    for (const key of [candidate.key, known.key]) {
      const res = await t.editor(REJECT, { input: { sourceId: article, key } });
      expect(res.errors).toBeUndefined();
      expect(res.data.rejectMentionSuggestion).toEqual({ key, source: { id: article } });
    }
    for (let reload = 0; reload < 2; reload++) {
      const after = await suggestionsOf(article);
      const keys = [...after.mentionSuggestions.known, ...after.mentionSuggestions.candidates].map((k: any) => k.key);
      expect(keys).not.toContain(candidate.key);
      expect(keys).not.toContain(known.key);
      expect(after.mentionSuggestions.rejectedCount).toBe(2);
    }
    const stored = t.store.sqlite
      .prepare("SELECT key, rejected_by_id AS byId FROM mention_rejections WHERE source_id = 'src-article' ORDER BY key")
      .all();
    expect(stored).toEqual(expect.arrayContaining([{ key: candidate.key, byId: "user-demo-editor" }]));
    const bogus = await t.editor(REJECT, { input: { sourceId: article, key: "src-article|PERSON|nobody|5" } });
    expect(bogus.errors?.[0]?.extensions?.fields).toEqual([
      {
        path: "$.input.key",
        message: "not the key of a mention in this source's text: use a key from Source.mentionSuggestions",
      },
    ]);
  });

  it("lets a viewer read suggestions but not accept, reject, create or import: FORBIDDEN, nothing written", async () => {
    const { mentionSuggestions: s } = await suggestionsOf(article);
    const key = s.known[0].key;
    const calls: [string, Record<string, unknown>][] = [
      [ACCEPT, { sourceId: article, key }],
      [REJECT, { sourceId: article, key }],
      [CREATE_FROM_TEXT, { kind: "OTHER", title: "T", content: "Some text" }],
      [IMPORT, { caseSlug: "us-v-netyksho", jsonLines: '{"id":"v","schema":"Person","properties":{"name":["V"]}}' }],
    ];
    const viewerRead = await t.viewer(SUGGESTIONS, { id: article });
    expect(viewerRead.errors).toBeUndefined();
    for (const [query, input] of calls) {
      const before = await dumpTables(t.store);
      const res = await t.viewer(query, { input });
      expect(codeOf(res), query).toBe("FORBIDDEN");
      expect(await dumpTables(t.store)).toEqual(before);
    }
  });

  it("asks for suggestions on a few sources per request only", async () => {
    const res = await t.editor(`{ sources(first: 10) { edges { node { mentionSuggestions { textVersion } } } } }`);
    expect(codeOf(res)).toBe("QUERY_TOO_COMPLEX");
  });
});

describe("FollowTheMoney import", () => {
  const stream = [
    { id: "ext-kate", schema: "Person", properties: { name: ["Kate S. Milton"], nationality: ["ru"] } },
    { id: "ext-club", schema: "Organization", properties: { name: ["Test Bear Club"] } },
    { id: "ext-member", schema: "Membership", properties: { member: ["ext-kate"], organization: ["ext-club"] } },
  ]
    .map((e) => JSON.stringify(e))
    .join("\n");

  it("a dry run reports and writes nothing; a real run creates and reports possible duplicates without merging", async () => {
    const before = await dumpTables(t.store);
    const dry = await t.editor(IMPORT, { input: { caseSlug: "us-v-netyksho", jsonLines: stream, isDryRun: true } });
    expect(dry.errors).toBeUndefined();
    const report = dry.data.importFtm;
    expect(report).toMatchObject({ caseSlug: "us-v-netyksho", isDryRun: true });
    expect(report.created.map((c: any) => c.recordType).sort()).toEqual(["ENTITY", "ENTITY", "RELATIONSHIP"]);
    expect(report.created.every((c: any) => c.record === null)).toBe(true);
    expect(report.possibleDuplicates).toHaveLength(1);
    const [duplicate] = report.possibleDuplicates;
    expect(duplicate).toMatchObject({ ftmId: "ext-kate", kind: "PERSON", record: null });
    expect(duplicate.candidates).toEqual([
      expect.objectContaining({
        id: toGlobalId("Person", "person-yermakov"),
        isInStream: false,
        record: { id: toGlobalId("Person", "person-yermakov") },
      }),
    ]);
    expect(duplicate.candidates[0].reasons[0]).toMatch(/Kate S\. Milton/);
    expect(await dumpTables(t.store)).toEqual(before);

    const real = await t.editor(IMPORT, { input: { caseSlug: "us-v-netyksho", jsonLines: stream } });
    expect(real.errors).toBeUndefined();
    expect(real.data.importFtm.isDryRun).toBe(false);
    expect(real.data.importFtm.rows).toEqual(report.rows);
    const created = real.data.importFtm.possibleDuplicates[0];
    expect(created.record).toEqual({ id: created.id });
    expect(created.id).not.toBe(toGlobalId("Person", "person-yermakov"));
    const both = await t.editor(`query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Person { name aliases } } }`, {
      ids: [created.id, toGlobalId("Person", "person-yermakov")],
    });
    expect(both.data.nodes.map((n: any) => n.id)).toEqual([created.id, toGlobalId("Person", "person-yermakov")]);
    expect(both.data.nodes[1].aliases).toContain("Kate S. Milton");
    const revision = t.store.sqlite
      .prepare("SELECT actor_id FROM revisions WHERE record_id = ?")
      .pluck()
      .get(fromGlobalId(created.id)?.id);
    expect(revision).toBe("user-demo-editor");
  });

  it("re-running with a resolution matches the entity instead, and bad streams name their lines", async () => {
    const yermakov = toGlobalId("Person", "person-yermakov");
    const other = [{ id: "ext-kate-2", schema: "Person", properties: { name: ["Kate S. Milton"] } }]
      .map((e) => JSON.stringify(e))
      .join("\n");
    const res = await t.editor(IMPORT, {
      input: {
        caseSlug: "us-v-netyksho",
        jsonLines: other,
        isDryRun: true,
        resolutions: [{ ftmId: "ext-kate-2", entityId: yermakov }],
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.importFtm.matched).toEqual([
      { ftmId: "ext-kate-2", recordType: "ENTITY", id: yermakov, matchedBy: "RESOLUTION", record: { id: yermakov } },
    ]);
    expect(res.data.importFtm.created).toEqual([]);

    const before = await dumpTables(t.store);
    const bad = await t.editor(IMPORT, { input: { caseSlug: "us-v-netyksho", jsonLines: `${other}\n{not json` } });
    expect(codeOf(bad)).toBe("BAD_USER_INPUT");
    expect(fieldsOf(bad)[0]).toMatchObject({
      path: "$.input.jsonLines",
      message: expect.stringMatching(/^line 2: not valid JSON/),
    });
    const unknownCase = await t.editor(IMPORT, { input: { caseSlug: "no-such-case", jsonLines: other } });
    expect(unknownCase.errors?.[0]?.extensions?.fields).toEqual([
      { path: "$.input.caseSlug", message: "unknown case slug; list cases with the `cases` query" },
    ]);
    const badResolution = await t.editor(IMPORT, {
      input: { caseSlug: "us-v-netyksho", jsonLines: other, resolutions: [{ ftmId: "ext-kate-2" }] },
    });
    expect(fieldsOf(badResolution)[0]?.path).toBe("$.input.resolutions[0].entityId");
    expect(await dumpTables(t.store)).toEqual(before);
  });
});

describe("the casefile CLI", () => {
  const bin = fileURLToPath(new URL("../bin/casefile.mjs", import.meta.url));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [bin, ...args], {
      env: { ...process.env, CASEFILE_DB_PATH: t.dbPath, NODE_ENV: "test" },
      encoding: "utf8",
      timeout: 60_000,
    });

  it("bulk-imports JSON lines in batches, and names the line of a bad record", () => {
    const file = join(t.dbPath, "..", "bulk.jsonl");
    const line = (i: number, kind = "ORGANIZATION") =>
      JSON.stringify({ table: "entities", row: { id: `cli-bulk-${i}`, kind, name: `Bulk Front Company ${i}` } });
    writeFileSync(file, `${[0, 1, 2, 3, 4].map((i) => line(i)).join("\n")}\n`);
    const ok = run("bulk-import", file, "--batch", "2");
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stderr).toMatch(/Imported 5 rows in 3 batches/);
    const count = () => t.store.sqlite.prepare("SELECT count(*) FROM entities WHERE id LIKE 'cli-bulk-%'").pluck().get();
    expect(count()).toBe(5);

    writeFileSync(file, `${[line(5), line(6), line(7, "ROBOT"), line(8)].join("\n")}\n`);
    const bad = run("bulk-import", file, "--batch", "2");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/line 3: .*kind/);
    expect(bad.stderr).toMatch(/2 rows of earlier batches were written/);
    expect(count()).toBe(7);

    expect(run("bulk-import", file, "--batch", "0").status).toBe(2);
    expect(run("bulk-import", join(t.dbPath, "..", "missing.jsonl")).status).toBe(2);
  });

  it("exports a case as FtM lines, and imports a stream with a report", () => {
    const result = run("export-ftm", "us-v-netyksho");
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(checkFtmEntities(lines)).toEqual([]);
    expect(result.stderr).toMatch(/record\(s\) left out/);

    const file = join(t.dbPath, "..", "cli.ftm.json");
    writeFileSync(file, `${JSON.stringify({ id: "cli-kate", schema: "Person", properties: { name: ["Kate S. Milton"] } })}\n`);
    const dry = run("import-ftm", "us-v-netyksho", file, "--dry-run");
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/^Dry run \(nothing written\)/);
    expect(dry.stdout).toMatch(/person-yermakov "Ivan Sergeyevich Yermakov"/);
  });

  it("exits 2 on bad usage and 1 when the job fails", () => {
    const badType = run("export-csv", "nonsense");
    expect(badType.status).toBe(2);
    expect(badType.stderr).toMatch(/export-csv needs a record type, one of: entities/);
    expect(run("export-ftm").status).toBe(2);
    expect(run("export-ftm", "us-v-netyksho", "--bogus").status).toBe(2);
    const unknown = run("export-ftm", "no-such-case");
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/there is no case with slug "no-such-case"/);
  });
});
