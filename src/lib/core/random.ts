import { log } from './math';

/**
 * Seeded random streams. Every draw is integer arithmetic on 32-bit words (`Math.imul`, `>>> 0`),
 * so a seed gives the same words, bit for bit, in Node, in a worker and in any browser.
 *
 * Generator: sfc32, Chris Doty-Humphrey's "small fast counting" generator from PractRand
 * (https://pracrand.sourceforge.net). Seeding: the string hash cyrb128 by bryc
 * (https://github.com/bryc/code/blob/master/jshash/PRNGs.md), which spreads a short key over the
 * 128-bit state.
 *
 * Every draw uses only exact arithmetic: `normal` takes its logarithm from ./math, not from
 * Math.log, whose last bit differs between engines (and between Node 20 and Chromium).
 */

/** The four 32-bit words of the sfc32 state, each an unsigned integer in [0, 2³²). */
export type RngState = [number, number, number, number];

/**
 * A complete, JSON-serialisable picture of an {@link Rng}: its 128-bit state, the cached second
 * normal deviate of the polar method (or null), and the seed key that `split` derives from.
 */
export interface RngSnapshot {
	s: RngState;
	spare: number | null;
	key: string;
}

/**
 * cyrb128: hashes a string to four 32-bit words.
 * Multipliers are bryc's (see the module note); they are odd primes chosen for avalanche.
 */
export function cyrb128(str: string): RngState {
	let h1 = 1779033703;
	let h2 = 3144134277;
	let h3 = 1013904242;
	let h4 = 2773480762;
	for (let i = 0; i < str.length; i++) {
		const k = str.charCodeAt(i);
		h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
		h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
		h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
		h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
	}

	h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
	h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
	h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
	h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
	h1 ^= h2 ^ h3 ^ h4;
	h2 ^= h1;
	h3 ^= h1;
	h4 ^= h1;
	return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

// Drawing a few words after seeding mixes the hash output further, as bryc recommends for sfc32.
const WARM_UP = 15;
const TWO_POW_32 = 4294967296;
const TWO_POW_53 = 9007199254740992;

/**
 * A deterministic random stream.
 *
 * `Rng.fromSeed(42)` and `Rng.fromSeed('42')` are the same stream: a number seed is keyed by its
 * decimal string. `split(name)` gives the stream `fromSeed(key + '/' + name)`, which depends only
 * on the key, never on how many numbers the parent has drawn.
 */
export class Rng {
	private a = 0;
	private b = 0;
	private c = 0;
	private d = 0;
	private spare: number | null = null;
	private key: string;

	private constructor(key: string) {
		this.key = key;
		[this.a, this.b, this.c, this.d] = cyrb128(key);
		for (let i = 0; i < WARM_UP; i++) this.nextU32();
	}

	/** A fresh stream for a seed; equal seeds (as strings) give equal streams. */
	static fromSeed(seed: number | string): Rng {
		return new Rng(String(seed));
	}

	/** An independent named stream derived from this stream's seed key (not its position). */
	split(name: string): Rng {
		return new Rng(`${this.key}/${name}`);
	}

	/** The next word of sfc32, an unsigned integer in [0, 2³²). */
	nextU32(): number {
		const t = (((this.a + this.b) | 0) + this.d) | 0;
		this.d = (this.d + 1) | 0;
		this.a = this.b ^ (this.b >>> 9);
		this.b = (this.c + (this.c << 3)) | 0;
		this.c = (this.c << 21) | (this.c >>> 11);
		this.c = (this.c + t) | 0;
		return t >>> 0;
	}

	/** Uniform in [lo, hi), default [0, 1): u = (27 high bits · 2²⁶ + 26 high bits) / 2⁵³. */
	uniform(lo = 0, hi = 1): number {
		const u = ((this.nextU32() >>> 5) * 67108864 + (this.nextU32() >>> 6)) / TWO_POW_53;
		return lo + (hi - lo) * u;
	}

	/** Integer in [0, n) for an integer 1 ≤ n ≤ 2³², unbiased by rejecting the short last block. */
	int(n: number): number {
		if (!Number.isInteger(n) || n < 1 || n > TWO_POW_32) {
			throw new RangeError(`Rng.int: n must be an integer in [1, 2^32], got ${n}`);
		}
		const limit = TWO_POW_32 - (TWO_POW_32 % n);
		let u = this.nextU32();
		while (u >= limit) u = this.nextU32();
		return u % n;
	}

	/**
	 * Normal deviate mean + std·z, z ~ N(0, 1), by Marsaglia's polar method (1964): for (u, v)
	 * uniform in the unit disc with s = u² + v², both u·√(−2 ln s / s) and v·√(−2 ln s / s) are
	 * standard normal. The second is kept as the spare and is part of the snapshot.
	 */
	normal(mean = 0, std = 1): number {
		if (this.spare !== null) {
			const z = this.spare;
			this.spare = null;
			return mean + std * z;
		}

		let u: number;
		let v: number;
		let s: number;
		do {
			u = this.uniform(-1, 1);
			v = this.uniform(-1, 1);
			s = u * u + v * v;
		} while (s >= 1 || s === 0);

		const f = Math.sqrt((-2 * log(s)) / s);
		this.spare = v * f;
		return mean + std * u * f;
	}

	/** Index i with probability probs[i] / Σ probs; weights must be ≥ 0 with a positive sum. */
	categorical(probs: ArrayLike<number>): number {
		let total = 0;
		for (let i = 0; i < probs.length; i++) total += probs[i];
		if (!(total > 0) || !Number.isFinite(total)) {
			throw new RangeError('Rng.categorical: weights must have a finite positive sum');
		}

		const target = this.uniform() * total;
		let acc = 0;
		let last = 0;
		for (let i = 0; i < probs.length; i++) {
			if (probs[i] <= 0) continue;
			acc += probs[i];
			last = i;
			if (target < acc) return i;
		}
		// Rounding can leave target a hair above the running sum; the last live index owns that.
		return last;
	}

	/** In-place Fisher-Yates shuffle (Durstenfeld's version); returns the same array. */
	shuffle<T>(items: T[]): T[] {
		for (let i = items.length - 1; i > 0; i--) {
			const j = this.int(i + 1);
			const tmp = items[i];
			items[i] = items[j];
			items[j] = tmp;
		}
		return items;
	}

	/** A plain-object copy of the full state, safe for JSON and structured clone. */
	getState(): RngSnapshot {
		return {
			s: [this.a >>> 0, this.b >>> 0, this.c >>> 0, this.d >>> 0],
			spare: this.spare,
			key: this.key
		};
	}

	/** Restores a snapshot taken by {@link getState}; later draws repeat exactly. */
	setState(snap: RngSnapshot): void {
		[this.a, this.b, this.c, this.d] = snap.s.map((w) => w | 0);
		this.spare = snap.spare;
		this.key = snap.key;
	}

	/** An independent copy at the same position. */
	clone(): Rng {
		const r = new Rng(this.key);
		r.setState(this.getState());
		return r;
	}
}
