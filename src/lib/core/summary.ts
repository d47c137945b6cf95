/**
 * Summary statistics of a sample: mean, variance, quantiles and histograms.
 */

/** x̄ = (1/n) Σ xᵢ; NaN for an empty sample. */
export function mean(x: ArrayLike<number>): number {
	let s = 0;
	for (let i = 0; i < x.length; i++) s += x[i];
	return s / x.length;
}

/**
 * Σ (xᵢ − x̄)² / (n − ddof): ddof = 0 (default) is the population variance, ddof = 1 the unbiased
 * sample variance. Two passes, so a large common offset does not cancel precision. NaN if n ≤ ddof.
 */
export function variance(x: ArrayLike<number>, ddof = 0): number {
	const n = x.length;
	if (n <= ddof) return NaN;
	const m = mean(x);
	let s = 0;
	for (let i = 0; i < n; i++) s += (x[i] - m) * (x[i] - m);
	return s / (n - ddof);
}

/** √variance(x, ddof). */
export function std(x: ArrayLike<number>, ddof = 0): number {
	return Math.sqrt(variance(x, ddof));
}

/**
 * The q-quantile (0 ≤ q ≤ 1) with linear interpolation between order statistics at position
 * q (n − 1), Hyndman & Fan's type 7 (numpy's and R's default). NaN for an empty sample.
 */
export function quantile(x: ArrayLike<number>, q: number): number {
	if (x.length === 0) return NaN;
	const sorted = Float64Array.from(x).sort();
	const pos = Math.min(Math.max(q, 0), 1) * (sorted.length - 1);
	const lo = Math.floor(pos);
	const hi = Math.min(lo + 1, sorted.length - 1);
	return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
}

/** The median, quantile(x, 0.5). */
export function median(x: ArrayLike<number>): number {
	return quantile(x, 0.5);
}

/**
 * Counts of x in `bins` equal-width bins over `range` = [lo, hi] (default [min x, max x], widened
 * by ½ on each side if all values are equal). Returns edges (bins + 1) and counts (bins). Bins are
 * half-open [eᵢ, eᵢ₊₁) except the last, which also takes hi, as in numpy. Values outside the
 * range and NaN are not counted.
 */
export function histogram(
	x: ArrayLike<number>,
	bins: number,
	range?: [number, number]
): { edges: Float64Array; counts: Float64Array } {
	if (!Number.isInteger(bins) || bins < 1) throw new RangeError(`histogram: bins = ${bins}`);
	let [lo, hi] = range ?? [Infinity, -Infinity];
	if (!range) {
		for (let i = 0; i < x.length; i++) {
			if (x[i] < lo) lo = x[i];
			if (x[i] > hi) hi = x[i];
		}
		if (lo > hi) [lo, hi] = [0, 1];
	}
	if (lo === hi) [lo, hi] = [lo - 0.5, hi + 0.5];
	if (!(lo < hi)) throw new RangeError(`histogram: bad range [${lo}, ${hi}]`);

	const edges = new Float64Array(bins + 1);
	for (let b = 0; b <= bins; b++) edges[b] = lo + ((hi - lo) * b) / bins;
	const counts = new Float64Array(bins);
	const width = (hi - lo) / bins;
	for (let i = 0; i < x.length; i++) {
		const v = x[i];
		if (!(v >= lo && v <= hi)) continue;
		let b = Math.floor((v - lo) / width);
		// Rounding in the division can put a value one bin off its edge; the edges decide.
		if (b >= bins) b = bins - 1;
		if (b > 0 && v < edges[b]) b--;
		else if (b < bins - 1 && v >= edges[b + 1]) b++;
		counts[b]++;
	}
	return { edges, counts };
}
