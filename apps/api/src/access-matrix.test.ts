/**
 * Every mutation against every kind of caller. Forbidden calls must answer UNAUTHENTICATED or
 * FORBIDDEN and leave every table exactly as it was. Allowed calls use a stale version (or a
 * fresh name), so they get past authorization without disturbing the seed.
 */
import { toGlobalId } from "@casefile/schema/ids";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeOf, dumpTables, type EditingServer, type Gql, startEditingServer } from "./test-accounts.js";

let t: EditingServer;
let callers: Record<Caller, Gql>;
type Caller = "anonymous" | "viewer" | "editor" | "admin" | "revokedToken";

const stale = 999;
const person = toGlobalId("Person", "person-netyksho");
const caseId = toGlobalId("Case", "us-v-netyksho");
const del = (id: string) => ({ id, version: stale });
const sampleAnnotation = () => {
  const id = t.store.sqlite.prepare("SELECT id FROM annotations WHERE parent_id IS NULL LIMIT 1").pluck().get() as string;
  return toGlobalId("Annotation", id);
};

/** Input of each mutation (n makes names unique); `open` mutations need no role. */
const cases: Record<string, { input?: (n: number) => unknown; needs: "open" | "SESSION" | "EDITOR" | "ADMIN" | "AUTHOR" }> = {
  login: { needs: "open", input: () => ({ email: "viewer@casefile.local", password: "casefile-demo" }) },
  logout: { needs: "open" },
  createApiToken: { needs: "SESSION", input: (n) => ({ name: `matrix ${n}`, role: "VIEWER" }) },
  revokeApiToken: { needs: "SESSION", input: () => ({ id: toGlobalId("ApiToken", "no-such-token") }) },
  createUser: {
    needs: "ADMIN",
    input: (n) => ({ email: `matrix${n}@example.org`, name: "M", role: "VIEWER", password: "a-long-password" }),
  },
  updateUserRole: { needs: "ADMIN", input: () => ({ id: toGlobalId("User", "user-demo-viewer"), role: "VIEWER" }) },
  setUserDisabled: { needs: "ADMIN", input: () => ({ id: toGlobalId("User", "user-demo-viewer"), isDisabled: false }) },
  createCase: { needs: "EDITOR", input: (n) => ({ slug: `matrix-${n}`, caption: "Matrix", status: "INVESTIGATION" }) },
  updateCase: { needs: "EDITOR", input: () => ({ id: caseId, version: stale, caption: "X" }) },
  deleteCase: { needs: "EDITOR", input: () => del(caseId) },
  createCaseRole: { needs: "EDITOR", input: () => ({ caseId, entityId: person, role: "OFFICIAL" }) },
  updateCaseRole: {
    needs: "EDITOR",
    input: () => ({ id: toGlobalId("CaseRole", "role:us-v-netyksho:person-netyksho:defendant"), version: stale }),
  },
  deleteCaseRole: { needs: "EDITOR", input: () => del(toGlobalId("CaseRole", "role:us-v-netyksho:person-netyksho:defendant")) },
  createEntity: { needs: "EDITOR", input: (n) => ({ kind: "PERSON", name: `Matrix ${n}` }) },
  updateEntity: { needs: "EDITOR", input: () => ({ id: person, version: stale, rank: "X" }) },
  deleteEntity: { needs: "EDITOR", input: () => del(person) },
  mergeEntities: {
    needs: "EDITOR",
    input: () => ({
      survivorId: person,
      duplicateId: toGlobalId("Person", "person-antonov"),
      survivorVersion: stale,
      duplicateVersion: stale,
    }),
  },
  unmergeEntities: { needs: "EDITOR", input: () => ({ mergeRevisionId: toGlobalId("Revision", "999999") }) },
  createRelationship: {
    needs: "EDITOR",
    input: () => ({ subjectId: person, predicate: "ASSOCIATED_WITH", objectId: toGlobalId("Person", "person-putin") }),
  },
  updateRelationship: {
    needs: "EDITOR",
    input: () => ({ id: toGlobalId("Relationship", "rel-unit-26165-part-of-gru"), version: stale }),
  },
  deleteRelationship: { needs: "EDITOR", input: () => del(toGlobalId("Relationship", "rel-unit-26165-part-of-gru")) },
  createEvent: {
    needs: "EDITOR",
    input: (n) => ({
      caseId,
      title: `Matrix ${n}`,
      kind: "OTHER",
      date: "2016",
      participants: [{ entityId: person, role: "ACTOR" }],
    }),
  },
  updateEvent: { needs: "EDITOR", input: () => ({ id: eventId(), version: stale }) },
  deleteEvent: { needs: "EDITOR", input: () => del(eventId()) },
  addEventParticipant: {
    needs: "EDITOR",
    input: () => ({ eventId: eventId(), entityId: toGlobalId("Person", "person-putin"), role: "SUBJECT" }),
  },
  updateEventParticipant: {
    needs: "EDITOR",
    input: () => ({ id: rowId("EventParticipant", "event_participants"), version: stale }),
  },
  removeEventParticipant: { needs: "EDITOR", input: () => del(rowId("EventParticipant", "event_participants")) },
  createCharge: {
    needs: "EDITOR",
    input: (n) => ({ caseId, countNumber: 100 + n, title: "T", statute: "S", defendants: [{ entityId: person }] }),
  },
  updateCharge: { needs: "EDITOR", input: () => ({ id: rowId("Charge", "charges"), version: stale }) },
  deleteCharge: { needs: "EDITOR", input: () => del(rowId("Charge", "charges")) },
  addChargeDefendant: {
    needs: "EDITOR",
    input: () => ({ chargeId: rowId("Charge", "charges"), entityId: toGlobalId("Person", "person-putin") }),
  },
  updateChargeDefendant: {
    needs: "EDITOR",
    input: () => ({ id: rowId("ChargeDefendant", "charge_defendants"), version: stale }),
  },
  removeChargeDefendant: { needs: "EDITOR", input: () => del(rowId("ChargeDefendant", "charge_defendants")) },
  createSource: { needs: "EDITOR", input: (n) => ({ kind: "OTHER", title: `Matrix ${n}` }) },
  updateSource: { needs: "EDITOR", input: () => ({ id: toGlobalId("Source", "src-article"), version: stale, text: "changed" }) },
  deleteSource: { needs: "EDITOR", input: () => del(toGlobalId("Source", "src-article")) },
  createCitation: {
    needs: "EDITOR",
    input: () => ({ sourceId: toGlobalId("Source", "src-indictment"), targetId: person, locator: "p. 1" }),
  },
  updateCitation: { needs: "EDITOR", input: () => ({ id: rowId("Citation", "citations"), version: stale }) },
  deleteCitation: { needs: "EDITOR", input: () => del(rowId("Citation", "citations")) },
  createAnnotation: { needs: "EDITOR", input: () => ({ targetId: person, body: "note" }) },
  replyToAnnotation: { needs: "EDITOR", input: () => ({ parentId: sampleAnnotation(), body: "reply" }) },
  updateAnnotation: { needs: "AUTHOR", input: () => ({ id: sampleAnnotation(), version: 1, body: "edited" }) },
  resolveAnnotation: { needs: "EDITOR", input: () => ({ id: sampleAnnotation(), version: stale }) },
  reopenAnnotation: { needs: "EDITOR", input: () => ({ id: sampleAnnotation(), version: stale }) },
  deleteAnnotation: { needs: "AUTHOR", input: () => ({ id: sampleAnnotation(), version: stale }) },
  restoreRevision: { needs: "EDITOR", input: () => ({ revisionId: toGlobalId("Revision", "1"), version: stale }) },
  createSourceFromText: {
    needs: "EDITOR",
    input: (n) => ({ kind: "OTHER", title: `Matrix ${n}`, format: "HTML", content: "<p>Matrix text</p>" }),
  },
  acceptMentionSuggestion: {
    needs: "EDITOR",
    input: () => ({ sourceId: toGlobalId("Source", "src-article"), key: "src-article|ENTITY|nobody|0" }),
  },
  rejectMentionSuggestion: {
    needs: "EDITOR",
    input: () => ({ sourceId: toGlobalId("Source", "src-article"), key: "src-article|ENTITY|nobody|0" }),
  },
  importFtm: {
    needs: "EDITOR",
    input: () => ({
      caseSlug: "us-v-netyksho",
      jsonLines: '{"id":"matrix","schema":"Person","properties":{"name":["Matrix"]}}',
      isDryRun: true,
    }),
  },
};

function rowId(type: Parameters<typeof toGlobalId>[0], table: string) {
  return toGlobalId(type, t.store.sqlite.prepare(`SELECT id FROM ${table} ORDER BY id LIMIT 1`).pluck().get() as string);
}
const eventId = () => rowId("Event", "events");

/** Which callers may pass authorization. Seed annotations are by the seed account: only an admin may delete them, nobody else edit. */
function isAllowed(needs: (typeof cases)[string]["needs"], caller: Caller, mutation: string): boolean {
  // A revoked token is refused whatever the operation.
  if (caller === "revokedToken") return false;
  if (needs === "open") return true;
  if (caller === "anonymous") return false;
  if (needs === "SESSION") return true;
  if (needs === "ADMIN") return caller === "admin";
  if (needs === "AUTHOR") return mutation === "deleteAnnotation" && caller === "admin";
  return caller === "editor" || caller === "admin";
}

beforeAll(async () => {
  t = await startEditingServer();
  const token = await t.admin(`mutation { createApiToken(input: { name: "to revoke", role: ADMIN }) { secret token { id } } }`);
  await t.admin(`mutation($id: ID!) { revokeApiToken(input: { id: $id }) { token { id } } }`, {
    id: token.data.createApiToken.token.id,
  });
  callers = {
    anonymous: t.anonymous,
    viewer: t.viewer,
    editor: t.editor,
    admin: t.admin,
    revokedToken: t.as({ authorization: `Bearer ${token.data.createApiToken.secret}` }),
  };
});
afterAll(async () => {
  await t.close();
});

describe("access matrix", () => {
  it("covers every mutation in the schema", async () => {
    const schema = await t.viewer(`{ __type(name: "Mutation") { fields { name } } }`);
    const names = schema.data.__type.fields.map((f: { name: string }) => f.name).sort();
    expect(names).toEqual(Object.keys(cases).sort());
  });

  let n = 0;
  for (const [mutation, spec] of Object.entries(cases)) {
    it(`${mutation}: ${spec.needs}`, async () => {
      // logout would end the shared sessions; signed-in logout is covered in auth.test.ts.
      const who: Caller[] =
        mutation === "logout" ? ["anonymous", "revokedToken"] : ["anonymous", "revokedToken", "viewer", "editor", "admin"];
      for (const caller of who) {
        const operation = spec.input
          ? `mutation($input: ${mutation[0]?.toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { __typename } }`
          : `mutation { ${mutation} { __typename } }`;
        const inputType =
          mutation === "resolveAnnotation" || mutation === "reopenAnnotation"
            ? "AnnotationStatusInput"
            : mutation.startsWith("delete") || mutation.startsWith("remove")
              ? "DeleteInput"
              : null;
        const query = inputType ? operation.replace(/\$input: \w+!/, `$input: ${inputType}!`) : operation;
        const before = await dumpTables(t.store);
        const res = await callers[caller](query, spec.input ? { input: spec.input(n++) } : undefined);
        const code = codeOf(res);
        expect(code, `${caller} ${mutation}: ${JSON.stringify(res.errors)}`).not.toBe("GRAPHQL_VALIDATION_FAILED");
        if (isAllowed(spec.needs, caller, mutation)) {
          expect(["UNAUTHENTICATED", "FORBIDDEN"], `${caller} may ${mutation}: ${JSON.stringify(res.errors)}`).not.toContain(
            code,
          );
        } else {
          expect(["UNAUTHENTICATED", "FORBIDDEN"], `${caller} must not ${mutation}`).toContain(code);
          if (caller === "anonymous" || caller === "revokedToken") expect(code).toBe("UNAUTHENTICATED");
          expect(await dumpTables(t.store), `${caller} ${mutation} wrote something`).toEqual(before);
        }
      }
    });
  }
});
