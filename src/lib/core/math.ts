/**
 * Arithmetic that gives the same bits in every JavaScript engine. `+ − × ÷` and `Math.sqrt`
 * are correctly rounded by IEEE 754, so they never differ; `Math.pow` is not, and V8 has
 * changed its implementation between the versions in Node 20 and current Chromium (our
 * determinism test caught Adam's bias correction 1 − β₂ᵗ differing in the last bit). Integer
 * powers therefore go through here.
 */

/**
 * xⁿ for a whole n ≥ 0, by repeated squaring with multiplications only, so the result is the
 * same in every engine. For n ≤ 2³¹; larger n throw a RangeError.
 */
export function powInt(x: number, n: number): number {
	if (!Number.isInteger(n) || n < 0 || n > 2 ** 31) {
		throw new RangeError(`powInt: exponent ${n} is not a whole number in [0, 2^31]`);
	}
	let result = 1;
	let base = x;
	let k = n;
	while (k > 0) {
		if (k & 1) result *= base;
		base *= base;
		k = Math.floor(k / 2);
	}
	return result;
}
