/**
 * A small seeded generator (mulberry32): the same seed gives the same history on every machine.
 * Math.random cannot be seeded, and the generator only needs speed and repeatability, not quality.
 */
export class Random {
  private s: number

  constructor(seed: number) {
    this.s = seed >>> 0
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0
    let t = this.s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p
  }

  pick<T>(items: readonly T[]): T {
    if (!items.length) throw new Error('pick from an empty list')
    return items[Math.floor(this.next() * items.length)] as T
  }

  /** Log-normal with the given median and spread (sigma of the underlying normal). */
  logNormal(median: number, sigma: number): number {
    const u = Math.max(this.next(), 1e-12)
    const v = this.next()
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
    return median * Math.exp(sigma * z)
  }

  /** A derived generator for a sub-stream (keeps streams independent of iteration order). */
  fork(salt: number): Random {
    return new Random(hash32(this.s ^ Math.imul(salt, 0x9e3779b1)))
  }
}

/** 32-bit integer hash (Thomas Wang's), used to derive seeds. */
export function hash32(x: number): number {
  let h = x >>> 0
  h = (h ^ 61 ^ (h >>> 16)) >>> 0
  h = Math.imul(h, 9) >>> 0
  h = (h ^ (h >>> 4)) >>> 0
  h = Math.imul(h, 0x27d4eb2d) >>> 0
  return (h ^ (h >>> 15)) >>> 0
}
