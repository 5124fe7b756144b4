/**
 * Fact-checks of the seeded case (issue 17): each correction of `seeds/us-v-netyksho/bundle.json`
 * has a test here, so a later edit cannot bring back a claim its sources do not support.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bundlePath = fileURLToPath(new URL("../../../../seeds/us-v-netyksho/bundle.json", import.meta.url));
const reviewedPath = fileURLToPath(new URL("../../../../seeds/us-v-netyksho/citations.reviewed.json", import.meta.url));

interface Citation {
  source: string;
  field?: string;
  locator?: string;
  note?: string;
  quote?: { exact: string };
}
interface Annotation {
  body: string;
  tags?: string[];
  status?: string;
}
interface Fact {
  id?: string;
  status?: string;
  confidence?: number;
  description?: string | null;
  citations?: Citation[];
  annotations?: Annotation[];
}
interface Entity extends Fact {
  id: string;
  name: string;
  aliases?: string[] | null;
  rank?: string | null;
  position?: string | null;
  fieldStatuses?: Record<string, { status: string; confidence: number }> | null;
  roles?: (Fact & { role: string; case: string })[];
}
interface Relationship extends Fact {
  id: string;
  subject: string;
  predicate: string;
  object: string;
}
interface Event extends Fact {
  id: string;
  title: string;
  date: string;
  participants?: (Fact & { entity: string; role: string })[];
}
interface Charge extends Fact {
  id: string;
  countNumber: number;
  defendants: (Fact & { entity: string })[];
}
interface Case extends Fact {
  id: string;
}
interface SeedBundle {
  cases: Case[];
  sources: { id: string; kind: string; title: string; text?: string; textFile?: string; description?: string }[];
  entities: Entity[];
  relationships: Relationship[];
  events: Event[];
  charges: Charge[];
}

const bundle = JSON.parse(readFileSync(bundlePath, "utf8")) as SeedBundle;

const entity = (id: string): Entity => {
  const found = bundle.entities.find((e) => e.id === id);
  if (!found) throw new Error(`no entity ${id} in the seed`);
  return found;
};
const event = (id: string): Event => {
  const found = bundle.events.find((e) => e.id === id);
  if (!found) throw new Error(`no event ${id} in the seed`);
  return found;
};
const relationshipsBetween = (subject: string, object: string) =>
  bundle.relationships.filter((r) => r.subject === subject && r.object === object);
const charge = (n: number): Charge => {
  const found = bundle.charges.find((c) => c.countNumber === n);
  if (!found) throw new Error(`no count ${n} in the seed`);
  return found;
};
const cites = (fact: Fact, source: string, locator?: string) =>
  (fact.citations ?? []).filter((c) => c.source === source && (locator === undefined || c.locator === locator));
const poster = (e: Entity) => `Wanted poster: ${e.name}`;
const defendants = bundle.entities.filter((e) => e.roles?.some((r) => r.role === "DEFENDANT"));
const openVerify = (fact: Fact) =>
  (fact.annotations ?? []).filter((a) => a.status === "OPEN" && (a.tags ?? []).includes("verify"));

/** Every fact of the bundle, with a readable path, for checks that apply to all of them. */
function* allFacts(): Generator<[string, Fact]> {
  for (const e of bundle.entities) {
    yield [`entity ${e.id}`, e];
    for (const [i, r] of (e.roles ?? []).entries()) yield [`entity ${e.id} role ${i}`, r];
  }
  for (const r of bundle.relationships) yield [`relationship ${r.id}`, r];
  for (const ev of bundle.events) {
    yield [`event ${ev.id}`, ev];
    for (const [i, p] of (ev.participants ?? []).entries()) yield [`event ${ev.id} participant ${i}`, p];
  }
  for (const c of bundle.charges) {
    yield [`charge ${c.id}`, c];
    for (const [i, d] of c.defendants.entries()) yield [`charge ${c.id} defendant ${i}`, d];
  }
}

describe("the seed's facts, as its sources state them", () => {
  it("has the twelve defendants it is checked against", () => {
    expect(defendants).toHaveLength(12);
  });
});

describe("1. DCLeaks and Guccifer 2.0: who did what, per the Mueller Report", () => {
  it("records that Unit 26165 registered dcleaks.com (p. 41), not that Unit 74455 operated it", () => {
    const registrant = relationshipsBetween("org-unit-26165", "persona-dcleaks");
    expect(registrant).toHaveLength(1);
    expect(registrant[0]?.predicate).toBe("ASSOCIATED_WITH");
    expect(registrant[0]?.description).toMatch(/registered the domain dcleaks\.com/);
    expect(cites(registrant[0] as Fact, "src-mueller-report", "p. 41")).toHaveLength(1);
  });

  it("records Unit 74455's part in the releases as assistance (p. 37), for DCLeaks and Guccifer 2.0 alike", () => {
    for (const persona of ["persona-dcleaks", "persona-guccifer-2"]) {
      const links = relationshipsBetween("org-unit-74455", persona);
      expect(links, persona).toHaveLength(1);
      const link = links[0] as Relationship;
      expect(link.predicate, persona).toBe("ASSOCIATED_WITH");
      expect(link.description, persona).toMatch(/assisted in the release/);
      expect(cites(link, "src-mueller-report", "p. 37"), persona).toHaveLength(1);
      expect(cites(link, "src-mueller-report", "pp. 36-37"), persona).toHaveLength(0);
    }
    expect(bundle.relationships.filter((r) => r.predicate === "OPERATES" && r.object.startsWith("persona-"))).toEqual([]);
  });

  it("does not say either persona was run by Unit 74455", () => {
    for (const persona of [entity("persona-dcleaks"), entity("persona-guccifer-2")]) {
      const texts = [persona.description, ...(persona.roles ?? []).map((r) => r.description)];
      for (const text of texts) expect(text, persona.id).not.toMatch(/run by|operated by/i);
    }
  });
});

describe("2. The count 1 defendants are named by their posters, not by the DOJ remarks", () => {
  it("cites each count 1 defendant's own poster and never says the remarks name them", () => {
    const links = charge(1).defendants;
    expect(links).toHaveLength(11);
    for (const link of links) {
      const defendant = entity(link.entity);
      expect(cites(link, "src-fbi-wanted", poster(defendant)), defendant.id).toHaveLength(1);
      for (const c of link.citations ?? []) expect(c.note ?? "", defendant.id).not.toMatch(/names .*come from the DOJ remarks/);
      for (const c of cites(link, "src-doj-remarks")) expect(c.note, defendant.id).toMatch(/not their names/);
    }
  });
});

describe('3. WikiLeaks as "Organization 1": the link is on Mueller p. 176, not p. 46 or the remarks', () => {
  const wikileaks = entity("org-wikileaks");
  it('cites p. 176 for the identification and nothing claims p. 46 or the remarks say "Organization 1"', () => {
    expect(cites(wikileaks, "src-mueller-report", "p. 176").map((c) => c.field)).toEqual(["aliases"]);
    for (const c of cites(wikileaks, "src-mueller-report", "p. 46")) expect(c.note).not.toMatch(/Organization 1/);
    expect(cites(wikileaks, "src-doj-remarks")).toEqual([]);
    const release = event("event-2016-07-22-wikileaks-releases-dnc-emails");
    for (const c of cites(release, "src-mueller-report", "p. 46")) expect(c.note ?? "").not.toMatch(/Organization 1/);
    expect(cites(release, "src-mueller-report", "p. 176")).toHaveLength(1);
  });
});

describe("4. Unit membership rests on the posters; Netyksho's unit is not on p. B-7", () => {
  it("cites each member's poster and not Mueller pp. 36-37, which name no defendant", () => {
    const members = bundle.relationships.filter((r) => r.predicate === "MEMBER_OF" && r.subject.startsWith("person-"));
    expect(members).toHaveLength(12);
    for (const m of members) {
      expect(cites(m, "src-fbi-wanted", poster(entity(m.subject))), m.id).toHaveLength(1);
      expect(cites(m, "src-mueller-report", "pp. 36-37"), m.id).toEqual([]);
    }
  });

  it("takes Netyksho's unit number from his poster, and says p. B-7 gives none", () => {
    const netyksho = entity("person-netyksho");
    const positionCites = (netyksho.citations ?? []).filter((c) => c.field === "position");
    expect(positionCites.map((c) => [c.source, c.locator])).toEqual([
      ["src-mueller-report", "p. B-7"],
      ["src-fbi-wanted", poster(netyksho)],
    ]);
    expect(positionCites[0]?.note).toMatch(/no unit number/);
    const [commands] = bundle.relationships.filter((r) => r.id === "rel-netyksho-commands-unit-26165");
    expect(cites(commands as Fact, "src-fbi-wanted", poster(netyksho))).toHaveLength(1);
    expect(cites(commands as Fact, "src-mueller-report", "p. B-7")[0]?.note).toMatch(/no unit number/);
    expect(openVerify(commands as Fact)).toHaveLength(1);
  });
});

describe("5. Unit 74455's description keeps to what Mueller pp. 36-37 say", () => {
  it("does not attribute the personas by name to those pages", () => {
    const unit = entity("org-unit-74455");
    for (const text of [unit.description, ...(unit.roles ?? []).map((r) => r.description)]) {
      expect(text).not.toMatch(/DCLeaks|Guccifer/);
    }
    const described = (unit.citations ?? []).filter((c) => c.field === "description");
    expect(described.map((c) => c.locator)).toEqual(["pp. 36-37"]);
    expect(described[0]?.note).toMatch(/names neither DCLeaks nor Guccifer 2\.0/);
  });
});

describe("6. The Illinois board hack: both versions, each with its source, marked DISPUTED", () => {
  const hack = event("event-2016-07-sboe-website-hacked");
  const dateCites = (hack.citations ?? []).filter((c) => c.field === "date");

  it("is DISPUTED and cites p. 50 for June and thousands, the indictment (via the press) for July and 500,000", () => {
    expect(hack.status).toBe("DISPUTED");
    const mueller = dateCites.filter((c) => c.source === "src-mueller-report");
    expect(mueller.map((c) => c.locator)).toEqual(["p. 50"]);
    expect(mueller[0]?.note).toMatch(/approximately June 2016/);
    expect(mueller[0]?.note).toMatch(/thousands/);
    const indictment = dateCites.filter((c) => c.source === "src-indictment" || c.source === "src-media");
    expect(indictment).toHaveLength(2);
    for (const c of indictment) expect(c.note).toMatch(/July 2016.*500,000/);
    for (const c of cites(hack, "src-mueller-report", "p. 50")) expect(c.note ?? "").not.toMatch(/July|500,000/);
    expect(hack.description).toMatch(/approximately June 2016/);
    expect(hack.description).toMatch(/July 2016/);
    expect(hack.title).not.toMatch(/500,000/);
  });

  it("says the identification as Illinois's board rests on the board's own statement", () => {
    const board = entity("org-illinois-sboe");
    expect(board.description).toMatch(/board's own statement/);
    expect(cites(board, "src-media").map((c) => c.note)).toEqual([expect.stringMatching(/board's own statement/)]);
    expect(hack.description).toMatch(/board's own statement/);
    expect(board.description).not.toMatch(/July 2016|500,000/);
  });
});

describe("7. No detail its source does not state", () => {
  it("calls Mimikatz what p. 38 calls it: a credential-harvesting tool", () => {
    const [link] = relationshipsBetween("org-unit-26165", "artifact-mimikatz");
    expect(link?.description).not.toMatch(/publicly available/);
    expect(link?.description).toMatch(/credential-harvesting tool/);
  });

  it("names the Clinton campaign as the article does, with a citation for its name", () => {
    const campaign = entity("org-hillary-for-america");
    expect(campaign.name).toBe("Hillary Clinton campaign");
    const named = (campaign.citations ?? []).filter((c) => c.field === "name");
    expect(named.some((c) => c.quote?.exact.includes(campaign.name))).toBe(true);
    const everything = JSON.stringify({ entities: bundle.entities, relationships: bundle.relationships, events: bundle.events });
    expect(everything).not.toMatch(/Hillary for America/);
  });

  it("cites the GRU's full name to Mueller p. 36 and p. B-14, not a guessed indictment locator", () => {
    const gru = entity("org-gru");
    const aliasCites = (gru.citations ?? []).filter((c) => c.field === "aliases");
    expect(aliasCites.map((c) => [c.source, c.locator])).toEqual([
      ["src-mueller-report", "p. 36"],
      ["src-mueller-report", "p. B-14"],
    ]);
    expect(JSON.stringify(bundle)).not.toMatch(/Introductory allegations/);
  });
});

describe("8. Charge status means what the schema says it means", () => {
  const sdl = readFileSync(fileURLToPath(new URL("../../../schema/src/graphql/sdl/charges.graphql", import.meta.url)), "utf8");

  it("documents that a filed count is CONFIRMED as a charge, its conduct alleged", () => {
    const statusDoc = /"""([^"]*)"""\s*status: FactStatus!/.exec(sdl.slice(sdl.indexOf("type Charge ")))?.[1] ?? "";
    expect(statusDoc.replace(/\s+/g, " ")).toMatch(
      /a count filed in a charging document is CONFIRMED as a charge, while the conduct it charges stays alleged/,
    );
  });

  it("records every filed count of the seeded case as CONFIRMED, and keeps the defendant links at their own status", () => {
    const counts = bundle.charges.filter((c) => (c as Charge & { case: string }).case === "us-v-netyksho");
    expect(counts).toHaveLength(11);
    for (const c of counts) {
      expect(c.status, c.id).toBe("CONFIRMED");
      expect(c.description ?? "", c.id).not.toMatch(/proven|found guilty/);
    }
    expect(new Set(charge(1).defendants.map((d) => d.status))).toEqual(new Set(["ALLEGED"]));
    expect(new Set(charge(10).defendants.map((d) => d.status))).toEqual(new Set(["UNVERIFIED"]));
  });
});

const ADDITIONAL_CHARGES =
  /aggravated identity theft, false registration of a domain name, and conspiracy to commit money laundering/;

describe("9. The further charges each poster states", () => {
  it("records them, cited to the poster, on each count 1 defendant whose poster was read", () => {
    const read = charge(1)
      .defendants.map((d) => entity(d.entity))
      .filter((d) => d.id !== "person-netyksho");
    expect(read).toHaveLength(10);
    for (const d of read) {
      expect(d.description, d.id).toMatch(ADDITIONAL_CHARGES);
      const cited = (d.citations ?? []).filter((c) => c.field === "description" && c.source === "src-fbi-wanted");
      expect(
        cited.map((c) => c.locator),
        d.id,
      ).toEqual([poster(d)]);
      expect(cited[0]?.note, d.id).toMatch(ADDITIONAL_CHARGES);
      expect(cited[0]?.note, d.id).toMatch(/no count numbers/);
    }
  });

  it("does not claim them for Kovalev, and leaves Netyksho's poster to be checked", () => {
    const kovalev = entity("person-kovalev");
    expect(JSON.stringify(kovalev)).not.toMatch(/false registration/);
    const netyksho = entity("person-netyksho");
    expect((netyksho.citations ?? []).some((c) => ADDITIONAL_CHARGES.test(c.note ?? ""))).toBe(false);
    expect(netyksho.description).toMatch(/unverified/);
    const [ask] = openVerify(netyksho).filter((a) => /false registration of a domain name/.test(a.body));
    expect(ask?.body).toMatch(/Wanted poster|poster "Viktor Borisovich Netyksho"/);
  });

  it("keeps the count-by-count links UNVERIFIED: no poster gives count numbers", () => {
    for (let n = 2; n <= 10; n++) {
      for (const link of charge(n).defendants) {
        expect(link.status, `count ${n} ${link.entity}`).toBe("UNVERIFIED");
        expect(cites(link, "src-fbi-wanted"), `count ${n} ${link.entity}`).toEqual([]);
      }
    }
  });
});

describe("10. Malyshev's rank: both values kept, cited, DISPUTED", () => {
  const malyshev = entity("person-malyshev");
  it("marks the rank DISPUTED and cites each value to its source", () => {
    expect(malyshev.fieldStatuses?.rank?.status).toBe("DISPUTED");
    const rankCites = (malyshev.citations ?? []).filter((c) => c.field === "rank");
    expect(rankCites.map((c) => [c.source, c.locator])).toEqual([
      ["src-fbi-wanted", poster(malyshev)],
      ["src-indictment", "Paragraph on Malyshev (number not recorded)"],
    ]);
    expect(rankCites[0]?.note).toMatch(/Senior Lieutenant/);
    expect(rankCites[1]?.note).toMatch(/Second Lieutenant/);
    expect(malyshev.rank).toMatch(/Senior Lieutenant/);
    expect(malyshev.rank).toMatch(/Second Lieutenant/);
  });

  it("says so in the open annotation instead of asking for the one rank", () => {
    const [ask] = openVerify(malyshev);
    expect(ask?.body).toMatch(/DISPUTED/);
    expect(ask?.body).toMatch(/poster states Senior Lieutenant/);
    expect(ask?.body).not.toMatch(/the one rank it states/);
  });
});

describe("11. The judge: the docket as styled in the Stone filings", () => {
  const stone = ["src-stone-doc-27", "src-stone-doc-37"];
  it("holds Docs. 27 and 37 of United States v. Stone as metadata-only court filings", () => {
    for (const id of stone) {
      const source = bundle.sources.find((s) => s.id === id);
      expect(source?.kind, id).toBe("COURT_FILING");
      expect(source?.title, id).toMatch(/United States v\. Stone, No\. 1:19-cr-18-ABJ/);
      expect(source?.text ?? source?.textFile, id).toBeUndefined();
    }
  });

  it("cites the docket 1:18-cr-00215-ABJ from both and no longer rests the assignment on the press", () => {
    const judge = entity("person-jackson");
    const role = (judge.roles ?? []).find((r) => r.role === "JUDGE") as Fact;
    for (const fact of [judge, role]) {
      for (const id of stone) {
        const [c] = cites(fact, id);
        expect(c?.locator, id).toMatch(/No\. 1:18-cr-00215-ABJ/);
        expect(c?.quote, id).toBeUndefined();
      }
    }
    expect(role.status).toBe("CONFIRMED");
    expect(judge.status).toBe("CONFIRMED");
    expect(openVerify(judge)).toEqual([]);
  });
});

describe("12. Badin's position", () => {
  it("is left empty: no source calls him an officer", () => {
    const badin = entity("person-badin");
    expect(badin.rank ?? null).toBeNull();
    expect(badin.position ?? null).toBeNull();
    expect((badin.citations ?? []).filter((c) => c.field === "position")).toEqual([]);
  });
});

/** One citation as `citations.reviewed.json` records it: where it is, and what it claims. */
interface ReviewedCitation {
  at: string;
  source: string;
  field?: string;
  locator?: string;
  quote?: string;
  note?: string;
}

function citationsAsReviewed(): ReviewedCitation[] {
  const out: ReviewedCitation[] = [];
  const walk = (at: string, fact: Fact) => {
    for (const [i, c] of (fact.citations ?? []).entries()) {
      const row: ReviewedCitation = { at: `${at} [${i}]`, source: c.source };
      if (c.field !== undefined) row.field = c.field;
      if (c.locator !== undefined) row.locator = c.locator;
      if (c.quote !== undefined) row.quote = c.quote.exact;
      if (c.note !== undefined) row.note = c.note;
      out.push(row);
    }
  };
  for (const c of bundle.cases) walk(`case ${c.id}`, c);
  for (const e of bundle.entities) {
    walk(`entity ${e.id}`, e);
    for (const r of e.roles ?? []) walk(`entity ${e.id} role ${r.role} in ${r.case}`, r);
  }
  for (const r of bundle.relationships) walk(`relationship ${r.id}`, r);
  for (const ev of bundle.events) {
    walk(`event ${ev.id}`, ev);
    for (const p of ev.participants ?? []) walk(`event ${ev.id} participant ${p.entity} ${p.role}`, p);
  }
  for (const c of bundle.charges) {
    walk(`charge ${c.id}`, c);
    for (const d of c.defendants) walk(`charge ${c.id} defendant ${d.entity}`, d);
  }
  return out;
}

describe("every citation, as reviewed", () => {
  it("matches citations.reviewed.json: a changed note or locator fails until it is re-read against its source", () => {
    const reviewed = (JSON.parse(readFileSync(reviewedPath, "utf8")) as { citations: ReviewedCitation[] }).citations;
    const key = (c: ReviewedCitation) => JSON.stringify(c);
    const now = citationsAsReviewed();
    const known = new Set(reviewed.map(key));
    const current = new Set(now.map(key));
    // Printed one per line, as the file holds them, so a reviewed change can be copied in.
    const unreviewed = now.filter((c) => !known.has(key(c))).map(key);
    const gone = reviewed.filter((c) => !current.has(key(c))).map(key);
    expect({ unreviewed, gone }).toEqual({ unreviewed: [], gone: [] });
    expect(now.length).toBe(reviewed.length);
  });

  it("cites sources without text by locator only, and never with a note that claims a quote", () => {
    const withText = new Set(bundle.sources.filter((s) => s.text !== undefined || s.textFile !== undefined).map((s) => s.id));
    for (const c of citationsAsReviewed()) {
      if (withText.has(c.source)) continue;
      expect(c.quote, c.at).toBeUndefined();
      expect(c.locator, c.at).toBeTruthy();
    }
  });
});

describe("every DISPUTED fact and field", () => {
  it("carries at least two citations, one for each version", () => {
    const disputed: string[] = [];
    for (const [path, fact] of allFacts()) {
      if (fact.status === "DISPUTED") {
        disputed.push(path);
        expect((fact.citations ?? []).length, path).toBeGreaterThanOrEqual(2);
      }
      for (const [field, fs] of Object.entries((fact as Entity).fieldStatuses ?? {})) {
        if (fs.status !== "DISPUTED") continue;
        disputed.push(`${path}.${field}`);
        expect((fact.citations ?? []).filter((c) => c.field === field).length, `${path}.${field}`).toBeGreaterThanOrEqual(2);
      }
    }
    // The two disputes the fact-check found; a new one must satisfy the rule above too.
    expect(disputed).toEqual(["entity person-malyshev.rank", "event event-2016-07-sboe-website-hacked"]);
  });

  it("gives the disputed Illinois date two different sourced values", () => {
    const dates = (event("event-2016-07-sboe-website-hacked").citations ?? []).filter((c) => c.field === "date");
    expect(dates.some((c) => /June 2016/.test(c.note ?? ""))).toBe(true);
    expect(dates.some((c) => /July 2016/.test(c.note ?? ""))).toBe(true);
  });
});
