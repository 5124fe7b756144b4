/**
 * Demo accounts for trying Casefile locally: admin@, editor@ and viewer@casefile.local, all with
 * the password `casefile-demo`. Idempotent (existing accounts are left as they are). Never in
 * production: the server refuses to start there while any account has the demo password.
 */
import type { Store } from "@casefile/db";
import type { UserRole } from "@casefile/schema/enums";
import type { Config } from "./config.js";
import { hashPasswordSync } from "./modules/auth/passwords.js";
import { DEMO_PASSWORD, insertUserWithRevision } from "./modules/auth/service.js";

export const demoUsers: { id: string; email: string; name: string; role: UserRole }[] = [
  { id: "user-demo-admin", email: "admin@casefile.local", name: "Demo Admin", role: "ADMIN" },
  { id: "user-demo-editor", email: "editor@casefile.local", name: "Demo Editor", role: "EDITOR" },
  { id: "user-demo-viewer", email: "viewer@casefile.local", name: "Demo Viewer", role: "VIEWER" },
];

export async function seedDemoUsers(
  store: Store,
  config: Pick<Config, "NODE_ENV">,
  log: (message: string) => void = (m) => void process.stderr.write(`${m}\n`),
): Promise<void> {
  if (config.NODE_ENV === "production") {
    log("Skipped the demo accounts: NODE_ENV=production (create real accounts with CASEFILE_ADMIN_EMAIL/PASSWORD).");
    return;
  }
  const missing: typeof demoUsers = [];
  for (const u of demoUsers) if (!(await store.users.hasEmail(u.email))) missing.push(u);
  if (missing.length === 0) return;
  // Hashed before the write transaction, never inside it.
  const hashes = missing.map(() => hashPasswordSync(DEMO_PASSWORD));
  await store.write(async (tx) => {
    for (const [i, u] of missing.entries()) await insertUserWithRevision(tx, { ...u, passwordHash: hashes[i] as string });
  });
  log(`Demo accounts (password "${DEMO_PASSWORD}"): ${missing.map((u) => `${u.email} (${u.role})`).join(", ")}`);
}
