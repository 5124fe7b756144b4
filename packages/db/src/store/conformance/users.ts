/** Accounts (UserStore) and the ways in (AuthStore): sessions, API tokens, throttles. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StoreCore as Store, Tx } from "../types.js";
import { fixtureIds as ids, storeFixture } from "./fixture.js";
import type { OpenStore } from "./index.js";

const admin = "usr_admin";
const disabledAdmin = "usr_disabled_admin";

/** The fixture, plus an enabled admin with a password at casefile.local and a disabled admin. */
async function usersFixture(tx: Tx): Promise<void> {
  await storeFixture(tx);
  await tx.records.insert("users", {
    id: admin,
    email: "admin@casefile.local",
    name: "Admin",
    role: "ADMIN",
    passwordHash: "scrypt$1$1$1$c2FsdA==$aGFzaA==",
  });
  await tx.records.insert("users", {
    id: disabledAdmin,
    email: "former@casefile.local",
    name: "Former Admin",
    role: "ADMIN",
    passwordHash: "scrypt$1$1$1$c2FsdA==$b2xk",
    isDisabled: true,
  });
}

export function usersConformance(open: OpenStore): void {
  describe("users", () => {
    let store: Store;
    let close: () => Promise<void>;
    beforeEach(async () => {
      ({ store, close } = await open());
      await store.write(usersFixture);
    });
    afterEach(async () => {
      await close();
    });

    it("finds accounts by email, and says whether an email is taken", async () => {
      expect((await store.users.byEmail("editor@example.org"))?.id).toBe(ids.user);
      expect((await store.users.byEmail("admin@casefile.local"))?.isDisabled).toBe(false);
      expect((await store.users.byEmail("former@casefile.local"))?.isDisabled).toBe(true);
      expect(await store.users.byEmail("nobody@example.org")).toBeUndefined();
      expect(await store.users.idByEmail("admin@casefile.local")).toBe(admin);
      expect(await store.users.idByEmail("nobody@example.org")).toBeUndefined();
      expect(await store.users.hasEmail("editor@example.org")).toBe(true);
      expect(await store.users.hasEmail("nobody@example.org")).toBe(false);
    });

    it("counts and pages accounts by name, then id", async () => {
      expect(await store.users.count()).toBe(3);
      expect((await store.users.page(0, 2)).map((u) => u.name)).toEqual(["Admin", "Fixture Editor"]);
      expect((await store.users.page(2, 2)).map((u) => u.name)).toEqual(["Former Admin"]);
      expect(await store.users.page(3, 2)).toEqual([]);
    });

    it("counts the other enabled admins", async () => {
      expect(await store.users.countOtherActiveAdmins(admin)).toBe(0);
      expect(await store.users.countOtherActiveAdmins(ids.user)).toBe(1);
      expect(await store.users.countOtherActiveAdmins(disabledAdmin)).toBe(1);
    });

    it("lists enabled accounts with a password at a domain", async () => {
      expect((await store.users.enabledWithPasswordAt("casefile.local")).map((u) => u.id)).toEqual([admin]);
      expect(await store.users.enabledWithPasswordAt("example.org")).toEqual([]);
    });

    it("replaces a password hash only while it is still the one given", async () => {
      await store.write((tx) => tx.users.replacePasswordHash(admin, "scrypt$other", "scrypt$new"));
      expect((await store.users.byEmail("admin@casefile.local"))?.passwordHash).toBe("scrypt$1$1$1$c2FsdA==$aGFzaA==");
      await store.write((tx) => tx.users.replacePasswordHash(admin, "scrypt$1$1$1$c2FsdA==$aGFzaA==", "scrypt$new"));
      expect((await store.users.byEmail("admin@casefile.local"))?.passwordHash).toBe("scrypt$new");
    });
  });

  describe("auth: sessions", () => {
    let store: Store;
    let close: () => Promise<void>;
    beforeEach(async () => {
      ({ store, close } = await open());
      await store.write(usersFixture);
    });
    afterEach(async () => {
      await close();
    });

    const session = (id: string, userId: string, expiresAt: string) => ({
      id,
      userId,
      createdAt: "2026-01-01T00:00:00.000Z",
      expiresAt,
    });

    it("finds the enabled account of a live session, and nothing for expired, unknown or disabled ones", async () => {
      await store.write(async (tx) => {
        await tx.auth.insertSession(session("s-live", admin, "2026-02-01T00:00:00.000Z"));
        await tx.auth.insertSession(session("s-old", admin, "2026-01-02T00:00:00.000Z"));
        await tx.auth.insertSession(session("s-disabled", disabledAdmin, "2026-02-01T00:00:00.000Z"));
      });
      const at = "2026-01-15T00:00:00.000Z";
      const user = await store.auth.userOfSession("s-live", at);
      expect(user?.id).toBe(admin);
      expect(user?.isDisabled).toBe(false);
      expect(await store.auth.userOfSession("s-old", at)).toBeUndefined();
      expect(await store.auth.userOfSession("s-unknown", at)).toBeUndefined();
      expect(await store.auth.userOfSession("s-disabled", at)).toBeUndefined();
    });

    it("deletes one session, an account's expired ones, or all of an account's", async () => {
      await store.write(async (tx) => {
        await tx.auth.insertSession(session("s-1", admin, "2026-02-01T00:00:00.000Z"));
        await tx.auth.insertSession(session("s-2", admin, "2026-01-02T00:00:00.000Z"));
        await tx.auth.insertSession(session("s-3", ids.user, "2026-01-02T00:00:00.000Z"));
      });
      const at = "2026-01-01T12:00:00.000Z";
      await store.write((tx) => tx.auth.deleteExpiredSessionsOf(admin, "2026-01-02T00:00:00.000Z"));
      expect(await store.auth.userOfSession("s-2", at)).toBeUndefined();
      expect(await store.auth.userOfSession("s-1", at)).toBeDefined();
      expect(await store.auth.userOfSession("s-3", at)).toBeDefined();
      expect(await store.write((tx) => tx.auth.deleteSession("s-1"))).toBe(true);
      expect(await store.write((tx) => tx.auth.deleteSession("s-1"))).toBe(false);
      await store.write((tx) => tx.auth.deleteSessionsOf(ids.user));
      expect(await store.auth.userOfSession("s-3", at)).toBeUndefined();
    });
  });

  describe("auth: API tokens", () => {
    let store: Store;
    let close: () => Promise<void>;
    beforeEach(async () => {
      ({ store, close } = await open());
      await store.write(usersFixture);
    });
    afterEach(async () => {
      await close();
    });

    const token = (id: string, userId: string, createdAt: string) => ({
      id,
      userId,
      name: `token ${id}`,
      tokenHash: `hash-${id}`,
      role: "VIEWER" as const,
      createdAt,
    });

    it("stores a token unused and unrevoked, and finds it by hash with its owner", async () => {
      const stored = await store.write((tx) => tx.auth.insertToken(token("tok-1", admin, "2026-01-01T00:00:00.000Z")));
      expect(stored).toEqual({ ...token("tok-1", admin, "2026-01-01T00:00:00.000Z"), lastUsedAt: null, revokedAt: null });
      expect(await store.auth.token("tok-1")).toEqual(stored);
      expect(await store.auth.token("tok-unknown")).toBeUndefined();
      expect(await store.auth.tokenByHash("hash-tok-1")).toEqual({
        ...stored,
        userName: "Admin",
        userRole: "ADMIN",
        userIsDisabled: false,
      });
      expect(await store.auth.tokenByHash("hash-unknown")).toBeUndefined();
      await store.write((tx) => tx.auth.insertToken(token("tok-2", disabledAdmin, "2026-01-01T00:00:00.000Z")));
      expect((await store.auth.tokenByHash("hash-tok-2"))?.userIsDisabled).toBe(true);
    });

    it("records use and revocation", async () => {
      await store.write(async (tx) => {
        await tx.auth.insertToken(token("tok-1", admin, "2026-01-01T00:00:00.000Z"));
        await tx.auth.insertToken(token("tok-2", admin, "2026-01-02T00:00:00.000Z"));
        await tx.auth.insertToken(token("tok-3", ids.user, "2026-01-03T00:00:00.000Z"));
      });
      await store.write((tx) => tx.auth.markTokenUsed("tok-1", "2026-01-05T00:00:00.000Z"));
      expect((await store.auth.token("tok-1"))?.lastUsedAt).toBe("2026-01-05T00:00:00.000Z");
      await store.write((tx) => tx.auth.revokeToken("tok-1", "2026-01-06T00:00:00.000Z"));
      expect((await store.auth.token("tok-1"))?.revokedAt).toBe("2026-01-06T00:00:00.000Z");
      // Revoking an account's tokens leaves the ones revoked before as they were.
      await store.write((tx) => tx.auth.revokeTokensOf(admin, "2026-01-07T00:00:00.000Z"));
      expect((await store.auth.token("tok-1"))?.revokedAt).toBe("2026-01-06T00:00:00.000Z");
      expect((await store.auth.token("tok-2"))?.revokedAt).toBe("2026-01-07T00:00:00.000Z");
      expect((await store.auth.token("tok-3"))?.revokedAt).toBeNull();
    });

    it("lists every token, or an account's, newest first", async () => {
      await store.write(async (tx) => {
        await tx.auth.insertToken(token("tok-1", admin, "2026-01-01T00:00:00.000Z"));
        await tx.auth.insertToken(token("tok-2", ids.user, "2026-01-02T00:00:00.000Z"));
        await tx.auth.insertToken(token("tok-3", admin, "2026-01-02T00:00:00.000Z"));
      });
      expect((await store.auth.allTokens()).map((t) => t.id)).toEqual(["tok-3", "tok-2", "tok-1"]);
      expect((await store.auth.tokensOf(admin)).map((t) => t.id)).toEqual(["tok-3", "tok-1"]);
      expect(await store.auth.tokensOf(disabledAdmin)).toEqual([]);
    });
  });

  describe("auth: throttles", () => {
    let store: Store;
    let close: () => Promise<void>;
    beforeEach(async () => {
      ({ store, close } = await open());
    });
    afterEach(async () => {
      await close();
    });

    const row = (key: string, failures: number, expiresAt: string, blockedUntil: string | null = null) => ({
      key,
      failures,
      windowStart: "2026-01-01T00:00:00.000Z",
      blockedUntil,
      expiresAt,
    });

    it("saves a row, replacing the one of the same key, and reads it back", async () => {
      await store.write((tx) => tx.auth.saveThrottle(row("address:a", 1, "2026-01-01T00:15:00.000Z")));
      await store.write((tx) =>
        tx.auth.saveThrottle(row("address:a", 2, "2026-01-01T00:30:00.000Z", "2026-01-01T00:20:00.000Z")),
      );
      expect(await store.auth.throttle("address:a")).toEqual(
        row("address:a", 2, "2026-01-01T00:30:00.000Z", "2026-01-01T00:20:00.000Z"),
      );
      expect(await store.auth.throttle("address:b")).toBeUndefined();
      await store.write((tx) => tx.auth.setThrottleFailures("address:a", 1, null));
      expect(await store.auth.throttle("address:a")).toEqual(row("address:a", 1, "2026-01-01T00:30:00.000Z"));
    });

    it("deletes rows by key, several keys, or when expired", async () => {
      await store.write(async (tx) => {
        await tx.auth.saveThrottle(row("k1", 1, "2026-01-01T00:10:00.000Z"));
        await tx.auth.saveThrottle(row("k2", 1, "2026-01-01T00:20:00.000Z"));
        await tx.auth.saveThrottle(row("k3", 1, "2026-01-01T00:30:00.000Z"));
        await tx.auth.saveThrottle(row("k4", 1, "2026-01-01T00:40:00.000Z"));
        await tx.auth.saveThrottle(row("k5", 1, "2026-01-01T00:50:00.000Z"));
      });
      await store.write((tx) => tx.auth.deleteThrottle("k5"));
      expect(await store.auth.throttle("k5")).toBeUndefined();
      await store.write((tx) => tx.auth.deleteThrottles(["k3", "k4"]));
      expect(await store.auth.throttle("k3")).toBeUndefined();
      expect(await store.auth.throttle("k4")).toBeUndefined();
      // Expired at the given time: expires_at at or before it.
      await store.write((tx) => tx.auth.deleteExpiredThrottles("2026-01-01T00:10:00.000Z"));
      expect(await store.auth.throttle("k1")).toBeUndefined();
      expect(await store.auth.throttle("k2")).toBeDefined();
    });

    it("saves a marker with no failures; an existing row keeps its counts and gets the new times", async () => {
      await store.write((tx) => tx.auth.saveMarker("trusted:u|a", "2026-01-01T00:00:00.000Z", "2026-01-31T00:00:00.000Z"));
      expect(await store.auth.throttle("trusted:u|a")).toEqual(row("trusted:u|a", 0, "2026-01-31T00:00:00.000Z"));
      await store.write((tx) => tx.auth.saveThrottle(row("k", 3, "2026-01-01T00:15:00.000Z", "2026-01-01T00:05:00.000Z")));
      await store.write((tx) => tx.auth.saveMarker("k", "2026-01-02T00:00:00.000Z", "2026-02-01T00:00:00.000Z"));
      expect(await store.auth.throttle("k")).toEqual({
        key: "k",
        failures: 3,
        windowStart: "2026-01-02T00:00:00.000Z",
        blockedUntil: "2026-01-01T00:05:00.000Z",
        expiresAt: "2026-02-01T00:00:00.000Z",
      });
    });
  });
}
