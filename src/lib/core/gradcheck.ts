/**
 * Finite-difference gradient checking, the test every hand-written backward pass must pass.
 */

/**
 * The gradient of a scalar f with respect to the array x by central differences:
 * ∂f/∂xᵢ ≈ (f(x + ε eᵢ) − f(x − ε eᵢ)) / 2ε, error O(ε²). `f` must read x (e.g. x is a layer's
 * `W.data`); each entry is perturbed in place and restored exactly before the next.
 * Default ε = 1e-5 balances truncation error (~ε²) against rounding error (~1e-16/ε).
 */
export function numericGrad(f: () => number, x: Float64Array, eps = 1e-5): Float64Array {
	const g = new Float64Array(x.length);
	for (let i = 0; i < x.length; i++) {
		const old = x[i];
		x[i] = old + eps;
		const fPlus = f();
		x[i] = old - eps;
		const fMinus = f();
		x[i] = old;
		g[i] = (fPlus - fMinus) / (2 * eps);
	}
	return g;
}

/**
 * The largest relative error between an analytic gradient a and the numeric one n over all
 * entries: maxᵢ |aᵢ − nᵢ| / max(1e-8, |aᵢ| + |nᵢ|). Values near 1e-7 or below mean agreement;
 * the 1e-8 floor keeps entries where both are essentially zero from dividing by zero.
 * Returns NaN if any entry is NaN.
 */
export function gradCheck(
	f: () => number,
	x: Float64Array,
	analytic: ArrayLike<number>,
	eps = 1e-5
): number {
	if (analytic.length !== x.length) {
		throw new RangeError(`gradCheck: ${analytic.length} analytic values for ${x.length} inputs`);
	}
	const n = numericGrad(f, x, eps);
	let worst = 0;
	for (let i = 0; i < x.length; i++) {
		const a = analytic[i];
		const err = Math.abs(a - n[i]) / Math.max(1e-8, Math.abs(a) + Math.abs(n[i]));
		if (Number.isNaN(err)) return NaN;
		worst = Math.max(worst, err);
	}
	return worst;
}
