import { Matrix, dot } from '$lib/core';

/**
 * A 2D picture of query and key vectors: principal component analysis of the keys, and the way
 * back from a dragged 2D point to a full query vector.
 *
 * Limitations: the picture is a projection. Two keys that look close may differ in the d − 2
 * directions the plane leaves out, and q·k is not the 2D dot product of the drawn points (the
 * plane is centred on the keys' mean and the left-out components still count). That is why the
 * scores of a dragged query are recomputed in the full space, from {@link liftQuery}.
 */

/** The keys' mean, the two leading principal axes and how much variance each explains. */
export interface Projection2D {
	/** Mean key, length d. */
	mean: Float64Array;
	/** Unit axes u₁, u₂ (orthonormal), length d each. */
	axes: [Float64Array, Float64Array];
	/** Fraction of the keys' total variance along u₁ and u₂ (0 when the keys are all equal). */
	explained: [number, number];
}

/**
 * Eigen-decomposition of a symmetric d×d matrix by cyclic Jacobi rotations (Golub & Van Loan,
 * "Matrix Computations", 4th ed., §8.5). Returns eigenvalues in decreasing order and the
 * matching unit eigenvectors as rows. Exact to rounding for the d ≤ 64 used here; deterministic.
 */
export function symmetricEigen(a: Matrix): { values: number[]; vectors: Float64Array[] } {
	const d = a.rows;
	const A = a.clone();
	const V = new Matrix(d, d);
	for (let k = 0; k < d; k++) V.set(k, k, 1);
	for (let sweep = 0; sweep < 100; sweep++) {
		let off = 0;
		for (let p = 0; p < d; p++) for (let q = p + 1; q < d; q++) off += A.get(p, q) ** 2;
		if (off < 1e-30) break;

		for (let p = 0; p < d; p++) {
			for (let q = p + 1; q < d; q++) {
				const apq = A.get(p, q);
				if (Math.abs(apq) < 1e-300) continue;
				const theta = (A.get(q, q) - A.get(p, p)) / (2 * apq);
				const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
				const c = 1 / Math.sqrt(t * t + 1);
				const s = t * c;
				for (let k = 0; k < d; k++) {
					const akp = A.get(k, p);
					const akq = A.get(k, q);
					A.set(k, p, c * akp - s * akq);
					A.set(k, q, s * akp + c * akq);
				}
				for (let k = 0; k < d; k++) {
					const apk = A.get(p, k);
					const aqk = A.get(q, k);
					A.set(p, k, c * apk - s * aqk);
					A.set(q, k, s * apk + c * aqk);
				}
				for (let k = 0; k < d; k++) {
					const vkp = V.get(k, p);
					const vkq = V.get(k, q);
					V.set(k, p, c * vkp - s * vkq);
					V.set(k, q, s * vkp + c * vkq);
				}
			}
		}
	}

	const order = Array.from({ length: d }, (_, i) => i).sort(
		(i, j) => A.get(j, j) - A.get(i, i) || i - j
	);
	const values = order.map((i) => A.get(i, i));
	const vectors = order.map((i) => {
		const v = Float64Array.from({ length: d }, (_, k) => V.get(k, i));
		// Fix the sign so the same data always gives the same picture: largest entry positive.
		let big = 0;
		for (let k = 1; k < d; k++) if (Math.abs(v[k]) > Math.abs(v[big]) + 1e-12) big = k;
		if (v[big] < 0) for (let k = 0; k < d; k++) v[k] = -v[k];
		return v;
	});
	return { values, vectors };
}

/**
 * PCA of the rows of K (n×d): μ = mean row, C = (K − μ)ᵀ(K − μ) / n, and the two leading
 * eigenvectors of C. With d = 1 the second axis is zero.
 */
export function pca2(K: Matrix): Projection2D {
	const { rows: n, cols: d } = K;
	const mean = new Float64Array(d);
	for (let i = 0; i < n; i++) for (let c = 0; c < d; c++) mean[c] += K.get(i, c) / n;
	const C = new Matrix(d, d);
	for (let i = 0; i < n; i++) {
		for (let a = 0; a < d; a++) {
			const xa = K.get(i, a) - mean[a];
			for (let b = 0; b < d; b++) C.data[a * d + b] += (xa * (K.get(i, b) - mean[b])) / n;
		}
	}
	const { values, vectors } = symmetricEigen(C);
	const total = values.reduce((s, v) => s + Math.max(0, v), 0);
	const frac = (k: number) => (total > 0 && k < d ? Math.max(0, values[k]) / total : 0);
	return {
		mean,
		axes: [vectors[0] ?? new Float64Array(d), vectors[1] ?? new Float64Array(d)],
		explained: [frac(0), frac(1)]
	};
}

/** The 2D coordinates of a d-vector v: ((v − μ)·u₁, (v − μ)·u₂). */
export function project(v: ArrayLike<number>, p: Projection2D): [number, number] {
	const centred = Float64Array.from(p.mean, (m, k) => v[k] - m);
	return [dot(centred, p.axes[0]), dot(centred, p.axes[1])];
}

/**
 * The full query whose projection is `to`, changed only inside the plane:
 * q' = q + (to₁ − x₁) u₁ + (to₂ − x₂) u₂ with (x₁, x₂) = project(q). The d − 2 components the
 * picture cannot show stay as they were.
 */
export function liftQuery(
	q: ArrayLike<number>,
	to: [number, number],
	p: Projection2D
): Float64Array {
	const [x1, x2] = project(q, p);
	const [u1, u2] = p.axes;
	return Float64Array.from({ length: q.length }, (_, k) => {
		return q[k] + (to[0] - x1) * u1[k] + (to[1] - x2) * u2[k];
	});
}
