/** A small, fast, seeded PRNG (sfc32) and the samplers the generator needs. Same seed, same data. */

function hash32(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** A stream determined by the seed and a label (each generator phase has its own stream). */
  constructor(seed: number, label = "") {
    this.a = hash32(`a${seed}:${label}`);
    this.b = hash32(`b${seed}:${label}`);
    this.c = hash32(`c${seed}:${label}`);
    this.d = hash32(`d${seed}:${label}`) | 1;
    for (let i = 0; i < 16; i++) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Integer in [min, max]. */
  range(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)] as T;
  }

  /** Picks from [value, weight] pairs. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of choices) total += w;
    let r = this.next() * total;
    for (const [value, w] of choices) {
      r -= w;
      if (r < 0) return value;
    }
    return (choices.at(-1) as readonly [T, number])[0];
  }

  /**
   * A skewed index in [0, n): `floor(n * u^gamma)`. With gamma > 1 small indexes are drawn far
   * more often: the density falls as a power of the index, which gives a power-law degree
   * distribution when used to pick relationship ends (a few hubs, a long tail of leaves).
   */
  skewed(n: number, gamma: number): number {
    return Math.min(n - 1, Math.floor(n * this.next() ** gamma));
  }
}

/** A fixed pseudo-random bijection of [0, n): spreads the hubs of a skewed draw over the id space. */
export function scatter(n: number): (i: number) => number {
  const primes = [1_000_003, 999_983, 1_299_709, 15_485_863, 32_452_843];
  const gcd = (x: number, y: number): number => (y === 0 ? x : gcd(y, x % y));
  const multiplier = primes.find((p) => gcd(p % n || 1, n) === 1 && p % n !== 0) ?? 1;
  const offset = Math.floor(n / 3);
  return (i: number) => (((i * multiplier) % n) + offset) % n;
}

/** A stable 32-bit hash of an integer (for properties derived from an index alone). */
export function mix(i: number, salt = 0): number {
  let x = (i ^ (salt * 0x9e3779b9)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}
