/**
 * Sampling grids for fields drawn by HeatmapCanvas (a discriminator's output, a density).
 */

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
