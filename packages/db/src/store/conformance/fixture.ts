/** A small case written through the store's own primitives, for conformance checks. */
import type { Tx } from "../types.js";

export const fixtureIds = {
  case: "case_fixture",
  person: "person_fixture",
  org: "org_fixture",
  relationship: "rel_fixture",
  source: "src_fixture",
  citation: "cit_fixture",
  event: "evt_fixture",
  participant: "par_fixture",
  charge: "chg_fixture",
  defendant: "def_fixture",
  role: "role_fixture",
  annotation: "ann_fixture",
  user: "usr_fixture",
} as const;

/** Writes one case with a defendant, a unit, a relationship, an event, a count, a source and a citation. */
export async function storeFixture(tx: Tx): Promise<void> {
  const ids = fixtureIds;
  await tx.records.insert("cases", {
    id: ids.case,
    slug: "fixture-case",
    caption: "United States v. Fixture",
    status: "INDICTED",
  });
  await tx.records.insert("entities", {
    id: ids.person,
    kind: "PERSON",
    name: "Ivan Fixture",
    aliases: ["I. Fixture", "Fixer"],
    fieldStatuses: { rank: { status: "UNVERIFIED", confidence: 30 } },
    rank: "Captain",
  });
  await tx.records.insert("entities", {
    id: ids.org,
    kind: "ORGANIZATION",
    name: "Unit 00000",
    organizationKind: "MILITARY_UNIT",
  });
  await tx.records.insert("case_roles", { id: ids.role, caseId: ids.case, entityId: ids.person, role: "DEFENDANT", position: 1 });
  await tx.records.insert("relationships", {
    id: ids.relationship,
    subjectId: ids.person,
    objectId: ids.org,
    predicate: "MEMBER_OF",
  });
  await tx.records.insert("sources", {
    id: ids.source,
    kind: "COURT_FILING",
    title: "Indictment",
    text: "Ivan Fixture was an officer of Unit 00000.",
  });
  await tx.records.insert("citations", {
    id: ids.citation,
    sourceId: ids.source,
    targetType: "RELATIONSHIP",
    targetId: ids.relationship,
    exact: "an officer of Unit 00000",
    startOffset: 17,
    endOffset: 41,
  });
  await tx.records.insert("events", {
    id: ids.event,
    caseId: ids.case,
    kind: "SPEARPHISHING",
    title: "Spearphishing",
    date: "2016-03-19",
    datePrecision: "DAY",
    rangeStart: "2016-03-19",
    rangeEnd: "2016-03-19",
  });
  await tx.records.insert("event_participants", { id: ids.participant, eventId: ids.event, entityId: ids.person, role: "ACTOR" });
  await tx.records.insert("charges", {
    id: ids.charge,
    caseId: ids.case,
    countNumber: 1,
    statute: "18 U.S.C. § 371",
    title: "Conspiracy",
  });
  await tx.records.insert("charge_defendants", { id: ids.defendant, chargeId: ids.charge, entityId: ids.person });
  await tx.records.insert("users", { id: ids.user, email: "editor@example.org", name: "Fixture Editor", role: "EDITOR" });
  await tx.records.insert("annotations", {
    id: ids.annotation,
    authorId: ids.user,
    targetType: "ENTITY",
    targetId: ids.person,
    body: "Check the rank against the second source.",
    tags: ["to-check"],
  });
}
