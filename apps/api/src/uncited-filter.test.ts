/**
 * Facts without a citation can be listed: `isUncited` on the entity filter, the event filter and an
 * entity's relationships. The seeded case cites every fact, so only what the test writes is uncited.
 */
import { toGlobalId } from "@casefile/schema/ids";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeOf, type EditingServer, startEditingServer } from "./test-accounts.js";

let t: EditingServer;
let person: string;
let relationship: string;
let event: string;
let source: string;
const gru = toGlobalId("Organization", "org-gru");

async function write(mutation: string, input: Record<string, unknown>): Promise<any> {
  const name = /\{\s*(\w+)\(/.exec(mutation)?.[1] as string;
  const res = await t.editor(mutation, { input });
  if (res.errors) throw new Error(`${name} failed: ${JSON.stringify(res.errors)}`);
  return res.data[name];
}

const cite = (targetId: string, locator: string) =>
  write(`mutation($input: CreateCitationInput!) { createCitation(input: $input) { citation { id } } }`, {
    sourceId: source,
    targetId,
    locator,
  });

const ENTITIES = `query($filter: EntityFilter) { entities(filter: $filter, first: 100) { totalCount edges { node { id name } } } }`;
const EVENTS = `query($filter: EventFilter) { events(filter: $filter, first: 100) { totalCount edges { node { id title } } } }`;
const RELATIONSHIPS = `query($id: ID!, $isUncited: Boolean) { node(id: $id) { ... on Entity { relationships(isUncited: $isUncited, first: 100) { totalCount edges { node { id } } } } } }`;

beforeAll(async () => {
  t = await startEditingServer();
  source = (
    await write(`mutation($input: CreateSourceInput!) { createSource(input: $input) { source { id } } }`, {
      kind: "COURT_FILING",
      title: "Uncited filter test filing",
    })
  ).source.id;
  person = (
    await write(`mutation($input: CreateEntityInput!) { createEntity(input: $input) { entity { id } } }`, {
      kind: "PERSON",
      name: "Uncited Testperson",
      status: "ALLEGED",
    })
  ).entity.id;
  relationship = (
    await write(`mutation($input: CreateRelationshipInput!) { createRelationship(input: $input) { relationship { id } } }`, {
      subjectId: person,
      predicate: "MEMBER_OF",
      objectId: gru,
      status: "ALLEGED",
    })
  ).relationship.id;
  const caseId = (await t.viewer(`{ case(slug: "us-v-netyksho") { id } }`)).data.case.id;
  event = (
    await write(`mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }`, {
      caseId,
      kind: "OTHER",
      title: "Uncited test event",
      date: "2016-05",
      status: "ALLEGED",
    })
  ).event.id;
}, 60_000);
afterAll(async () => {
  await t.close();
});

describe("isUncited", () => {
  it("lists only the entities, events and relationships with no citation", async () => {
    const entities = (await t.viewer(ENTITIES, { filter: { isUncited: true } })).data.entities;
    expect(entities.edges.map((e: any) => e.node.id)).toEqual([person]);
    expect(entities.totalCount).toBe(1);
    const events = (await t.viewer(EVENTS, { filter: { isUncited: true } })).data.events;
    expect(events.edges.map((e: any) => e.node.id)).toEqual([event]);
    const rels = (await t.viewer(RELATIONSHIPS, { id: gru, isUncited: true })).data.node.relationships;
    expect(rels.edges.map((e: any) => e.node.id)).toEqual([relationship]);
    expect(rels.totalCount).toBe(1);
  });

  it("false lists only cited facts, and without it all are listed", async () => {
    const all = (await t.viewer(ENTITIES, { filter: {} })).data.entities.totalCount;
    const cited = (await t.viewer(ENTITIES, { filter: { isUncited: false } })).data.entities;
    expect(cited.totalCount).toBe(all - 1);
    expect(cited.edges.map((e: any) => e.node.id)).not.toContain(person);
    const rels = (await t.viewer(RELATIONSHIPS, { id: gru, isUncited: false })).data.node.relationships;
    const allRels = (await t.viewer(RELATIONSHIPS, { id: gru })).data.node.relationships;
    expect(rels.totalCount).toBe(allRels.totalCount - 1);
  });

  it("combines with the other filters", async () => {
    const res = await t.viewer(ENTITIES, { filter: { isUncited: true, kinds: ["ORGANIZATION"] } });
    expect(res.data.entities.totalCount).toBe(0);
    const byName = await t.viewer(ENTITIES, { filter: { isUncited: true, text: "Testperson" } });
    expect(byName.data.entities.totalCount).toBe(1);
  });

  it("a fact leaves the list once it is cited", async () => {
    await cite(person, "p. 1");
    await cite(event, "p. 2");
    await cite(relationship, "p. 3");
    expect((await t.viewer(ENTITIES, { filter: { isUncited: true } })).data.entities.totalCount).toBe(0);
    expect((await t.viewer(EVENTS, { filter: { isUncited: true } })).data.events.totalCount).toBe(0);
    expect((await t.viewer(RELATIONSHIPS, { id: gru, isUncited: true })).data.node.relationships.totalCount).toBe(0);
  });

  it("refuses a value that is not a boolean", async () => {
    const res = await t.viewer(ENTITIES, { filter: { isUncited: "yes" } });
    expect(codeOf(res)).toBe("BAD_USER_INPUT");
  });
});
