/**
 * Small helpers on plain vectors (any array-like of numbers, e.g. a matrix row).
 */

/** a · b = Σᵢ aᵢ bᵢ; the vectors must have equal length. */
export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
	if (a.length !== b.length) throw new RangeError(`dot: lengths ${a.length} and ${b.length}`);
	let s = 0;
	for (let i = 0; i < a.length; i++) s += a[i] * b[i];
	return s;
}

/**
 * Euclidean norm ‖a‖₂ = √(Σᵢ aᵢ²). Entries are divided by the largest |aᵢ| first, as in LAPACK's
 * dnrm2, so huge or tiny vectors neither overflow nor underflow.
 */
export function norm(a: ArrayLike<number>): number {
	let big = 0;
	for (let i = 0; i < a.length; i++) big = Math.max(big, Math.abs(a[i]));
	if (big === 0 || !Number.isFinite(big)) return big;

	let s = 0;
	for (let i = 0; i < a.length; i++) {
		const r = a[i] / big;
		s += r * r;
	}
	return big * Math.sqrt(s);
}

/** Squared Euclidean distance ‖a − b‖² = Σᵢ (aᵢ − bᵢ)²; the vectors must have equal length. */
export function sqDist(a: ArrayLike<number>, b: ArrayLike<number>): number {
	if (a.length !== b.length) throw new RangeError(`sqDist: lengths ${a.length} and ${b.length}`);
	let s = 0;
	for (let i = 0; i < a.length; i++) {
		const d = a[i] - b[i];
		s += d * d;
	}
	return s;
}
