import type { Matrix } from './matrix-base';
import { quantile, std } from './summary';
import { exp, log } from './math';

/**
 * Gaussian kernel density estimates, for drawing a sample as a smooth curve or field.
 */

const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

/**
 * Silverman's rule of thumb (Silverman 1986, Density Estimation, eq. 3.31):
 * h = 0.9 · min(σ, IQR / 1.34) · n^(−1/5). Falls back to σ if the IQR is 0, and to 1 if the
 * sample has no spread at all, so the result is always positive.
 */
export function silvermanBandwidth(samples: ArrayLike<number>): number {
	const n = samples.length;
	const s = std(samples, 1);
	const iqr = quantile(samples, 0.75) - quantile(samples, 0.25);
	let a = Math.min(s, iqr / 1.34);
	if (!(a > 0)) a = s;
	if (!(a > 0)) return 1;
	// exp and log rather than pow: V8's exp and log are the same fdlibm ports in every version.
	return 0.9 * a * exp(-0.2 * log(n));
}

/**
 * Density at each point of `at`: f(x) = (1 / (n h)) Σᵢ φ((x − xᵢ) / h), φ the standard normal
 * density, h the bandwidth (default {@link silvermanBandwidth}). Cost O(n · |at|).
 */
export function kde(
	samples: ArrayLike<number>,
	at: ArrayLike<number>,
	bandwidth?: number
): Float64Array {
	const n = samples.length;
	const out = new Float64Array(at.length);
	if (n === 0) return out;
	const h = bandwidth ?? silvermanBandwidth(samples);
	if (!(h > 0)) throw new RangeError(`kde: bandwidth must be positive, got ${h}`);

	const c = INV_SQRT_2PI / (n * h);
	for (let k = 0; k < at.length; k++) {
		let s = 0;
		for (let i = 0; i < n; i++) {
			const u = (at[k] - samples[i]) / h;
			s += exp(-0.5 * u * u);
		}
		out[k] = c * s;
	}
	return out;
}

/**
 * Density of 2-D points (n×2) at each row of `at` (m×2) with an isotropic Gaussian kernel:
 * f(x) = (1 / (2π n h²)) Σᵢ exp(−‖x − xᵢ‖² / (2h²)). Returns length m. Cost O(n · m).
 */
export function kde2d(points: Matrix, at: Matrix, bandwidth: number): Float64Array {
	if (points.cols !== 2 || at.cols !== 2) throw new RangeError('kde2d: points and at must be n×2');
	if (!(bandwidth > 0)) throw new RangeError(`kde2d: bandwidth must be positive, got ${bandwidth}`);
	const n = points.rows;
	const out = new Float64Array(at.rows);
	if (n === 0) return out;

	const c = 1 / (2 * Math.PI * n * bandwidth * bandwidth);
	const inv2h2 = 1 / (2 * bandwidth * bandwidth);
	const P = points.data;
	for (let k = 0; k < at.rows; k++) {
		const x = at.data[2 * k];
		const y = at.data[2 * k + 1];
		let s = 0;
		for (let i = 0; i < n; i++) {
			const dx = x - P[2 * i];
			const dy = y - P[2 * i + 1];
			s += exp(-(dx * dx + dy * dy) * inv2h2);
		}
		out[k] = c * s;
	}
	return out;
}
