import { describe, expect, test } from 'vitest';
import { cyrb128, Rng } from './random';
import { mean, variance } from './summary';

describe('Rng', () => {
	test('the first words for seed 42 are fixed forever', () => {
		// Checked against an independent Python port of cyrb128 + sfc32.
		const r = Rng.fromSeed(42);
		expect([r.nextU32(), r.nextU32(), r.nextU32(), r.nextU32()]).toEqual([
			2258495261, 801819658, 1739561921, 3711374978
		]);
	});

	test('a string seed gives fixed words and a fixed uniform', () => {
		const r = Rng.fromSeed('playground');
		expect([r.nextU32(), r.nextU32(), r.nextU32()]).toEqual([4182754409, 1653809746, 3937974114]);
		expect(r.uniform()).toBe(0.7269277164284602);
	});

	test('number and string forms of a seed are the same stream', () => {
		expect(Rng.fromSeed(7).nextU32()).toBe(Rng.fromSeed('7').nextU32());
	});

	test('cyrb128 gives four unsigned words that differ for nearby keys', () => {
		const a = cyrb128('a');
		const b = cyrb128('b');
		for (const w of [...a, ...b]) expect(w >>> 0).toBe(w);
		expect(a).not.toEqual(b);
	});

	test('split depends on the seed, not on how far the parent has been drawn', () => {
		const fresh = Rng.fromSeed(1).split('data');
		const parent = Rng.fromSeed(1);
		for (let i = 0; i < 100; i++) parent.normal();
		const used = parent.split('data');
		for (let i = 0; i < 10; i++) expect(used.nextU32()).toBe(fresh.nextU32());
	});

	test('split streams differ from each other and from the parent', () => {
		const r = Rng.fromSeed(1);
		const draws = [r, r.split('a'), r.split('b'), r.split('a').split('b')].map((s) => s.nextU32());
		expect(new Set(draws).size).toBe(4);
	});

	test('getState/setState round trip repeats draws, including a pending normal spare', () => {
		const r = Rng.fromSeed('state');
		r.normal();
		const snap = JSON.parse(JSON.stringify(r.getState()));
		expect(snap.spare).not.toBeNull();
		const expected = [r.normal(), r.normal(), r.uniform(), r.nextU32()];

		const other = Rng.fromSeed('elsewhere');
		other.setState(snap);
		expect([other.normal(), other.normal(), other.uniform(), other.nextU32()]).toEqual(expected);
		expect(other.split('x').nextU32()).toBe(Rng.fromSeed('state').split('x').nextU32());
	});

	test('clone starts at the same position and then moves on its own', () => {
		const r = Rng.fromSeed(3);
		r.normal();
		const c = r.clone();
		const fromR = [r.normal(), r.nextU32(), r.nextU32()];
		expect([c.normal(), c.nextU32(), c.nextU32()]).toEqual(fromR);
		r.nextU32();
		expect(c.getState()).not.toEqual(r.getState());
	});

	test('uniform stays in [lo, hi) with mean and variance of U(lo, hi)', () => {
		const r = Rng.fromSeed(5);
		const xs = Array.from({ length: 40000 }, () => r.uniform(2, 6));
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(2);
		expect(Math.max(...xs)).toBeLessThan(6);
		expect(mean(xs)).toBeCloseTo(4, 1);
		expect(variance(xs)).toBeCloseTo(16 / 12, 1);
	});

	test('normal has the requested mean and standard deviation', () => {
		const r = Rng.fromSeed(6);
		const xs = Array.from({ length: 40000 }, () => r.normal(1.5, 2));
		expect(Math.abs(mean(xs) - 1.5)).toBeLessThan(0.05);
		expect(Math.abs(variance(xs) - 4)).toBeLessThan(0.15);
	});

	test('int is in range and roughly uniform; bad n throws', () => {
		const r = Rng.fromSeed(8);
		const counts = new Array(7).fill(0);
		for (let i = 0; i < 70000; i++) counts[r.int(7)]++;
		for (const c of counts) expect(Math.abs(c - 10000)).toBeLessThan(400);
		expect(() => r.int(0)).toThrow(RangeError);
		expect(() => r.int(2.5)).toThrow(RangeError);
	});

	test('shuffle returns the same array holding a permutation', () => {
		const r = Rng.fromSeed(9);
		const items = Array.from({ length: 50 }, (_, i) => i);
		const out = r.shuffle(items);
		expect(out).toBe(items);
		expect([...out].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
		expect(out).not.toEqual(Array.from({ length: 50 }, (_, i) => i));
	});

	test('categorical frequencies follow unnormalised weights and skip zero weights', () => {
		const r = Rng.fromSeed(10);
		const w = [1, 0, 3, 6];
		const counts = [0, 0, 0, 0];
		const n = 50000;
		for (let i = 0; i < n; i++) counts[r.categorical(w)]++;
		expect(counts[1]).toBe(0);
		expect(counts[0] / n).toBeCloseTo(0.1, 1);
		expect(counts[2] / n).toBeCloseTo(0.3, 1);
		expect(counts[3] / n).toBeCloseTo(0.6, 1);
		expect(() => r.categorical([0, 0])).toThrow(RangeError);
	});
});
