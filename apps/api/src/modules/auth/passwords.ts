/**
 * Password hashing with scrypt (node:crypto). The stored string carries its own parameters and
 * salt, `scrypt$N$r$p$salt$hash`, so the cost can be raised later without breaking old hashes:
 * a sign-in with a hash made at other parameters stores a new one (see `needsRehash`).
 */
import { createHash, randomBytes, type ScryptOptions, scrypt as scryptCallback, scryptSync, timingSafeEqual } from "node:crypto";

export interface ScryptParameters {
  N: number;
  r: number;
  p: number;
}

/** OWASP's current guidance for scrypt: N = 2^17, r = 8, p = 1 (128 MiB and ~0.3 s per hash). */
export const defaultScryptParameters: Readonly<ScryptParameters> = Object.freeze({ N: 2 ** 17, r: 8, p: 1 });
const KEY_LENGTH = 64;
// scrypt needs 128 * N * r bytes: 128 MiB at the default; headroom for stored hashes up to twice that.
const MAX_MEMORY = 256 * 1024 * 1024 + 1024 * 1024;

let current: ScryptParameters = defaultScryptParameters;

/**
 * Test-only: hash new passwords at another cost so test suites that create and sign in many
 * accounts stay fast (`null` restores the default). Refused in production.
 */
export function usePasswordCostForTests(parameters: ScryptParameters | null): void {
  if (process.env.NODE_ENV === "production") throw new Error("the password cost is fixed in production");
  current = parameters ?? defaultScryptParameters;
}

/** The parameters new hashes are made with. */
export const currentScryptParameters = (): ScryptParameters => ({ ...current });

/**
 * At most this many hashes at once (each holds 128 MiB at the default cost); the others wait their
 * turn, so a burst of sign-ins cannot take more than 256 MiB or every libuv thread.
 */
const MAX_CONCURRENT_HASHES = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function scrypt(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  // A finishing hash hands its slot straight to the next in line (so `running` never overshoots).
  if (running < MAX_CONCURRENT_HASHES) running++;
  else await new Promise<void>((resolve) => waiting.push(resolve));
  try {
    return await new Promise((resolve, reject) =>
      scryptCallback(password.normalize("NFKC"), salt, keyLength, options, (error, key) =>
        error ? reject(error) : resolve(key),
      ),
    );
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

const format = ({ N, r, p }: ScryptParameters, salt: Buffer, key: Buffer) =>
  `scrypt$${N}$${r}$${p}$${salt.toString("base64")}$${key.toString("base64")}`;

export async function hashPassword(password: string, parameters: ScryptParameters = current): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEY_LENGTH, { ...parameters, maxmem: MAX_MEMORY });
  return format(parameters, salt, key);
}

/** Synchronous variant, for command-line seeding where nothing else waits on the event loop. */
export function hashPasswordSync(password: string, parameters: ScryptParameters = current): string {
  const salt = randomBytes(16);
  const key = scryptSync(password.normalize("NFKC"), salt, KEY_LENGTH, { ...parameters, maxmem: MAX_MEMORY });
  return format(parameters, salt, key);
}

function parse(stored: string): (ScryptParameters & { salt: Buffer; key: Buffer }) | null {
  const [scheme, n, rr, pp, saltText, keyText, ...rest] = stored.split("$");
  if (scheme !== "scrypt" || !n || !rr || !pp || !saltText || !keyText || rest.length > 0) return null;
  const parameters = { N: Number(n), r: Number(rr), p: Number(pp) };
  if (![parameters.N, parameters.r, parameters.p].every((v) => Number.isInteger(v) && v > 0)) return null;
  // A hash asking for more memory than the server allows cannot be checked: treat it as no match.
  if (128 * parameters.N * parameters.r > MAX_MEMORY) return null;
  return { ...parameters, salt: Buffer.from(saltText, "base64"), key: Buffer.from(keyText, "base64") };
}

export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const parsed = stored ? parse(stored) : null;
  if (!parsed) return false;
  const key = await scrypt(password, parsed.salt, parsed.key.length, {
    N: parsed.N,
    r: parsed.r,
    p: parsed.p,
    maxmem: MAX_MEMORY,
  });
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}

/** True when a stored hash was made with other parameters than new hashes are (rehash it on sign-in). */
export function needsRehash(stored: string): boolean {
  const parsed = parse(stored);
  return !parsed || parsed.N !== current.N || parsed.r !== current.r || parsed.p !== current.p;
}

/** A hash to compare against when the account does not exist, so timing does not reveal that. */
const decoys = new Map<string, Promise<string>>();
export function decoyHash(): Promise<string> {
  const key = `${current.N}$${current.r}$${current.p}`;
  let decoy = decoys.get(key);
  if (!decoy) {
    decoy = hashPassword(randomBytes(16).toString("hex"));
    decoys.set(key, decoy);
  }
  return decoy;
}

/** SHA-256 (hex) of a session or token secret: what the database stores. */
export const sha256 = (secret: string) => createHash("sha256").update(secret, "utf8").digest("hex");

export const newSecret = (prefix = "") => `${prefix}${randomBytes(32).toString("base64url")}`;
