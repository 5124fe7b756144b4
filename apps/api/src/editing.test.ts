import { toGlobalId } from "@casefile/schema/ids";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeOf, dumpTables, type EditingServer, startEditingServer } from "./test-accounts.js";

let t: EditingServer;
beforeAll(async () => {
  t = await startEditingServer();
});
afterAll(async () => {
  await t.close();
});

const netyksho = toGlobalId("Person", "person-netyksho");
const article = toGlobalId("Source", "src-article");
const caseId = toGlobalId("Case", "us-v-netyksho");

const UPDATE_ENTITY = `mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { entity { id name version ... on Person { rank } } } }`;
const CREATE_ENTITY = `mutation($input: CreateEntityInput!) { createEntity(input: $input) { entity { id name version kind } } }`;

async function versionOf(id: string): Promise<number> {
  const res = await t.editor(
    `query($id: ID!) { node(id: $id) { ... on Entity { version } ... on Event { version } ... on Source { version } ... on Citation { version } ... on Annotation { version } ... on Case { version } } }`,
    { id },
  );
  return res.data.node.version;
}

describe("validation", () => {
  it("lists every invalid field with a path and an actionable message, and writes nothing", async () => {
    const before = await dumpTables(t.store);
    const res = await t.editor(CREATE_ENTITY, {
      input: { kind: "PERSON", name: "  ", confidence: 140, birthDate: "2016-02-30", url: "not a url", aliases: ["A", "a"] },
    });
    expect(codeOf(res)).toBe("BAD_USER_INPUT");
    const fields = res.errors?.[0]?.extensions?.fields as { path: string; message: string }[];
    const paths = fields.map((f) => f.path).sort();
    expect(paths).toEqual(["$.input.aliases", "$.input.birthDate", "$.input.confidence", "$.input.name", "$.input.url"]);
    expect(fields.find((f) => f.path === "$.input.birthDate")?.message).toBe('"2016-02-30" has day 30: 2016-02 has 29 days');
    expect(fields.find((f) => f.path === "$.input.url")?.message).toMatch(/only ONLINE_PERSONA and ARTIFACT/);
    expect(await dumpTables(t.store)).toEqual(before);
  });

  it("checks cross-field rules and references", async () => {
    const res = await t.editor(`mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }`, {
      input: { caseId, title: "T", kind: "OTHER", date: "2016-07", endDate: "2016-06-30", placeId: netyksho },
    });
    expect(res.errors?.[0]?.extensions?.fields).toEqual([
      { path: "$.input.endDate", message: "the end date is before the date" },
    ]);
    const ref = await t.editor(`mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }`, {
      input: { caseId, title: "T", kind: "OTHER", date: "2016-07", placeId: netyksho },
    });
    expect(ref.errors?.[0]?.extensions?.fields).toEqual([
      { path: "$.input.placeId", message: "must be an entity of kind PLACE" },
    ]);
  });
});

describe("create, update, delete with history", () => {
  it("creates an event with participants, updates it, and records field-level revisions", async () => {
    const created = await t.editor(
      `mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id version date datePrecision range { start end } participants { role entity { name } } case { slug } } } }`,
      {
        input: {
          caseId,
          title: "Test meeting",
          kind: "MEETING",
          date: "2016-07",
          participants: [{ entityId: netyksho, role: "ACTOR" }],
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const event = created.data.createEvent.event;
    expect(event).toMatchObject({
      version: 1,
      date: "2016-07",
      datePrecision: "MONTH",
      range: { start: "2016-07-01", end: "2016-07-31" },
    });
    expect(event.participants).toEqual([{ role: "ACTOR", entity: { name: "Viktor Borisovich Netyksho" } }]);
    const updated = await t.editor(
      `mutation($input: UpdateEventInput!) { updateEvent(input: $input) { event { version title date description } } }`,
      {
        input: { id: event.id, version: 1, date: "2016-07-22" },
      },
    );
    expect(updated.data.updateEvent.event).toMatchObject({
      version: 2,
      title: "Test meeting",
      date: "2016-07-22",
      description: null,
    });
    const history = await t.editor(
      `query($id: ID!) { history(id: $id) { edges { node { action version actor { name } changes { field before after } } } } }`,
      { id: event.id },
    );
    const [last, first] = history.data.history.edges.map((e: any) => e.node);
    expect(first).toMatchObject({ action: "CREATE", version: 1, actor: { name: "Demo Editor" } });
    expect(last.action).toBe("UPDATE");
    expect(last.changes).toEqual(
      expect.arrayContaining([
        { field: "date", before: "2016-07", after: "2016-07-22" },
        { field: "datePrecision", before: "MONTH", after: "DAY" },
      ]),
    );
    const activity = await t.editor(`{ activity(caseSlug: "us-v-netyksho", first: 3) { edges { node { action recordType } } } }`);
    expect(activity.data.activity.edges[0].node).toEqual({ action: "UPDATE", recordType: "Event" });

    // Deleting the event takes its participants (and their provenance) along; restore brings all back.
    const deleted = await t.editor(
      `mutation($input: DeleteInput!) { deleteEvent(input: $input) { deletedId revision { id action } } }`,
      {
        input: { id: event.id, version: 2 },
      },
    );
    expect(deleted.data.deleteEvent.revision.action).toBe("DELETE");
    expect((await t.editor(`query($id: ID!) { node(id: $id) { id } }`, { id: event.id })).data.node).toBeNull();
    const restored = await t.editor(
      `mutation($input: RestoreRevisionInput!) { restoreRevision(input: $input) { record { ... on Event { version date participants { role } } } revision { action } } }`,
      {
        input: { revisionId: deleted.data.deleteEvent.revision.id, version: 3 },
      },
    );
    expect(restored.errors).toBeUndefined();
    expect(restored.data.restoreRevision).toEqual({
      record: { version: 4, date: "2016-07-22", participants: [{ role: "ACTOR" }] },
      revision: { action: "RESTORE" },
    });
  });

  it("restores an earlier revision of a live record as a new RESTORE revision", async () => {
    const v = await versionOf(netyksho);
    await t.editor(UPDATE_ENTITY, { input: { id: netyksho, version: v, rank: "Major General" } });
    const history = await t.editor(`query($id: ID!) { history(id: $id) { edges { node { id version snapshot } } } }`, {
      id: netyksho,
    });
    const target = history.data.history.edges.find((e: any) => e.node.version === v).node;
    const restored = await t.editor(
      `mutation($input: RestoreRevisionInput!) { restoreRevision(input: $input) { record { ... on Person { rank version } } } }`,
      {
        input: { revisionId: target.id, version: v + 1 },
      },
    );
    expect(restored.data.restoreRevision.record).toEqual({ rank: target.snapshot.rank, version: v + 2 });
  });

  it("refuses to delete an entity others depend on, naming the dependents", async () => {
    const before = await dumpTables(t.store);
    const res = await t.editor(`mutation($input: DeleteInput!) { deleteEntity(input: $input) { deletedId } }`, {
      input: { id: netyksho, version: await versionOf(netyksho) },
    });
    expect(codeOf(res)).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toMatch(/relationship\(s\).*charge\(s\).*case role\(s\)/);
    expect(await dumpTables(t.store)).toEqual(before);
  });
});

describe("optimistic concurrency", () => {
  it("of two clients that read version 1, exactly one update wins; the other gets CONFLICT with the current values", async () => {
    const created = await t.editor(CREATE_ENTITY, { input: { kind: "PERSON", name: "Race Subject" } });
    const id = created.data.createEntity.entity.id;
    const [a, b] = await Promise.all([
      t.editor(UPDATE_ENTITY, { input: { id, version: 1, rank: "Captain" } }),
      t.admin(UPDATE_ENTITY, { input: { id, version: 1, rank: "Major" } }),
    ]);
    const results = [a, b];
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const conflict = losers[0]?.errors?.[0];
    expect(conflict?.extensions?.code).toBe("CONFLICT");
    expect(conflict?.extensions?.currentVersion).toBe(2);
    expect((conflict?.extensions?.current as any)?.rank).toBe(winners[0]?.data.updateEntity.entity.rank);
  });

  it("20 parallel editors of one record: the final state is the replay of the accepted writes", async () => {
    const created = await t.editor(CREATE_ENTITY, { input: { kind: "PERSON", name: "Busy Record" } });
    const id = created.data.createEntity.entity.id;
    // Each client retries on CONFLICT with the version it is told, so every write lands once.
    const write = async (i: number) => {
      let version = 1;
      for (let attempt = 0; attempt < 50; attempt++) {
        const client = i % 2 === 0 ? t.editor : t.admin;
        const res = await client(UPDATE_ENTITY, { input: { id, version, description: `writer ${i}`, aliases: [`alias ${i}`] } });
        if (!res.errors) return { i, version: res.data.updateEntity.entity.version as number };
        expect(codeOf(res)).toBe("CONFLICT");
        version = res.errors[0]?.extensions?.currentVersion as number;
      }
      throw new Error("gave up");
    };
    const accepted = await Promise.all(Array.from({ length: 20 }, (_, i) => write(i)));
    const versions = accepted.map((a) => a.version).sort((x, y) => x - y);
    expect(versions).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
    const revisions = t.store.sqlite
      .prepare("SELECT version, changes, snapshot FROM revisions WHERE record_id = ? ORDER BY version")
      .all(Buffer.from(id, "base64url").toString().split(":")[1]) as { version: number; changes: string; snapshot: string }[];
    expect(revisions.map((r) => r.version)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    // Replay: apply each revision's changes in order to the created snapshot.
    const state: Record<string, unknown> = JSON.parse(revisions[0]?.snapshot as string);
    for (const r of revisions.slice(1)) {
      for (const [field, c] of Object.entries(JSON.parse(r.changes) as Record<string, { before: unknown; after: unknown }>)) {
        expect(state[field] ?? null).toEqual(c.before);
        state[field] = c.after;
      }
    }
    const final = await t.editor(`query($id: ID!) { node(id: $id) { ... on Person { description aliases version } } }`, { id });
    expect(final.data.node).toEqual({ description: state.description, aliases: state.aliases, version: 21 });
  });
});

describe("citations and source text", () => {
  it("anchors quotes, needs locators without text, and re-anchors or orphans on a text edit", async () => {
    const source = await t.editor(
      `mutation { createSource(input: { kind: REPORT, title: "Test report", text: "Alpha beta gamma. The unit ran DCLeaks from Moscow. Omega." }) { source { id version textVersion } } }`,
    );
    const sourceId = source.data.createSource.source.id;
    const cite = `mutation($input: CreateCitationInput!) { createCitation(input: $input) { citation { id version quote { exact prefix suffix } position { start end } isOrphaned } } }`;
    const missing = await t.editor(cite, { input: { sourceId, targetId: netyksho, quote: { exact: "not in the text" } } });
    expect(missing.errors?.[0]?.extensions?.fields).toEqual([
      {
        path: "$.input.quote.exact",
        message: 'the quote "not in the text" does not occur in the source text (it must match exactly)',
      },
    ]);
    const kept = await t.editor(cite, {
      input: { sourceId, targetId: netyksho, field: "rank", quote: { exact: "ran DCLeaks" } },
    });
    expect(kept.data.createCitation.citation).toMatchObject({
      quote: { exact: "ran DCLeaks", prefix: "Alpha beta gamma. The unit " },
      position: { start: 27, end: 38 },
    });
    const lost = await t.editor(cite, { input: { sourceId, targetId: netyksho, quote: { exact: "Omega" } } });
    const noText = await t.editor(cite, {
      input: { sourceId: toGlobalId("Source", "src-indictment"), targetId: netyksho, quote: { exact: "x" } },
    });
    expect((noText.errors?.[0]?.extensions?.fields as { message: string }[] | undefined)?.[0]?.message).toMatch(
      /no text to quote from: cite it with a locator/,
    );
    const located = await t.editor(cite, {
      input: { sourceId: toGlobalId("Source", "src-indictment"), targetId: netyksho, locator: "¶ 3" },
    });
    expect(located.errors).toBeUndefined();

    const edit = await t.editor(
      `mutation($input: UpdateSourceInput!) { updateSource(input: $input) { source { textVersion version } reanchoredCount orphanedCount } }`,
      {
        input: { id: sourceId, version: 1, text: "Preface added. Alpha beta gamma. The unit ran DCLeaks from Moscow. The end." },
      },
    );
    expect(edit.data.updateSource).toEqual({ source: { textVersion: 2, version: 2 }, reanchoredCount: 1, orphanedCount: 1 });
    const orphans = await t.editor(
      `query($s: ID!) { citations(filter: { sourceId: $s, isOrphaned: true }) { edges { node { id quote { exact } position { start } } } } }`,
      { s: sourceId },
    );
    expect(orphans.data.citations.edges.map((e: any) => e.node)).toEqual([
      { id: lost.data.createCitation.citation.id, quote: { exact: "Omega" }, position: null },
    ]);
    const moved = await t.editor(`query($id: ID!) { node(id: $id) { ... on Citation { position { start end } isOrphaned } } }`, {
      id: kept.data.createCitation.citation.id,
    });
    expect(moved.data.node).toEqual({ position: { start: 42, end: 53 }, isOrphaned: false });
    const refused = await t.editor(`mutation($input: DeleteInput!) { deleteSource(input: $input) { deletedId } }`, {
      input: { id: sourceId, version: 2 },
    });
    expect(refused.errors?.[0]?.message).toMatch(/2 citation\(s\)/);
  });
});

describe("annotations", () => {
  it("create, reply, edit your own, resolve, reopen, delete yours (admins any)", async () => {
    const made = await t.editor(
      `mutation($input: CreateAnnotationInput!) { createAnnotation(input: $input) { annotation { id version status author { name } quote { exact } } } }`,
      {
        input: { targetId: article, body: "Check this passage", tags: ["verify"], quote: { exact: "Guccifer 2.0" } },
      },
    );
    const thread = made.data.createAnnotation.annotation;
    expect(thread).toMatchObject({
      version: 1,
      status: "OPEN",
      author: { name: "Demo Editor" },
      quote: { exact: "Guccifer 2.0" },
    });
    const reply = await t.admin(
      `mutation($input: ReplyToAnnotationInput!) { replyToAnnotation(input: $input) { annotation { id parent { id } } } }`,
      { input: { parentId: thread.id, body: "Agreed" } },
    );
    expect(reply.data.replyToAnnotation.annotation.parent.id).toBe(thread.id);
    const notMine = await t.admin(
      `mutation($input: UpdateAnnotationInput!) { updateAnnotation(input: $input) { annotation { body } } }`,
      { input: { id: thread.id, version: 1, body: "hijack" } },
    );
    expect(codeOf(notMine)).toBe("FORBIDDEN");
    const mine = await t.editor(
      `mutation($input: UpdateAnnotationInput!) { updateAnnotation(input: $input) { annotation { body version } } }`,
      { input: { id: thread.id, version: 1, body: "Check this passage again" } },
    );
    expect(mine.data.updateAnnotation.annotation).toEqual({ body: "Check this passage again", version: 2 });
    const resolved = await t.admin(
      `mutation($input: AnnotationStatusInput!) { resolveAnnotation(input: $input) { annotation { status resolvedBy { name } version } } }`,
      { input: { id: thread.id, version: 2 } },
    );
    expect(resolved.data.resolveAnnotation.annotation).toEqual({
      status: "RESOLVED",
      resolvedBy: { name: "Demo Admin" },
      version: 3,
    });
    const reopened = await t.editor(
      `mutation($input: AnnotationStatusInput!) { reopenAnnotation(input: $input) { annotation { status version } } }`,
      { input: { id: thread.id, version: 3 } },
    );
    expect(reopened.data.reopenAnnotation.annotation).toEqual({ status: "OPEN", version: 4 });
    const replyId = reply.data.replyToAnnotation.annotation.id;
    expect(
      codeOf(
        await t.editor(`mutation($input: DeleteInput!) { deleteAnnotation(input: $input) { deletedId } }`, {
          input: { id: replyId, version: 1 },
        }),
      ),
    ).toBe("FORBIDDEN");
    const gone = await t.admin(`mutation($input: DeleteInput!) { deleteAnnotation(input: $input) { deletedId } }`, {
      input: { id: thread.id, version: 4 },
    });
    expect(gone.data.deleteAnnotation.deletedId).toBe(thread.id);
    expect((await t.editor(`query($id: ID!) { node(id: $id) { id } }`, { id: replyId })).data.node).toBeNull();
  });
});
