/**
 * The synthetic part of the relevance set: a deterministic corpus loaded after the seeded case,
 * so every record here is newer than the seed. It holds decoys that made the old search miss:
 * many newer records sharing a word with the right answer (more than any window of most-recent
 * matches), near-duplicate names, words only a stemmer joins, and sources whose title is what
 * people call them. Same input, same rows, every run (no randomness, no clock).
 */
import type { BulkBatch } from "@casefile/db";

/** More newer records mentioning "GRU" than the old 1,000-most-recent window. */
export const GRU_DECOYS = 1100;
/** Newer entities whose names start like "Orion". */
const ORION_DECOYS = 60;
/** Newer sources whose text says "assessment". */
const ASSESSMENT_DECOYS = 300;

const pad = (i: number) => String(i).padStart(4, "0");

export function syntheticCorpus(): BulkBatch {
  const entities: Record<string, unknown>[] = [
    {
      id: "syn-kestrel",
      kind: "ORGANIZATION",
      name: "Kestrel Maritime",
      description: "Shipping company that operates the trawler Zephyrine out of Kaliningrad.",
    },
    { id: "syn-orion", kind: "ORGANIZATION", name: "Orion", description: "Front company registered in Cyprus." },
    {
      id: "syn-bellweather",
      kind: "ORGANIZATION",
      name: "Bellweather Analytics",
      description: "Consultancy that bought voter data from brokers.",
    },
    {
      id: "syn-quill",
      kind: "PERSON",
      name: "Marta Quill",
      description: "Courier for the Lisbon cell; carried hard drives between safe houses.",
    },
    { id: "syn-ivanov-holdings", kind: "ORGANIZATION", name: "Ivanov Holdings", description: "Parent company in Limassol." },
    { id: "syn-ivanova-holdings", kind: "ORGANIZATION", name: "Ivanova Holdings Ltd", description: "Unrelated firm in Riga." },
    { id: "syn-ivanov-group", kind: "ORGANIZATION", name: "Ivanov Holding Group", description: "Subsidiary of Ivanov Holdings." },
    {
      id: "syn-red-fox",
      kind: "ARTIFACT",
      name: "Vixen loader",
      description: "Dropper whose configuration names its operator the red fox of Tallinn.",
    },
    {
      id: "syn-fox-red",
      kind: "ARTIFACT",
      name: "Ember loader",
      description: "Dropper that paints a fox in red on the victim's wallpaper.",
    },
    {
      id: "syn-thornbury",
      kind: "PERSON",
      name: "Edwin Thornbury",
      aliases: ["The Archivist"],
      description: "Retired cryptographer who laundered payments through shell companies.",
    },
    {
      id: "syn-sokolova",
      kind: "PERSON",
      name: "Irina Sokolova",
      description: "Recruiter who approached election volunteers in Ohio.",
    },
  ];
  for (let i = 0; i < GRU_DECOYS; i++) {
    entities.push({
      id: `syn-gru-decoy-${pad(i)}`,
      kind: "ARTIFACT",
      name: `Intercept ${pad(i)}`,
      description: `Intercepted message ${i} that mentions the GRU, spearphishing lures and officers in passing.`,
    });
  }
  for (let i = 0; i < ORION_DECOYS; i++) {
    entities.push({ id: `syn-orion-decoy-${pad(i)}`, kind: "ORGANIZATION", name: `Orionis Trading ${pad(i)}` });
  }
  const sources: Record<string, unknown>[] = [
    {
      id: "syn-src-threat-assessment",
      kind: "REPORT",
      title: "Annual Threat Assessment of the U.S. Intelligence Community",
      publisher: "Office of the Director of National Intelligence",
      text: "The intelligence community assesses that foreign services will keep targeting elections.",
    },
    {
      id: "syn-src-lighthouse",
      kind: "NEWS_ARTICLE",
      title: "Inside the Lighthouse network",
      publisher: "Baltic Ledger",
      text: "Reporters traced payments from the Lighthouse network to three shell companies.",
    },
  ];
  for (let i = 0; i < ASSESSMENT_DECOYS; i++) {
    sources.push({
      id: `syn-src-decoy-${pad(i)}`,
      kind: "OTHER",
      title: `Field note ${pad(i)}`,
      text: `Field note ${i}: an assessment of threat reporting from the annual review, written by an analyst.`,
    });
  }
  const events: Record<string, unknown>[] = [
    {
      id: "syn-event-warehouse",
      caseId: "us-v-netyksho",
      title: "Harbor warehouse fire destroys server racks",
      kind: "OTHER",
      date: "2017-02-03",
      datePrecision: "DAY",
      rangeStart: "2017-02-03",
      rangeEnd: "2017-02-03",
      description: "A fire at a harbor warehouse in Odesa destroyed servers that hosted leaked files.",
    },
  ];
  return { entities, sources, events };
}
