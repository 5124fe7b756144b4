import type { SqliteStore as Store } from "@casefile/db";
import { toGlobalId } from "@casefile/schema/ids";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeOf, type EditingServer, startEditingServer } from "./test-accounts.js";

let t: EditingServer;
beforeAll(async () => {
  t = await startEditingServer();
});
afterAll(async () => {
  await t.close();
});

const linkTables = [
  "entities",
  "relationships",
  "event_participants",
  "charge_defendants",
  "case_roles",
  "events",
  "citations",
  "annotations",
];

/** Every row of the tables a merge touches, without version/updated_at bookkeeping. */
function dumpLinks(store: Store) {
  return Object.fromEntries(
    linkTables.map((table) => [
      table,
      (store.sqlite.prepare(`SELECT * FROM ${table} ORDER BY id`).all() as Record<string, unknown>[]).map(
        ({ version: _v, updated_at: _u, ...rest }) => rest,
      ),
    ]),
  );
}

const version = async (id: string) =>
  (await t.editor(`query($id: ID!) { node(id: $id) { ... on Entity { version } } }`, { id })).data.node.version as number;

describe("merging duplicate entities", () => {
  it("moves every link to the survivor, drops exact duplicates, redirects, and unmerge restores the state exactly", async () => {
    const gru = toGlobalId("Organization", "org-gru");
    // A duplicate GRU with its own links: one unique, one exact duplicate of the survivor's.
    const dup = await t.editor(
      `mutation { createEntity(input: { kind: ORGANIZATION, name: "Main Intelligence Directorate", aliases: ["GU"], organizationKind: INTELLIGENCE_AGENCY }) { entity { id } } }`,
    );
    const dupId = dup.data.createEntity.entity.id;
    const unit = toGlobalId("Organization", "org-unit-26165");
    const existing = t.store.sqlite
      .prepare("SELECT predicate, subject_id FROM relationships WHERE object_id = 'org-gru' LIMIT 1")
      .get() as { predicate: string; subject_id: string };
    const subject = toGlobalId(existing.subject_id.startsWith("person") ? "Person" : "Organization", existing.subject_id);
    const rel = `mutation($input: CreateRelationshipInput!) { createRelationship(input: $input) { relationship { id } } }`;
    await t.editor(rel, { input: { subjectId: subject, predicate: existing.predicate, objectId: dupId } });
    const unique = await t.editor(rel, {
      input: { subjectId: dupId, predicate: "ASSOCIATED_WITH", objectId: toGlobalId("Person", "person-putin") },
    });
    await t.editor(rel, { input: { subjectId: unit, predicate: "PART_OF", objectId: dupId } });
    await t.editor(`mutation($input: CreateCaseRoleInput!) { createCaseRole(input: $input) { caseRole { id } } }`, {
      input: { caseId: toGlobalId("Case", "us-v-netyksho"), entityId: dupId, role: "OTHER", description: "duplicate's role" },
    });
    await t.editor(`mutation($input: CreateCitationInput!) { createCitation(input: $input) { citation { id } } }`, {
      input: { sourceId: toGlobalId("Source", "src-indictment"), targetId: dupId, locator: "¶ 1" },
    });
    const beforeMerge = dumpLinks(t.store);

    const stale = await t.editor(`mutation($input: MergeEntitiesInput!) { mergeEntities(input: $input) { movedCount } }`, {
      input: { survivorId: gru, duplicateId: dupId, survivorVersion: 1000, duplicateVersion: await version(dupId) },
    });
    expect(codeOf(stale)).toBe("CONFLICT");

    const merged = await t.editor(
      `mutation($input: MergeEntitiesInput!) { mergeEntities(input: $input) { survivor { id name aliases } revision { id action } movedCount droppedCount } }`,
      {
        input: {
          survivorId: gru,
          duplicateId: dupId,
          survivorVersion: await version(gru),
          duplicateVersion: await version(dupId),
        },
      },
    );
    expect(merged.errors).toBeUndefined();
    const result = merged.data.mergeEntities;
    expect(result.survivor.aliases).toEqual(expect.arrayContaining(["Main Intelligence Directorate", "GU"]));
    expect(result.droppedCount).toBe(3); // two PART_OF copies and an OTHER role GRU already has
    expect(result.movedCount).toBe(2); // the unique relationship and the citation
    // The old ID redirects; nothing points at the duplicate any more.
    expect((await t.editor(`query($id: ID!) { node(id: $id) { id } }`, { id: dupId })).data.node.id).toBe(gru);
    const leftovers = t.store.sqlite
      .prepare(
        `SELECT (SELECT count(*) FROM relationships WHERE subject_id = :d OR object_id = :d) + (SELECT count(*) FROM case_roles WHERE entity_id = :d)
         + (SELECT count(*) FROM citations WHERE target_id = :d) + (SELECT count(*) FROM entities WHERE parent_id = :d)`,
      )
      .pluck()
      .get({ d: Buffer.from(dupId, "base64url").toString().split(":")[1] });
    expect(leftovers).toBe(0);
    expect(
      (
        await t.editor(
          `query($id: ID!) { node(id: $id) { ... on Entity { relationships(first: 100) { edges { node { id } } } } } }`,
          { id: gru },
        )
      ).data.node.relationships.edges.map((e: any) => e.node.id),
    ).toContain(unique.data.createRelationship.relationship.id);

    // A later unrelated edit of the survivor survives the unmerge.
    await t.editor(`mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { entity { id } } }`, {
      input: { id: gru, version: await version(gru), description: "Edited after the merge" },
    });
    const unmerged = await t.editor(
      `mutation($input: UnmergeEntitiesInput!) { unmergeEntities(input: $input) { survivor { aliases description } restored { id name } revision { action } } }`,
      {
        input: { mergeRevisionId: result.revision.id },
      },
    );
    expect(unmerged.errors).toBeUndefined();
    expect(unmerged.data.unmergeEntities.restored).toEqual({ id: dupId, name: "Main Intelligence Directorate" });
    expect(unmerged.data.unmergeEntities.survivor.description).toBe("Edited after the merge");
    const afterUnmerge = dumpLinks(t.store);
    // Identical except the survivor's description edited in between.
    const gruBefore = (beforeMerge.entities as any[]).find((e) => e.id === "org-gru");
    (afterUnmerge.entities as any[]).find((e) => e.id === "org-gru").description = gruBefore.description;
    expect(afterUnmerge).toEqual(beforeMerge);
    const again = await t.editor(
      `mutation($input: UnmergeEntitiesInput!) { unmergeEntities(input: $input) { revision { id } } }`,
      { input: { mergeRevisionId: result.revision.id } },
    );
    expect(again.errors?.[0]?.message).toMatch(/already been undone/);
  });

  it("takes the fields the editor chose from the duplicate (with their status), refuses others, and unmerge gives the survivor its own back", async () => {
    const create = `mutation($input: CreateEntityInput!) { createEntity(input: $input) { entity { id } } }`;
    const survivorId = (
      await t.editor(create, { input: { kind: "PERSON", name: "Field Keeper", rank: "Major", description: "Kept description" } })
    ).data.createEntity.entity.id;
    const duplicateId = (
      await t.editor(create, {
        input: {
          kind: "PERSON",
          name: "F. Keeper",
          rank: "Colonel",
          nationality: "Russian",
          birthDate: "1975-03",
          fieldStatuses: [{ field: "nationality", status: "REPORTED", confidence: 60 }],
        },
      })
    ).data.createEntity.entity.id;
    const merge = `mutation($input: MergeEntitiesInput!) { mergeEntities(input: $input) { revision { id } survivor { ... on Person { rank nationality birthDate birthDatePrecision description fieldStatuses { field status } } } } }`;
    const input = async (take: unknown) => ({
      survivorId,
      duplicateId,
      survivorVersion: await version(survivorId),
      duplicateVersion: await version(duplicateId),
      takeFromDuplicate: take,
    });

    // A field that is not the kind's, or the name, is refused with the list of what may be taken, and nothing changes.
    const refused = await t.editor(merge, { input: await input(["nationality", "name", "platform"]) });
    expect(codeOf(refused)).toBe("BAD_USER_INPUT");
    const fields = refused.errors?.[0]?.extensions?.fields as Array<{ message: string }> | undefined;
    expect(fields?.[0]?.message).toMatch(/name, platform cannot be taken.*rank, position, nationality, birthDate/);
    expect((await t.editor(`query($id: ID!) { node(id: $id) { id } }`, { id: duplicateId })).data.node.id).toBe(duplicateId);

    const merged = await t.editor(merge, { input: await input(["nationality", "birthDate"]) });
    expect(merged.errors).toBeUndefined();
    const survivor = merged.data.mergeEntities.survivor;
    expect(survivor).toMatchObject({
      rank: "Major",
      nationality: "Russian",
      birthDate: "1975-03",
      birthDatePrecision: "MONTH",
      description: "Kept description",
    });
    expect(survivor.fieldStatuses).toEqual([{ field: "nationality", status: "REPORTED" }]);

    const unmerged = await t.editor(
      `mutation($input: UnmergeEntitiesInput!) { unmergeEntities(input: $input) { survivor { ... on Person { rank nationality birthDate fieldStatuses { field } } } restored { ... on Person { nationality birthDate } } } }`,
      { input: { mergeRevisionId: merged.data.mergeEntities.revision.id } },
    );
    expect(unmerged.errors).toBeUndefined();
    expect(unmerged.data.unmergeEntities.survivor).toEqual({
      rank: "Major",
      nationality: null,
      birthDate: null,
      fieldStatuses: [],
    });
    expect(unmerged.data.unmergeEntities.restored).toEqual({ nationality: "Russian", birthDate: "1975-03" });
  });
});
