import { describe, expect, it } from 'vitest';
import { cos, exp, expm1, log, log10, log1p, logistic, pow, powInt, sin, tanh } from './math';

/** Distance in units in the last place, via the bit patterns of the two doubles. */
function ulps(a: number, b: number): number {
	if (a === b) return 0;
	if (!Number.isFinite(a) || !Number.isFinite(b)) return Infinity;
	const buf = new Float64Array([a, b]);
	const bits = new BigInt64Array(buf.buffer);
	const ord = (v: bigint) => (v < 0n ? -(v & 0x7fffffffffffffffn) : v);
	const d = ord(bits[0]) - ord(bits[1]);
	return Number(d < 0n ? -d : d);
}

/** A seeded spread of arguments over `[lo, hi]`. */
function args(lo: number, hi: number, n = 20000): number[] {
	let h = 99;
	const out: number[] = [];
	for (let i = 0; i < n; i++) {
		h = (Math.imul(h, 1103515245) + 12345) >>> 0;
		out.push(lo + ((hi - lo) * h) / 2 ** 32);
	}
	return out;
}

// Our functions against the engine's, which are within 1 ulp of the truth: ours must be too,
// so the two differ by at most 2 ulps (and almost always by 0 or 1). tanh goes through our
// expm1, whose Kahan-style formula is itself up to 2 ulps off, and so may reach 3 (1 argument in
// 200 000 does).
type Row = [string, (x: number) => number, (x: number) => number, number, number, number?];
const table: Row[] = [
	['exp', exp, Math.exp, -700, 700],
	['exp near 0', exp, Math.exp, -1, 1],
	['log', log, Math.log, 1e-300, 1e300],
	['log near 1', log, Math.log, 0.5, 2],
	['log10', log10, Math.log10, 1e-300, 1e300],
	['log1p', log1p, Math.log1p, -0.9, 10],
	['expm1', expm1, Math.expm1, -5, 5],
	['tanh', tanh, Math.tanh, -25, 25, 3],
	['sin', sin, Math.sin, -100, 100],
	['cos', cos, Math.cos, -100, 100],
	['sin near 0', sin, Math.sin, -0.8, 0.8],
	['cos near 0', cos, Math.cos, -0.8, 0.8]
];

describe('engine-exact elementary functions', () => {
	it.each(table)('%s agrees with Math to within 2 ulps', (_name, ours, engine, lo, hi, bound) => {
		let worst = 0;
		for (const x of args(lo, hi)) worst = Math.max(worst, ulps(ours(x), engine(x)));
		expect(worst).toBeLessThanOrEqual(bound ?? 2);
	});

	it('tiny arguments keep their precision', () => {
		expect(log1p(1e-20)).toBe(1e-20);
		expect(expm1(1e-20)).toBe(1e-20);
		expect(ulps(tanh(1e-10), Math.tanh(1e-10))).toBeLessThanOrEqual(1);
		expect(sin(1e-12)).toBe(1e-12);
	});

	const special: [string, () => number, number][] = [
		['exp(0)', () => exp(0), 1],
		['exp(-Infinity)', () => exp(-Infinity), 0],
		['exp(Infinity)', () => exp(Infinity), Infinity],
		['exp(1000)', () => exp(1000), Infinity],
		['exp(-1000)', () => exp(-1000), 0],
		['log(1)', () => log(1), 0],
		['log10(1e-3)', () => log10(1e-3), -3],
		['log10(100)', () => log10(100), 2],
		['log(0)', () => log(0), -Infinity],
		['log(Infinity)', () => log(Infinity), Infinity],
		['tanh(30)', () => tanh(30), 1],
		['tanh(-30)', () => tanh(-30), -1],
		['logistic(0)', () => logistic(0), 0.5],
		['logistic(1e4)', () => logistic(1e4), 1],
		['logistic(-1e4)', () => logistic(-1e4), 0],
		['cos(0)', () => cos(0), 1],
		['sin(0)', () => sin(0), 0]
	];
	it.each(special)('%s is exact', (_name, f, want) => {
		expect(f()).toBe(want);
	});

	it('NaN in, NaN out', () => {
		for (const f of [exp, log, tanh, sin, cos, log1p, expm1]) expect(f(NaN)).toBeNaN();
		expect(log(-1)).toBeNaN();
		expect(sin(Infinity)).toBeNaN();
	});

	it('subnormal results and arguments are handled', () => {
		expect(ulps(exp(-740), Math.exp(-740))).toBeLessThanOrEqual(2);
		expect(ulps(log(5e-324), Math.log(5e-324))).toBeLessThanOrEqual(1);
	});
});

describe('powInt and pow', () => {
	const cases: [number, number, number][] = [
		[2, 0, 1],
		[2, 10, 1024],
		[-3, 3, -27],
		[0.5, 4, 0.0625],
		[0, 0, 1],
		[0, 5, 0]
	];
	it.each(cases)('%d to the %d is %d', (x, n, want) => {
		expect(powInt(x, n)).toBe(want);
		expect(pow(x, n)).toBe(want);
	});

	it('agrees with Math.pow for Adam’s bias corrections and sinusoidal frequencies', () => {
		for (const beta of [0.9, 0.99, 0.999]) {
			for (const t of [1, 2, 7, 100, 1000, 5000]) {
				const rel = Math.abs(powInt(beta, t) - Math.pow(beta, t)) / Math.pow(beta, t);
				expect(rel).toBeLessThan(1e-12);
			}
		}
		for (let i = 0; i < 32; i++) {
			const rel = Math.abs(pow(10000, i / 32) - Math.pow(10000, i / 32)) / Math.pow(10000, i / 32);
			expect(rel).toBeLessThan(1e-14);
		}
	});

	it('refuses exponents that are not whole and non-negative', () => {
		expect(() => powInt(2, 0.5)).toThrow(RangeError);
		expect(() => powInt(2, -1)).toThrow(RangeError);
	});
});
