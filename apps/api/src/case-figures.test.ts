/**
 * Many cases in one knowledge base: event kinds that fit cases other than the hacking case, and
 * per-case figures that count only the case's own records. A second real case (the February 2018
 * indictment of the Internet Research Agency, its funders and employees) is written through the
 * API beside the seeded one, sharing the GRU entity with it.
 */
import { eventKinds } from "@casefile/schema/enums";
import { toGlobalId } from "@casefile/schema/ids";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeOf, dumpTables, type EditingServer, startEditingServer } from "./test-accounts.js";

let t: EditingServer;
/** The seeded case's figures before the second case was written. */
let seededBefore: unknown;
let second: SecondCase;
beforeAll(async () => {
  t = await startEditingServer();
  seededBefore = (await t.viewer(STATS, { slug: "us-v-netyksho" })).data.caseStats;
  second = await writeSecondCase();
}, 60_000);
afterAll(async () => {
  await t.close();
});

const gru = toGlobalId("Organization", "org-gru");

const STATS = `query($slug: String!) {
  caseStats(slug: $slug) {
    entityCount defendantCount chargeCount eventCount sourceCount citationCount openAnnotationCount
    entitiesByKind { kind count }
    eventsByKind { kind count }
    eventsPerMonth { month count }
    eventsWithoutMonth
    defendantsByKind { kind count }
    defendantGroups { unit { name } kind count defendants { name } }
    defendantsPerUnit { unit { name } count defendants { name } }
    countsPerDefendant { defendant { name } counts }
  }
}`;

/** Runs a mutation as the editor and returns its payload; fails the test with the errors otherwise. */
async function write(mutation: string, input: Record<string, unknown>): Promise<any> {
  const name = /\{\s*(\w+)\(/.exec(mutation)?.[1] as string;
  const res = await t.editor(mutation, { input });
  if (res.errors) throw new Error(`${name} failed: ${JSON.stringify(res.errors)}`);
  return res.data[name];
}

const CREATE_CASE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { case { id slug } } }`;
const CREATE_ENTITY = `mutation($input: CreateEntityInput!) { createEntity(input: $input) { entity { id name } } }`;
const CREATE_ROLE = `mutation($input: CreateCaseRoleInput!) { createCaseRole(input: $input) { caseRole { id } } }`;
const CREATE_RELATIONSHIP = `mutation($input: CreateRelationshipInput!) { createRelationship(input: $input) { relationship { id } } }`;
const CREATE_EVENT = `mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id kind title date } } }`;
const CREATE_CHARGE = `mutation($input: CreateChargeInput!) { createCharge(input: $input) { charge { id defendants { id defendant { name } } } } }`;
const CREATE_SOURCE = `mutation($input: CreateSourceInput!) { createSource(input: $input) { source { id } } }`;
const CREATE_CITATION = `mutation($input: CreateCitationInput!) { createCitation(input: $input) { citation { id } } }`;
const CREATE_ANNOTATION = `mutation($input: CreateAnnotationInput!) { createAnnotation(input: $input) { annotation { id } } }`;

/** What the test wrote for the second case, to compare its figures with. */
interface SecondCase {
  slug: string;
  citations: number;
  sources: Set<string>;
  openAnnotations: number;
  eventKinds: string[];
}

/**
 * United States v. Internet Research Agency LLC et al., No. 1:18-cr-00032 (D.D.C.): the first three
 * of its 16 defendants (the companies), four of the 13 individuals, the conduct the indictment
 * describes and the court record of Concord's part. The GRU is given a part too (a shared entity),
 * and a citation and an open question are added on the GRU entity itself from this case's work.
 */
async function writeSecondCase(): Promise<SecondCase> {
  const cited = new Set<string>();
  let citations = 0;
  /** Cites a record of the case: each of these counts in its figures. */
  const cite = async (source: string, targetId: string, locator: string, field?: string) => {
    await write(CREATE_CITATION, { sourceId: source, targetId, locator, ...(field ? { field } : {}) });
    cited.add(source);
    citations++;
  };
  const theCase = (
    await write(CREATE_CASE, {
      slug: "us-v-internet-research-agency",
      caption: "United States v. Internet Research Agency LLC et al.",
      shortTitle: "US v. IRA",
      docketNumber: "1:18-cr-00032",
      court: "U.S. District Court for the District of Columbia",
      jurisdiction: "United States (federal)",
      status: "INDICTED",
      filedDate: "2018-02-16",
      summary:
        "A grand jury indictment charges the Internet Research Agency, two companies alleged to have funded it and thirteen Russian nationals with conspiring to defraud the United States by interfering in U.S. political processes, including the 2016 presidential election.",
    })
  ).case;
  const caseId = theCase.id as string;
  const indictment = (
    await write(CREATE_SOURCE, {
      kind: "COURT_FILING",
      title: "Indictment, United States v. Internet Research Agency LLC et al., No. 1:18-cr-00032 (D.D.C.)",
      publisher: "U.S. Department of Justice",
      publishedDate: "2018-02-16",
    })
  ).source.id as string;
  const dismissal = (
    await write(CREATE_SOURCE, {
      kind: "COURT_FILING",
      title: "Government's motion to dismiss Concord Management and Consulting LLC and Concord Catering",
      publisher: "U.S. Department of Justice",
      publishedDate: "2020-03-16",
    })
  ).source.id as string;
  await cite(indictment, caseId, "Caption");

  const organization = async (name: string, description: string): Promise<{ id: string; name: string }> =>
    (
      await write(CREATE_ENTITY, {
        kind: "ORGANIZATION",
        organizationKind: "COMPANY",
        country: "Russia",
        name,
        description,
        status: "ALLEGED",
      })
    ).entity;
  const person = async (name: string, description: string): Promise<{ id: string; name: string }> =>
    (await write(CREATE_ENTITY, { kind: "PERSON", nationality: "Russian", name, description, status: "ALLEGED" })).entity;
  const ira = await organization(
    "Internet Research Agency LLC",
    "St. Petersburg company alleged to have run the interference operation.",
  );
  const concord = await organization(
    "Concord Management and Consulting LLC",
    "Company alleged to have funded the Internet Research Agency.",
  );
  const catering = await organization(
    "Concord Catering",
    "Affiliate of Concord Management alleged to have funded the Internet Research Agency.",
  );
  const prigozhin = await person(
    "Yevgeniy Viktorovich Prigozhin",
    "Businessman alleged to have controlled Concord and funded the operation.",
  );
  const bystrov = await person("Mikhail Ivanovich Bystrov", "Alleged general director of the Internet Research Agency.");
  const burchik = await person("Mikhail Leonidovich Burchik", "Alleged executive director of the Internet Research Agency.");
  const krylova = await person(
    "Aleksandra Yuryevna Krylova",
    "Alleged Internet Research Agency employee who travelled to the United States in 2014.",
  );
  // In the indictment's order: the three companies, then the individuals.
  const defendants = [ira, concord, catering, prigozhin, bystrov, burchik, krylova];
  // The entity's own description is a fact about the entity, which any case may share: it is
  // cited, but counts in no case's figures.
  await write(CREATE_CITATION, { sourceId: indictment, targetId: ira.id, field: "description", locator: "¶ 3" });

  for (const [position, defendant] of defendants.entries()) {
    const role = (
      await write(CREATE_ROLE, { caseId, entityId: defendant.id, role: "DEFENDANT", position: position + 1, status: "CONFIRMED" })
    ).caseRole.id as string;
    await cite(indictment, role, "Caption");
  }
  const gruRole = (
    await write(CREATE_ROLE, {
      caseId,
      entityId: gru,
      role: "OTHER",
      description:
        "Russian military intelligence, charged separately in July 2018; named here for the comparison the press drew.",
    })
  ).caseRole.id as string;
  await cite(indictment, gruRole, "¶ 1");
  // A citation and an open question on the shared GRU entity, made while working on this case:
  // they belong to the entity, so neither case counts them.
  await write(CREATE_CITATION, { sourceId: dismissal, targetId: gru, field: "description", locator: "p. 1" });
  await write(CREATE_ANNOTATION, {
    targetId: gru,
    body: "Check whether the IRA indictment names the GRU at all.",
    tags: ["verify"],
  });

  for (const employee of [bystrov, burchik, krylova]) {
    const link = (
      await write(CREATE_RELATIONSHIP, { subjectId: employee.id, predicate: "EMPLOYED_BY", objectId: ira.id, status: "ALLEGED" })
    ).relationship.id as string;
    await cite(indictment, link, "¶ 11");
  }
  const controls = (
    await write(CREATE_RELATIONSHIP, { subjectId: prigozhin.id, predicate: "COMMANDS", objectId: concord.id, status: "ALLEGED" })
  ).relationship.id as string;
  await cite(indictment, controls, "¶ 13");

  const count1 = (
    await write(CREATE_CHARGE, {
      caseId,
      countNumber: 1,
      title: "Conspiracy to defraud the United States",
      statute: "18 U.S.C. § 371",
      status: "CONFIRMED",
      defendants: defendants.map((d) => ({ entityId: d.id, status: "ALLEGED" })),
    })
  ).charge;
  await cite(indictment, count1.id, "¶¶ 1-85");
  await cite(indictment, count1.defendants[0].id, "¶ 85");

  const events: {
    kind: string;
    title: string;
    date: string;
    endDate?: string;
    source: string;
    locator: string;
    actor?: string;
  }[] = [
    {
      kind: "CAMPAIGN",
      title: "Influence operation on U.S. social media",
      date: "2014",
      endDate: "2016",
      source: indictment,
      locator: "¶ 4",
      actor: ira.id,
    },
    {
      kind: "PAYMENT",
      title: "Political advertisements bought on social media",
      date: "2016",
      source: indictment,
      locator: "¶ 49",
      actor: ira.id,
    },
    {
      kind: "PUBLICATION",
      title: "Posts of fictitious U.S. personas promoting rallies",
      date: "2016-06",
      source: indictment,
      locator: "¶ 70",
      actor: ira.id,
    },
    {
      kind: "COMMUNICATION",
      title: "Messages to U.S. campaign volunteers about Florida rallies",
      date: "2016-08",
      source: indictment,
      locator: "¶ 74",
      actor: ira.id,
    },
    { kind: "INDICTMENT", title: "Grand jury returns the indictment", date: "2018-02-16", source: indictment, locator: "p. 37" },
    {
      kind: "HEARING",
      title: "Concord Management arraigned",
      date: "2018-05-09",
      source: dismissal,
      locator: "p. 2",
      actor: concord.id,
    },
    {
      kind: "PLEA",
      title: "Concord Management pleads not guilty",
      date: "2018-05-09",
      source: dismissal,
      locator: "p. 2",
      actor: concord.id,
    },
    {
      kind: "DISMISSAL",
      title: "Charges against Concord Management and Concord Catering dismissed",
      date: "2020-03",
      source: dismissal,
      locator: "p. 1",
      actor: catering.id,
    },
  ];
  for (const e of events) {
    const { event } = await write(CREATE_EVENT, {
      caseId,
      title: e.title,
      kind: e.kind,
      date: e.date,
      ...(e.endDate ? { endDate: e.endDate } : {}),
      status:
        e.kind === "CAMPAIGN" || e.kind === "PAYMENT" || e.kind === "PUBLICATION" || e.kind === "COMMUNICATION"
          ? "ALLEGED"
          : "CONFIRMED",
      ...(e.actor ? { participants: [{ entityId: e.actor, role: "ACTOR" }] } : {}),
    });
    await cite(e.source, event.id, e.locator);
  }
  const dismissed = await t.editor(
    `query($slug: String!) { case(slug: $slug) { events(first: 100) { edges { node { id kind } } } } }`,
    {
      slug: theCase.slug,
    },
  );
  const dismissalEvent = dismissed.data.case.events.edges.find((edge: any) => edge.node.kind === "DISMISSAL").node.id;
  await write(CREATE_ANNOTATION, {
    targetId: dismissalEvent,
    body: "Was Concord Catering dismissed on the same day?",
    tags: ["verify"],
  });
  return { slug: theCase.slug, citations, sources: cited, openAnnotations: 1, eventKinds: events.map((e) => e.kind) };
}

describe("event kinds for any case", () => {
  it("has kinds for legal process and common conduct, one filing kind, and every value described in the SDL", async () => {
    for (const kind of ["INDICTMENT", "ARREST", "HEARING", "PLEA", "VERDICT", "SENTENCING", "DISMISSAL"])
      expect(eventKinds).toContain(kind);
    for (const kind of ["COMMUNICATION", "PAYMENT", "PUBLICATION", "CAMPAIGN", "MEETING"]) expect(eventKinds).toContain(kind);
    // LEGAL_FILING is the filing kind existing data uses; a second FILING would mean the same.
    expect(eventKinds).toContain("LEGAL_FILING");
    expect(eventKinds).not.toContain("FILING");
    const res = await t.viewer(`{ __type(name: "EventKind") { enumValues { name description } } }`);
    const values = res.data.__type.enumValues as { name: string; description: string }[];
    expect(values.map((v) => v.name)).toEqual([...eventKinds]);
    for (const v of values) expect(v.description.length, v.name).toBeGreaterThan(10);
  });

  it("creates an event of each new kind through the API and reads it back; the seeded LEGAL_FILING still reads", async () => {
    const caseId = (
      await write(CREATE_CASE, {
        slug: "us-v-seleznev",
        caption: "United States v. Roman Valerevich Seleznev",
        docketNumber: "2:11-cr-00070",
        court: "U.S. District Court for the Western District of Washington",
        status: "CONVICTED",
      })
    ).case.id as string;
    const written = [
      { kind: "ARREST", title: "Seleznev detained in the Maldives and flown to Guam", date: "2014-07" },
      { kind: "VERDICT", title: "Jury convicts Seleznev on 38 counts", date: "2016-08-25" },
      { kind: "SENTENCING", title: "Seleznev sentenced to 27 years in prison", date: "2017-04-21" },
    ];
    const ids: string[] = [];
    for (const e of written) {
      const { event } = await write(CREATE_EVENT, { caseId, ...e, status: "CONFIRMED", confidence: 95 });
      expect(event).toMatchObject(e);
      ids.push(event.id);
    }
    const read = await t.viewer(
      `query($ids: [ID!]!) {
        nodes(ids: $ids) { ... on Event { kind title } }
        ira: case(slug: "us-v-internet-research-agency") { events(first: 100) { edges { node { kind title } } } }
        seeded: case(slug: "us-v-netyksho") { events(first: 100) { edges { node { kind title } } } }
        filter: events(filter: { caseSlug: "us-v-internet-research-agency", kinds: [DISMISSAL] }) { edges { node { title } } }
      }`,
      { ids },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data.nodes.map((n: any) => n.kind)).toEqual(["ARREST", "VERDICT", "SENTENCING"]);
    const iraKinds = read.data.ira.events.edges.map((e: any) => e.node.kind);
    expect(iraKinds.sort()).toEqual([...second.eventKinds].sort());
    expect(iraKinds).not.toContain("OTHER");
    expect(read.data.seeded.events.edges.map((e: any) => e.node.kind)).toContain("LEGAL_FILING");
    expect(read.data.filter.edges.map((e: any) => e.node.title)).toEqual([
      "Charges against Concord Management and Concord Catering dismissed",
    ]);
  });

  it("refuses an unknown kind (there is no FILING beside LEGAL_FILING), and writes nothing", async () => {
    const before = await dumpTables(t.store);
    const res = await t.editor(CREATE_EVENT, {
      input: { caseId: toGlobalId("Case", "us-v-netyksho"), title: "Filed", kind: "FILING", date: "2018-07-13" },
    });
    expect(codeOf(res)).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toMatch(/"FILING" does not exist in "EventKind"/);
    expect(await dumpTables(t.store)).toEqual(before);
  });
});

describe("per-case figures", () => {
  it("count only the second case's own records, not the shared GRU's citations or the first case's", async () => {
    const res = await t.viewer(STATS, { slug: second.slug });
    expect(res.errors).toBeUndefined();
    const stats = res.data.caseStats;
    expect(stats).toMatchObject({
      entityCount: 8,
      defendantCount: 7,
      chargeCount: 1,
      eventCount: 8,
      citationCount: second.citations,
      sourceCount: second.sources.size,
      openAnnotationCount: second.openAnnotations,
      eventsWithoutMonth: 2,
    });
    expect(stats.entitiesByKind).toEqual([
      { kind: "ORGANIZATION", count: 4 },
      { kind: "PERSON", count: 4 },
    ]);
    expect(stats.countsPerDefendant.map((d: any) => d.counts)).toEqual([[1], [1], [1], [1], [1], [1], [1]]);
  });

  it("group defendants so a chart fits a case about companies: by organization, else by kind", async () => {
    const stats = (await t.viewer(STATS, { slug: second.slug })).data.caseStats;
    expect(stats.defendantsByKind).toEqual([
      { kind: "PERSON", count: 4 },
      { kind: "ORGANIZATION", count: 3 },
    ]);
    const groups = stats.defendantGroups.map((g: any) => ({
      unit: g.unit?.name ?? null,
      kind: g.kind,
      count: g.count,
      names: g.defendants.map((d: any) => d.name),
    }));
    // The companies are not "unit not recorded"; the employees group under their employer.
    expect(groups).toEqual([
      {
        unit: null,
        kind: "ORGANIZATION",
        count: 3,
        names: ["Internet Research Agency LLC", "Concord Management and Consulting LLC", "Concord Catering"],
      },
      { unit: null, kind: "PERSON", count: 1, names: ["Yevgeniy Viktorovich Prigozhin"] },
      {
        unit: "Internet Research Agency LLC",
        kind: null,
        count: 3,
        names: ["Mikhail Ivanovich Bystrov", "Mikhail Leonidovich Burchik", "Aleksandra Yuryevna Krylova"],
      },
    ]);
    expect(stats.defendantsPerUnit.map((u: any) => [u.unit?.name ?? null, u.count])).toEqual([
      [null, 4],
      ["Internet Research Agency LLC", 3],
    ]);

    const seeded = (await t.viewer(STATS, { slug: "us-v-netyksho" })).data.caseStats;
    expect(seeded.defendantsByKind).toEqual([{ kind: "PERSON", count: 12 }]);
    expect(seeded.defendantGroups.map((g: any) => [g.unit?.name, g.kind, g.count])).toEqual([
      ["Unit 26165", null, 9],
      ["Unit 74455", null, 3],
    ]);
  });

  it("leave the seeded case's figures exactly as they were before the second case was written", async () => {
    const res = await t.viewer(STATS, { slug: "us-v-netyksho" });
    expect(res.data.caseStats).toEqual(seededBefore);
  });
});
