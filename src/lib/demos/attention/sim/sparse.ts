import type { Matrix } from '../../../core';

/**
 * Sparse attention (稀疏注意力) patterns as keep masks, and what they cost.
 *
 * Every pattern has one size knob s ≥ 1 and keeps the diagonal, so no row is ever empty:
 * - full: every pair (i, j).
 * - window (滑动窗口): |i − j| ≤ s (Longformer's local window, Beltagy et al. 2020,
 *   https://arxiv.org/abs/2004.05150).
 * - strided (跨步): |i − j| a multiple of s, the strided half of the Sparse Transformer's
 *   factorised pattern (Child et al. 2019, https://arxiv.org/abs/1904.10509).
 * - localGlobal (局部 + 全局 token): the window, plus g global tokens 0 … g−1 that see every
 *   token and are seen by every token (Longformer, BigBird).
 * - block (分块): i and j in the same block of s consecutive tokens, ⌊i/s⌋ = ⌊j/s⌋.
 * With `causal`, each pattern is intersected with j ≤ i.
 *
 * Cost of one head for n tokens, with K the number of kept pairs: Q Kᵀ takes K·d_k
 * multiply-adds, A V takes K·d_v, and the score matrix holds K numbers (against n² for full
 * attention). K is counted from the mask for small n and given in closed form for any n; a
 * test checks that the two agree.
 */

export type SparsePattern = 'full' | 'window' | 'strided' | 'localGlobal' | 'block';

export const SPARSE_PATTERNS: readonly SparsePattern[] = [
	'full',
	'window',
	'strided',
	'localGlobal',
	'block'
];

export interface PatternOptions {
	/** The size knob s: window half-width, stride or block length. */
	size: number;
	/** Number of global tokens for 'localGlobal'. */
	globals: number;
	causal: boolean;
}

/** Whether query i keeps key j under the pattern. */
export function keeps(pattern: SparsePattern, i: number, j: number, o: PatternOptions): boolean {
	if (o.causal && j > i) return false;
	const s = Math.max(1, Math.floor(o.size));
	const d = Math.abs(i - j);
	switch (pattern) {
		case 'full':
			return true;
		case 'window':
			return d <= s;
		case 'strided':
			return d % s === 0;
		case 'localGlobal':
			return d <= s || i < o.globals || j < o.globals;
		case 'block':
			return Math.floor(i / s) === Math.floor(j / s);
	}
}

/** The n·n keep mask of a pattern, row-major (1 = keep). */
export function patternMask(pattern: SparsePattern, n: number, o: PatternOptions): Uint8Array {
	const keep = new Uint8Array(n * n);
	for (let i = 0; i < n; i++)
		for (let j = 0; j < n; j++) keep[i * n + j] = keeps(pattern, i, j, o) ? 1 : 0;
	return keep;
}

/** The number of kept entries of a mask. */
export function countKept(keep: Uint8Array): number {
	let k = 0;
	for (let t = 0; t < keep.length; t++) k += keep[t];
	return k;
}

/** Pairs with 0 ≤ i − j ≤ s among n tokens: Σ_{d=0}^{min(s, n−1)} (n − d). */
function lowerBand(n: number, s: number): number {
	const m = Math.min(s, n - 1);
	return n <= 0 ? 0 : (m + 1) * n - (m * (m + 1)) / 2;
}

/** Pairs with i − j ∈ {0, s, 2s, …}: Σ_{k=0}^{⌊(n−1)/s⌋} (n − k s). */
function lowerStrided(n: number, s: number): number {
	if (n <= 0) return 0;
	const m = Math.floor((n - 1) / s);
	return (m + 1) * n - (s * m * (m + 1)) / 2;
}

/**
 * The number of kept pairs K(n) in closed form (see the module note for each pattern). Exact for
 * every n ≥ 0; agrees with countKept(patternMask(…)).
 */
export function keptCount(pattern: SparsePattern, n: number, o: PatternOptions): number {
	const s = Math.max(1, Math.floor(o.size));
	const g = Math.min(Math.max(0, Math.floor(o.globals)), n);
	const c = o.causal;
	switch (pattern) {
		case 'full':
			return c ? (n * (n + 1)) / 2 : n * n;
		case 'window':
			return c ? lowerBand(n, s) : 2 * lowerBand(n, s) - n;
		case 'strided':
			return c ? lowerStrided(n, s) : 2 * lowerStrided(n, s) - n;
		case 'block': {
			const q = Math.floor(n / s);
			const r = n % s;
			return c ? (q * s * (s + 1)) / 2 + (r * (r + 1)) / 2 : q * s * s + r * r;
		}
		case 'localGlobal': {
			const rest = n - g;
			const band = c ? lowerBand(rest, s) : 2 * lowerBand(rest, s) - rest;
			// Global rows and columns, then the window among the remaining tokens.
			return c ? (g * (g + 1)) / 2 + rest * g + band : 2 * g * n - g * g + band;
		}
	}
}

/** The cost of one head at one sequence length. */
export interface CostPoint {
	n: number;
	/** Kept pairs K. */
	kept: number;
	/** K / n² (1 for full attention). */
	density: number;
	/** Multiply-adds of Q Kᵀ and A V: K·(d_k + d_v). */
	multiplyAdds: number;
	/** Numbers held in the score matrix: K. */
	memory: number;
	/** The same two for full attention (with the same causal setting). */
	fullMultiplyAdds: number;
	fullMemory: number;
}

/** Sequence lengths of the cost chart: 16, 32, …, 16384. */
export const COST_LENGTHS: readonly number[] = Array.from({ length: 11 }, (_, k) => 16 << k);

/** The cost of a pattern at each length (default {@link COST_LENGTHS}) for head sizes dk, dv. */
export function costCurve(
	pattern: SparsePattern,
	o: PatternOptions,
	dk: number,
	dv: number,
	lengths: readonly number[] = COST_LENGTHS
): CostPoint[] {
	return lengths.map((n) => {
		const kept = keptCount(pattern, n, o);
		const full = keptCount('full', n, o);
		return {
			n,
			kept,
			density: n > 0 ? kept / (n * n) : 0,
			multiplyAdds: kept * (dk + dv),
			memory: kept,
			fullMultiplyAdds: full * (dk + dv),
			fullMemory: full
		};
	});
}

/**
 * How far an output moved from the full-attention output: ‖A − F‖_F / ‖F‖_F (0 when they are
 * equal; 0 by convention when F is all zeros and A equals it).
 */
export function relativeFrobenius(a: Matrix, full: Matrix): number {
	let num = 0;
	let den = 0;
	for (let k = 0; k < full.data.length; k++) {
		const d = a.data[k] - full.data[k];
		num += d * d;
		den += full.data[k] * full.data[k];
	}
	if (den === 0) return num === 0 ? 0 : Infinity;
	return Math.sqrt(num / den);
}
