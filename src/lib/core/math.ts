/**
 * Elementary functions that give the same bits in every JavaScript engine.
 *
 * `+ − × ÷` and `Math.sqrt` are correctly rounded by IEEE 754, so they never differ. The
 * transcendental `Math` functions are not specified to the bit, and engines change them: the V8
 * in Node 20 and the V8 in current Chromium disagree in the last bit of `Math.exp`, `log`,
 * `sin`, `cos`, `tanh`, `pow`... on most inputs (our determinism test caught it). So the numeric
 * core computes them here, from basic arithmetic and bit operations only, following the
 * algorithms of fdlibm (Sun Microsystems, 1993; the same algorithms behind many C libraries and,
 * once, V8 itself), which are accurate to within one unit in the last place.
 *
 * Limitations: `sin` and `cos` reduce their argument with a three-part π/2 (Cody–Waite), exact
 * for |x| < 2^19·π/2 ≈ 8·10^5; beyond that they stay deterministic but lose accuracy. `pow` for
 * non-integer exponents is exp(y·log x), a few ulps off for large |y·log x|.
 */

const f64 = new Float64Array(1);
const i32 = new Int32Array(f64.buffer);
const u32 = new Uint32Array(f64.buffer);
// Every engine we target is little-endian, but ask rather than assume.
const HI = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

function highWord(x: number): number {
	f64[0] = x;
	return i32[HI];
}

function lowWord(x: number): number {
	f64[0] = x;
	return u32[LO];
}

function withHighWord(x: number, hi: number): number {
	f64[0] = x;
	i32[HI] = hi;
	return f64[0];
}

/** 2^k exactly, for whole k in [−1022, 1023]. */
function pow2(k: number): number {
	f64[0] = 0;
	i32[HI] = (k + 1023) << 20;
	return f64[0];
}

/** y · 2^k by exact power-of-two multiplications. */
function scale2(y: number, k: number): number {
	while (k > 1023) {
		y *= pow2(1023);
		k -= 1023;
	}
	while (k < -1022) {
		y *= pow2(-1022);
		k += 1022;
	}
	return y * pow2(k);
}

const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.442695040888963387;

/** eˣ (fdlibm e_exp.c): x = k·ln2 + r, eʳ from a degree-5 minimax rational, times 2ᵏ. */
export function exp(x: number): number {
	if (x !== x) return NaN;
	if (x > 7.09782712893383973096e2) return Infinity;
	if (x < -7.4513321910194110842e2) return 0;

	const ax = Math.abs(x);
	let k = 0;
	let hi = 0;
	let lo = 0;
	if (ax > 0.5 * LN2_HI) {
		k = ax < 1.5 * LN2_HI ? (x > 0 ? 1 : -1) : Math.trunc(INV_LN2 * x + (x > 0 ? 0.5 : -0.5));
		hi = x - k * LN2_HI;
		lo = k * LN2_LO;
		x = hi - lo;
	} else if (ax < 3.725290298461914e-9) {
		return 1 + x;
	}

	const t = x * x;
	const c =
		x -
		t *
			(1.66666666666666019037e-1 +
				t *
					(-2.77777777770155933842e-3 +
						t *
							(6.61375632143793436117e-5 +
								t * (-1.6533902205465251539e-6 + t * 4.13813679705723846039e-8))));
	if (k === 0) return 1 - ((x * c) / (c - 2) - x);
	const y = 1 - (lo - (x * c) / (2 - c) - hi);
	return scale2(y, k);
}

/**
 * The special cases every logarithm shares, and x's binary exponent: returns the result for
 * 0, negatives, NaN and ∞, or null with `split` holding x (subnormals scaled by 2⁵⁴), its high
 * word and k, the exponent correction so far.
 */
const split = { x: 0, hx: 0, k: 0 };

function logSpecial(x: number): number | null {
	let hx = highWord(x);
	let k = 0;
	if (hx < 0x00100000) {
		if (((hx & 0x7fffffff) | lowWord(x)) === 0) return -Infinity;
		if (hx < 0) return NaN;
		k -= 54;
		x *= 1.8014398509481984e16;
		hx = highWord(x);
	}
	if (hx >= 0x7ff00000) return x + x;
	split.x = x;
	split.hx = hx;
	split.k = k;
	return null;
}

/** Natural logarithm (fdlibm e_log.c): x = 2ᵏ·(1+f), log(1+f) from s = f/(2+f). */
export function log(x: number): number {
	const special = logSpecial(x);
	if (special !== null) return special;
	x = split.x;
	let hx = split.hx;
	let k = split.k;

	k += (hx >> 20) - 1023;
	hx &= 0x000fffff;
	const i = (hx + 0x95f64) & 0x100000;
	x = withHighWord(x, hx | (i ^ 0x3ff00000));
	k += i >> 20;
	const f = x - 1;
	const dk = k;

	if ((0x000fffff & (2 + hx)) < 3) {
		if (f === 0) return k === 0 ? 0 : dk * LN2_HI + dk * LN2_LO;
		const R = f * f * (0.5 - 0.3333333333333333 * f);
		return k === 0 ? f - R : dk * LN2_HI - (R - dk * LN2_LO - f);
	}

	const s = f / (2 + f);
	const z = s * s;
	const w = z * z;
	const t1 =
		w * (3.999999999940941908e-1 + w * (2.222219843214978396e-1 + w * 1.531383769920937332e-1));
	const t2 =
		z *
		(6.66666666666673513e-1 +
			w * (2.857142874366239149e-1 + w * (1.818357216161805012e-1 + w * 1.479819860511658591e-1)));
	const R = t2 + t1;
	if (((hx - 0x6147a) | (0x6b851 - hx)) > 0) {
		const hfsq = 0.5 * f * f;
		return k === 0
			? f - (hfsq - s * (hfsq + R))
			: dk * LN2_HI - (hfsq - (s * (hfsq + R) + dk * LN2_LO) - f);
	}
	return k === 0 ? f - s * (f - R) : dk * LN2_HI - (s * (f - R) - dk * LN2_LO - f);
}

/** log(1 + x), accurate for tiny x (Goldberg 1991, "What every computer scientist should know"). */
export function log1p(x: number): number {
	const u = 1 + x;
	if (u === 1) return x;
	if (u === Infinity) return Infinity;
	return (log(u) * x) / (u - 1);
}

/** eˣ − 1, accurate for tiny x (Kahan's trick, the dual of log1p's). */
export function expm1(x: number): number {
	if (Math.abs(x) < 1e-5) return x + 0.5 * x * x + (x * x * x) / 6;
	const u = exp(x);
	if (u === Infinity) return Infinity;
	if (u === 1) return x;
	const um1 = u - 1;
	if (um1 === -1) return -1;
	return (um1 * x) / log(u);
}

/** tanh x = (e²ˣ − 1)/(e²ˣ + 1), through expm1 so small x keep their precision. */
export function tanh(x: number): number {
	if (x !== x) return NaN;
	const ax = Math.abs(x);
	if (ax > 22) return x > 0 ? 1 : -1;
	// fdlibm s_tanh.c's two branches keep the result within an ulp or two.
	let y: number;
	if (ax < 1) {
		const t = expm1(-2 * ax);
		y = -t / (t + 2);
	} else {
		y = 1 - 2 / (expm1(2 * ax) + 2);
	}
	return x < 0 ? -y : y;
}

/** The logistic function 1/(1 + e⁻ˣ), without overflow for large |x|. */
export function logistic(x: number): number {
	if (x >= 0) return 1 / (1 + exp(-x));
	const e = exp(x);
	return e / (1 + e);
}

function kernelSin(x: number, y: number): number {
	const z = x * x;
	const v = z * x;
	const r =
		8.33333333332248946124e-3 +
		z *
			(-1.98412698298579493134e-4 +
				z *
					(2.75573137070700676789e-6 +
						z * (-2.50507602534068634195e-8 + z * 1.58969099521155010221e-10)));
	const S1 = -1.66666666666666324348e-1;
	if (y === 0) return x + v * (S1 + z * r);
	return x - (z * (0.5 * y - v * r) - y - v * S1);
}

function kernelCos(x: number, y: number): number {
	const z = x * x;
	const w = z * z;
	const r =
		z *
			(4.16666666666666019037e-2 +
				z * (-1.38888888888741095749e-3 + z * 2.48015872894767294178e-5)) +
		w *
			w *
			(-2.75573143513906633035e-7 +
				z * (2.0875723212981748279e-9 + z * -1.13596475577881948265e-11));
	const hz = 0.5 * z;
	const v = 1 - hz;
	return v + (1 - v - hz + (z * r - x * y));
}

const INV_PIO2 = 6.36619772367581382433e-1;
const PIO2_1 = 1.57079632673412561417;
const PIO2_1T = 6.07710050650619224932e-11;
const PIO2_2 = 6.0771005063039659766e-11;
const PIO2_2T = 2.02226624879595063154e-21;
const PIO2_3 = 2.0222662487111664558e-21;
const PIO2_3T = 8.47842766036889956997e-32;

const reduced = { n: 0, y0: 0, y1: 0 };

/** x = n·π/2 + (y0 + y1), |y0 + y1| ≤ π/4 (fdlibm e_rem_pio2.c, medium arguments). */
function reduce(x: number): void {
	const fn = Math.round(x * INV_PIO2);
	let r = x - fn * PIO2_1;
	let w = fn * PIO2_1T;
	let y0 = r - w;
	const j = (highWord(x) >> 20) & 0x7ff;
	if (j - ((highWord(y0) >> 20) & 0x7ff) > 16) {
		let t = r;
		w = fn * PIO2_2;
		r = t - w;
		w = fn * PIO2_2T - (t - r - w);
		y0 = r - w;
		if (j - ((highWord(y0) >> 20) & 0x7ff) > 49) {
			t = r;
			w = fn * PIO2_3;
			r = t - w;
			w = fn * PIO2_3T - (t - r - w);
			y0 = r - w;
		}
	}
	reduced.n = fn;
	reduced.y0 = y0;
	reduced.y1 = r - y0 - w;
}

/** sin x (fdlibm s_sin.c). */
export function sin(x: number): number {
	if (!Number.isFinite(x)) return NaN;
	if (Math.abs(x) <= 0.7853981633974483)
		return Math.abs(x) < 7.450580596923828e-9 ? x : kernelSin(x, 0);
	reduce(x);
	const { n, y0, y1 } = reduced;
	switch (((n % 4) + 4) % 4) {
		case 0:
			return kernelSin(y0, y1);
		case 1:
			return kernelCos(y0, y1);
		case 2:
			return -kernelSin(y0, y1);
		default:
			return -kernelCos(y0, y1);
	}
}

/** cos x (fdlibm s_cos.c). */
export function cos(x: number): number {
	if (!Number.isFinite(x)) return NaN;
	if (Math.abs(x) <= 0.7853981633974483)
		return Math.abs(x) < 7.450580596923828e-9 ? 1 : kernelCos(x, 0);
	reduce(x);
	const { n, y0, y1 } = reduced;
	switch (((n % 4) + 4) % 4) {
		case 0:
			return kernelCos(y0, y1);
		case 1:
			return -kernelSin(y0, y1);
		case 2:
			return -kernelCos(y0, y1);
		default:
			return kernelSin(y0, y1);
	}
}

/**
 * xⁿ for a whole n ≥ 0, by repeated squaring with multiplications only. For n ≤ 2³¹; larger or
 * fractional n throw a RangeError (use `pow`).
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

/** √(x² + y²) with basic operations only (no overflow guard: for the plane's scales). */
export function hypot(x: number, y: number): number {
	return Math.sqrt(x * x + y * y);
}

/** log₁₀ x (fdlibm e_log10.c): x = 2ᵏ·m, log₁₀ x = k·log₁₀2 + log(m)/ln 10, in two parts. */
export function log10(x: number): number {
	const special = logSpecial(x);
	if (special !== null) return special;
	const hx = split.hx;
	const k = split.k + (hx >> 20) - 1023;
	x = split.x;
	const i = k < 0 ? 1 : 0;
	x = withHighWord(x, (hx & 0x000fffff) | ((0x3ff - i) << 20));
	const y = k + i;
	const z = y * 3.69423907715893078616e-13 + 4.34294481903251816668e-1 * log(x);
	return z + y * 3.01029995663611771306e-1;
}

/** xʸ for x > 0 (or a whole y ≥ 0): exp(y · log x). */
export function pow(x: number, y: number): number {
	if (Number.isInteger(y) && y >= 0 && y <= 2 ** 31) return powInt(x, y);
	if (x === 0) return y > 0 ? 0 : Infinity;
	if (x < 0) return NaN;
	return exp(y * log(x));
}
