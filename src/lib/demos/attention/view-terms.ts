import type { Matrix } from '$lib/core';

/**
 * The terms that make one highlighted cell, for the hover read-outs: a dot product term by term,
 * a softmax row's normalisation, a weighted sum of values. These only take apart numbers the
 * simulation computed; the cell's own value is always the simulation's, and the tests check that
 * the terms add up to it.
 */

/** One product aₖ·bₖ of a sum. */
export interface Term {
	a: number;
	b: number;
	product: number;
}

/** The terms of Σₖ aₖ bₖ and their sum. */
export function dotTerms(
	a: ArrayLike<number>,
	b: ArrayLike<number>
): { terms: Term[]; sum: number } {
	const terms: Term[] = [];
	let sum = 0;
	for (let k = 0; k < a.length; k++) {
		const product = a[k] * b[k];
		terms.push({ a: a[k], b: b[k], product });
		sum += product;
	}
	return { terms, sum };
}

/** Column j of M as a new array. */
export function column(m: Matrix, j: number): Float64Array {
	return Float64Array.from({ length: m.rows }, (_, i) => m.get(i, j));
}

/** One entry of a softmax row: the masked score, e^{s − max} (0 when hidden), and whether kept. */
export interface SoftmaxEntry {
	score: number;
	exp: number;
	kept: boolean;
}

/**
 * The normalisation of one softmax row: aⱼ = e^{sⱼ − m} / Σₖ e^{sₖ − m} with m = maxₖ sₖ over
 * the kept entries (subtracting m changes nothing but keeps e^x finite). Hidden entries (−∞)
 * contribute 0. `total` is the denominator.
 */
export function softmaxRow(masked: ArrayLike<number>): {
	entries: SoftmaxEntry[];
	max: number;
	total: number;
} {
	let max = -Infinity;
	for (let k = 0; k < masked.length; k++) if (masked[k] > max) max = masked[k];
	const entries: SoftmaxEntry[] = [];
	let total = 0;
	for (let k = 0; k < masked.length; k++) {
		const kept = masked[k] !== -Infinity;
		const exp = kept ? Math.exp(masked[k] - max) : 0;
		entries.push({ score: masked[k], exp, kept });
		total += exp;
	}
	return { entries, max, total };
}

/** Σ of each row of M. */
export function rowSums(m: Matrix): number[] {
	return Array.from({ length: m.rows }, (_, i) => {
		let s = 0;
		for (let j = 0; j < m.cols; j++) s += m.get(i, j);
		return s;
	});
}

/** The column of the largest entry of row i (the first one on ties), and that entry. */
export function rowArgmax(m: Matrix, i: number): { index: number; value: number } {
	let index = 0;
	for (let j = 1; j < m.cols; j++) if (m.get(i, j) > m.get(i, index)) index = j;
	return { index, value: m.cols > 0 ? m.get(i, index) : 0 };
}

/** The indices of the k largest entries of row i, largest first. */
export function rowTop(m: Matrix, i: number, k: number): number[] {
	return Array.from({ length: m.cols }, (_, j) => j)
		.sort((a, b) => m.get(i, b) - m.get(i, a) || a - b)
		.slice(0, k);
}
