/**
 * Min/max decimation of a long series for drawing, so a 100 000-frame history costs a few
 * thousand path points and still shows every spike.
 */

/**
 * The points to draw of `values[start..end)` as flat [i0, v0, i1, v1, ...] (i = frame index).
 *
 * With at most `threshold` values, every value is kept (NaN included, so the line shows gaps).
 * Otherwise the range is cut into `buckets` equal index ranges and each contributes its
 * minimum and maximum finite value in index order (one point if they coincide); a bucket with
 * no finite value contributes one NaN point, which breaks the line.
 *
 * Limitations: a gap narrower than a bucket inside an otherwise finite bucket is not shown.
 */
export function downsampleMinMax(
	values: ArrayLike<number>,
	buckets: number,
	threshold = 2000,
	start = 0,
	end = values.length
): Float64Array {
	start = Math.max(0, Math.floor(start));
	end = Math.min(values.length, Math.ceil(end));
	const n = end - start;
	if (n <= 0) return new Float64Array(0);

	if (n <= threshold || n <= 2 * buckets) {
		const out = new Float64Array(2 * n);
		for (let i = 0; i < n; i++) {
			out[2 * i] = start + i;
			out[2 * i + 1] = values[start + i];
		}
		return out;
	}

	const B = Math.max(1, Math.floor(buckets));
	const out: number[] = [];
	for (let b = 0; b < B; b++) {
		const lo = start + Math.floor((b * n) / B);
		const hi = start + Math.floor(((b + 1) * n) / B);
		let iMin = -1;
		let iMax = -1;
		for (let i = lo; i < hi; i++) {
			const v = values[i];
			if (!Number.isFinite(v)) continue;
			if (iMin < 0 || v < values[iMin]) iMin = i;
			if (iMax < 0 || v > values[iMax]) iMax = i;
		}
		if (iMin < 0) {
			out.push((lo + hi - 1) / 2, NaN);
		} else if (iMin === iMax) {
			out.push(iMin, values[iMin]);
		} else {
			const [a, c] = iMin < iMax ? [iMin, iMax] : [iMax, iMin];
			out.push(a, values[a], c, values[c]);
		}
	}
	return Float64Array.from(out);
}

/** The index of the last finite value of `values`, or -1. */
export function lastFinite(values: ArrayLike<number>): number {
	for (let i = values.length - 1; i >= 0; i--) if (Number.isFinite(values[i])) return i;
	return -1;
}
