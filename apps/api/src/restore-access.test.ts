/** restoreRevision is authorized exactly as the write it performs (annotation ownership). */
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

describe("restoring annotations", () => {
  const CREATE = `mutation($input: CreateAnnotationInput!) { createAnnotation(input: $input) { annotation { id version } } }`;
  const UPDATE = `mutation($input: UpdateAnnotationInput!) { updateAnnotation(input: $input) { annotation { id version } } }`;
  const DELETE = `mutation($input: DeleteInput!) { deleteAnnotation(input: $input) { deletedId } }`;
  const HISTORY = `query($id: ID!) { history(id: $id) { edges { node { id action version } } } }`;
  const RESTORE = `mutation($input: RestoreRevisionInput!) { restoreRevision(input: $input) { record { ... on Annotation { body version } } } }`;

  it("is authorized as the write it performs: only the author edits, only the author or an admin undeletes", async () => {
    const targetId = toGlobalId("Person", "person-netyksho");
    const made = await t.admin(CREATE, { input: { targetId, body: "admin's first words" } });
    const { id } = made.data.createAnnotation.annotation;
    await t.admin(UPDATE, { input: { id, version: 1, body: "admin's second words" } });
    const history = await t.editor(HISTORY, { id });
    const first = history.data.history.edges.find((e: any) => e.node.action === "CREATE").node;
    const before = await dumpTables(t.store);
    const revert = await t.editor(RESTORE, { input: { revisionId: first.id, version: 2 } });
    expect(codeOf(revert)).toBe("FORBIDDEN");
    expect(revert.errors?.[0]?.message).toMatch(/only its author can edit/);
    expect(await dumpTables(t.store)).toEqual(before);
    // Its author may.
    const own = await t.admin(RESTORE, { input: { revisionId: first.id, version: 2 } });
    expect(own.data.restoreRevision.record).toEqual({ body: "admin's first words", version: 3 });

    await t.admin(DELETE, { input: { id, version: 3 } });
    const deleted = (await t.editor(HISTORY, { id })).data.history.edges.find((e: any) => e.node.action === "DELETE").node;
    const undelete = await t.editor(RESTORE, { input: { revisionId: deleted.id, version: deleted.version } });
    expect(codeOf(undelete)).toBe("FORBIDDEN");
    expect((await t.admin("query($id: ID!) { node(id: $id) { id } }", { id })).data.node).toBeNull();

    // An editor's own annotation: they restore it; an admin may bring it back after a delete.
    const mine = (await t.editor(CREATE, { input: { targetId, body: "editor's note" } })).data.createAnnotation.annotation;
    await t.editor(DELETE, { input: { id: mine.id, version: 1 } });
    const gone = (await t.admin(HISTORY, { id: mine.id })).data.history.edges.find((e: any) => e.node.action === "DELETE").node;
    const back = await t.admin(RESTORE, { input: { revisionId: gone.id, version: gone.version } });
    expect(back.errors).toBeUndefined();
    expect(back.data.restoreRevision.record.body).toBe("editor's note");
  });
});
