/**
 * Measures mention suggestions on the seed article against the hand-labelled list of its
 * mentions (fixtures/seed-article-mentions.json): precision and recall of known-entity matches
 * and of new-entity candidates, strict (same span) and lenient (overlapping span).
 *
 *   npx -y pnpm@10.24.0 --filter @casefile/interop mention-quality     (or: tsx scripts/mention-quality.ts)
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openMigratedStore } from "@casefile/db";
import { loadBundleFile } from "@casefile/db/seed";
import { suggestMentions } from "../src/mentions/index.js";
import { type LabelledMention, type Score, scoreCandidates, scoreKnown } from "../src/mentions/score.js";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const labelsFile = fileURLToPath(new URL("../fixtures/seed-article-mentions.json", import.meta.url));
const labels = JSON.parse(readFileSync(labelsFile, "utf8")) as { text: string; sha256: string; mentions: LabelledMention[] };
const text = readFileSync(join(repoRoot, labels.text), "utf8");
if (createHash("sha256").update(text).digest("hex") !== labels.sha256) {
  console.error(`${labels.text} changed since the mentions were labelled: relabel ${labelsFile}`);
  process.exit(1);
}
for (const m of labels.mentions) {
  if (text.slice(m.start, m.end) !== m.text) {
    console.error(`label "${m.text}" at ${m.start} does not match the text ("${text.slice(m.start, m.end)}")`);
    process.exit(1);
  }
}

const dir = mkdtempSync(join(tmpdir(), "casefile-mentions-"));
const store = openMigratedStore(join(dir, "quality.db"));
try {
  loadBundleFile(store, join(repoRoot, "seeds/us-v-netyksho/bundle.json"));
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  const line = (label: string, s: Score) =>
    `${label.padEnd(46)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}   ${String(s.truePositives).padStart(2)} of ${s.predicted} suggested, ${s.expected} labelled`;
  console.log(
    `Seed article: ${labels.mentions.length} labelled mentions (${labels.mentions.filter((m) => m.entityId).length} of known entities)\n`,
  );
  console.log(`${"".padEnd(46)} ${"prec.".padStart(7)} ${"recall".padStart(7)} ${"F1".padStart(7)}`);
  for (const surnames of [true, false]) {
    const result = await suggestMentions(store, "src-article", { surnames });
    const tag = surnames ? "" : " (no surname matching)";
    console.log(line(`known entities, strict${tag}`, scoreKnown(result.known, labels.mentions, "strict")));
    console.log(line(`known entities, lenient${tag}`, scoreKnown(result.known, labels.mentions, "lenient")));
    if (!surnames) continue;
    console.log(line("new-entity candidates, strict", scoreCandidates(result.candidates, labels.mentions, "strict")));
    console.log(line("new-entity candidates, lenient", scoreCandidates(result.candidates, labels.mentions, "lenient")));
    if (process.argv.includes("--verbose")) {
      for (const s of [...result.known, ...result.candidates])
        console.log(`  ${s.kind.padEnd(12)} ${String(s.start).padStart(5)} ${s.text} ${s.entity?.id ?? ""}`);
    }
  }
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
