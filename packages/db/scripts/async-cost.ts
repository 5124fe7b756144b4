/**
 * What the asynchronous store costs per statement: the same primary-key read through the SQLite
 * adapter's synchronous statement cache and through the async SqlSession the store modules use,
 * alternated in rounds on one database file. `npx tsx scripts/async-cost.ts <database file>` in packages/db.
 */
import { openStore } from "../src/index.js";

const path = process.argv[2];
if (!path) {
  process.stderr.write(
    "usage: npx tsx scripts/async-cost.ts <database file> (e.g. data/bench/bench-e1000000-r3000000-s1-g2.db)\n",
  );
  process.exit(2);
}
const store = openStore(path, { readonly: true });
const ids = await store.session.all<{ id: string }>("SELECT id FROM entities LIMIT 20000");
const sql = "SELECT * FROM entities WHERE id = ?";
for (let round = 0; round < 5; round++) {
  let started = performance.now();
  for (const { id } of ids) store.queries.get(sql, [id]);
  const sync = performance.now() - started;
  started = performance.now();
  for (const { id } of ids) await store.session.get(sql, [id]);
  const async_ = performance.now() - started;
  const perStatement = (ms: number) => ((ms / ids.length) * 1000).toFixed(2);
  console.log(
    `round ${round}: synchronous ${perStatement(sync)} µs/statement, async session ${perStatement(async_)} µs/statement, difference ${perStatement(async_ - sync)} µs`,
  );
}
await store.close();
