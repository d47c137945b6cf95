import { Matrix } from './matrix-base';
import { exp, log } from './math';

/**
 * Softmax and log-sum-exp, shifted by the maximum so that exp never overflows:
 * logΣexp(x) = max + log Σ exp(x − max), softmax(x)ᵢ = exp(xᵢ − max) / Σ exp(x − max).
 *
 * Edge cases are handled so that a masked attention row or a saturated logit stays finite:
 * an all −∞ input gives log-sum-exp −∞ and softmax all zeros (not NaN); inputs containing +∞
 * share the probability equally among the +∞ entries. NaN inputs propagate.
 */

function lseSlice(x: ArrayLike<number>, start: number, n: number): number {
	let max = -Infinity;
	for (let j = 0; j < n; j++) if (x[start + j] > max) max = x[start + j];
	if (max === -Infinity || max === Infinity) return max;

	let s = 0;
	for (let j = 0; j < n; j++) s += exp(x[start + j] - max);
	return max + log(s);
}

function softmaxSlice(x: ArrayLike<number>, start: number, n: number, out: Float64Array): void {
	let max = -Infinity;
	for (let j = 0; j < n; j++) if (x[start + j] > max) max = x[start + j];
	if (max === -Infinity) return;
	if (max === Infinity) {
		let count = 0;
		for (let j = 0; j < n; j++) if (x[start + j] === Infinity) count++;
		for (let j = 0; j < n; j++) out[start + j] = x[start + j] === Infinity ? 1 / count : 0;
		return;
	}

	let s = 0;
	for (let j = 0; j < n; j++) {
		const e = exp(x[start + j] - max);
		out[start + j] = e;
		s += e;
	}
	for (let j = 0; j < n; j++) out[start + j] /= s;
}

/** Softmax of each row of A (n×m), giving n×m with rows summing to 1 (or 0 if fully masked). */
export function rowSoftmax(a: Matrix): Matrix {
	const out = new Matrix(a.rows, a.cols);
	for (let i = 0; i < a.rows; i++) softmaxSlice(a.data, i * a.cols, a.cols, out.data);
	return out;
}

/** Log-sum-exp of each row of A (n×m), giving a length-n array. */
export function rowLogSumExp(a: Matrix): Float64Array {
	const out = new Float64Array(a.rows);
	for (let i = 0; i < a.rows; i++) out[i] = lseSlice(a.data, i * a.cols, a.cols);
	return out;
}

/** Softmax of a vector: pᵢ = exp(vᵢ − max v) / Σⱼ exp(vⱼ − max v). */
export function softmax(v: ArrayLike<number>): Float64Array {
	const out = new Float64Array(v.length);
	softmaxSlice(v, 0, v.length, out);
	return out;
}

/** log Σᵢ exp(vᵢ), computed as max v + log Σᵢ exp(vᵢ − max v); −∞ for an empty vector. */
export function logSumExp(v: ArrayLike<number>): number {
	return lseSlice(v, 0, v.length);
}
