import type { Matrix } from './matrix-base';
import { median } from './summary';
import { exp } from './math';

/**
 * Maximum mean discrepancy, a two-sample distance used to score how close generated samples are
 * to the data (Gretton, Borgwardt, Rasch, Schölkopf & Smola 2012, "A Kernel Two-Sample Test",
 * JMLR 13, https://jmlr.org/papers/v13/gretton12a.html).
 */

function sqDistRows(A: Matrix, i: number, B: Matrix, j: number): number {
	let s = 0;
	for (let c = 0; c < A.cols; c++) {
		const d = A.data[i * A.cols + c] - B.data[j * B.cols + c];
		s += d * d;
	}
	return s;
}

/**
 * The median heuristic (Gretton et al. 2012, section 8): the median Euclidean distance between
 * distinct rows of X and Y pooled. Returns 1 if that median is 0. Cost O((m + n)²).
 */
export function medianPairwiseDistance(X: Matrix, Y: Matrix): number {
	const rows: [Matrix, number][] = [];
	for (let i = 0; i < X.rows; i++) rows.push([X, i]);
	for (let j = 0; j < Y.rows; j++) rows.push([Y, j]);

	const d = new Float64Array((rows.length * (rows.length - 1)) / 2);
	let k = 0;
	for (let a = 0; a < rows.length; a++) {
		for (let b = a + 1; b < rows.length; b++) {
			d[k++] = Math.sqrt(sqDistRows(rows[a][0], rows[a][1], rows[b][0], rows[b][1]));
		}
	}
	const med = median(d);
	return med > 0 ? med : 1;
}

/**
 * Unbiased estimate of MMD² between samples X (m×d) and Y (n×d), Gretton et al. 2012, eq. 3:
 * MMD²ᵤ = 1/(m(m−1)) Σ_{i≠j} k(xᵢ, xⱼ) + 1/(n(n−1)) Σ_{i≠j} k(yᵢ, yⱼ) − 2/(mn) Σ_{i,j} k(xᵢ, yⱼ),
 * with the Gaussian kernel k(x, y) = exp(−‖x − y‖² / (2σ²)), σ = `bandwidth` or, by default,
 * {@link medianPairwiseDistance}. Near 0 when both samples come from one distribution; being
 * unbiased, it can then be slightly negative. Needs m, n ≥ 2. Cost O((m + n)² d).
 */
export function mmd2(X: Matrix, Y: Matrix, bandwidth?: number): number {
	if (X.cols !== Y.cols) throw new RangeError(`mmd2: ${X.cols} vs ${Y.cols} columns`);
	const m = X.rows;
	const n = Y.rows;
	if (m < 2 || n < 2) throw new RangeError('mmd2: each sample needs at least 2 rows');
	const sigma = bandwidth ?? medianPairwiseDistance(X, Y);
	if (!(sigma > 0)) throw new RangeError(`mmd2: bandwidth must be positive, got ${sigma}`);
	const inv2s2 = 1 / (2 * sigma * sigma);
	const k = (A: Matrix, i: number, B: Matrix, j: number) => exp(-sqDistRows(A, i, B, j) * inv2s2);

	// Each within-sample sum is symmetric, so sum over i < j and double it.
	let kxx = 0;
	for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) kxx += k(X, i, X, j);
	let kyy = 0;
	for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) kyy += k(Y, i, Y, j);
	let kxy = 0;
	for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) kxy += k(X, i, Y, j);

	return (2 * kxx) / (m * (m - 1)) + (2 * kyy) / (n * (n - 1)) - (2 * kxy) / (m * n);
}
