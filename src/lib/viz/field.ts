/**
 * Fields drawn by HeatmapCanvas (a discriminator's output, a density): the grids to sample
 * them on and their pixels.
 */
import { colorLut, divergingT, normalise, type ScaleKind } from './colors';

/**
 * The centres of `n` equal cells spanning [lo, hi]: lo + (i + 0.5)(hi - lo)/n, i = 0..n-1.
 * Evaluate a field at these to match HeatmapCanvas's pixels exactly.
 */
export function cellCentres(lo: number, hi: number, n: number): Float64Array {
	const out = new Float64Array(Math.max(0, n));
	const step = (hi - lo) / n;
	for (let i = 0; i < n; i++) out[i] = lo + (i + 0.5) * step;
	return out;
}

/**
 * Flat xy of every cell centre of an `nx` × `ny` grid over `domain`, row-major with the row
 * index following y (row 0 at ymin), for HeatmapCanvas with `origin="bottom"`.
 * Shape: 2 · nx · ny numbers [x00, y00, x01, y01, ...].
 */
export function gridPoints(
	domain: [[number, number], [number, number]],
	nx: number,
	ny: number
): Float64Array {
	const xs = cellCentres(domain[0][0], domain[0][1], nx);
	const ys = cellCentres(domain[1][0], domain[1][1], ny);
	const out = new Float64Array(2 * nx * ny);
	for (let j = 0; j < ny; j++) {
		for (let i = 0; i < nx; i++) {
			out[2 * (j * nx + i)] = xs[i];
			out[2 * (j * nx + i) + 1] = ys[j];
		}
	}
	return out;
}

/**
 * The RGBA pixels of a `rows` × `cols` field (row-major `values`) under a colour scale, for
 * `ImageData`: one pixel per value, NaN transparent. With `origin: 'bottom'` row 0 becomes
 * the last pixel row, so y grows upward. Out-of-domain values clamp to the scale's ends.
 */
export function fieldPixels(
	values: ArrayLike<number>,
	rows: number,
	cols: number,
	scale: ScaleKind,
	domain: readonly [number, number],
	origin: 'top' | 'bottom' = 'top',
	out: Uint8ClampedArray = new Uint8ClampedArray(4 * rows * cols)
): Uint8ClampedArray {
	const lut = colorLut(scale);
	const maxAbs = Math.max(Math.abs(domain[0]), Math.abs(domain[1]));
	for (let r = 0; r < rows; r++) {
		const y = origin === 'top' ? r : rows - 1 - r;
		for (let c = 0; c < cols; c++) {
			const v = values[r * cols + c];
			const o = (y * cols + c) * 4;
			if (!Number.isFinite(v)) {
				out[o + 3] = 0;
				continue;
			}
			const t = scale === 'diverging' ? divergingT(v, maxAbs) : normalise(v, domain);
			const k = Math.round(Math.max(0, Math.min(1, t)) * 255) * 4;
			out[o] = lut[k];
			out[o + 1] = lut[k + 1];
			out[o + 2] = lut[k + 2];
			out[o + 3] = 255;
		}
	}
	return out;
}
