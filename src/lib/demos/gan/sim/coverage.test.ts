import { describe, expect, it } from 'vitest';
import { Matrix, Rng } from '$lib/core';
import { coverage, coverThreshold, mmd } from './coverage';
import { makeDataset, RING_STD } from './data';

const ring = makeDataset('ring');

/** n samples spread evenly over the listed ring modes, each at the mode centre plus an offset. */
function atModes(modes: number[], n: number, offset = 0): Matrix {
	const m = new Matrix(n, 2);
	for (let i = 0; i < n; i++) {
		const k = ring.modes[modes[i % modes.length]];
		m.data[2 * i] = k.x + offset;
		m.data[2 * i + 1] = k.y;
	}
	return m;
}

describe('mode coverage', () => {
	it('counts all 8 ring modes when samples sit on every mode', () => {
		const c = coverage(atModes([0, 1, 2, 3, 4, 5, 6, 7], 512), ring.modes);
		expect(c.covered).toBe(8);
		expect(c.highQuality).toBe(1);
	});

	it('counts 2 modes when every sample sits on one of two modes', () => {
		const c = coverage(atModes([2, 5], 512), ring.modes);
		expect(c.covered).toBe(2);
		expect(Array.from(c.counts)).toEqual([0, 0, 256, 0, 0, 256, 0, 0]);
	});

	it('does not count samples farther than 3σ from every mode', () => {
		const c = coverage(atModes([0, 1, 2, 3, 4, 5, 6, 7], 512, 3.2 * RING_STD), ring.modes);
		expect(c.covered).toBe(0);
		expect(c.highQuality).toBe(0);
	});

	it('does not count a mode that gets fewer samples than a quarter of its fair share', () => {
		const need = coverThreshold(512, 8);
		expect(need).toBe(16);
		const m = atModes([0], 512);
		for (let i = 0; i < need - 1; i++) {
			m.data[2 * i] = ring.modes[4].x;
			m.data[2 * i + 1] = ring.modes[4].y;
		}
		expect(coverage(m, ring.modes).covered).toBe(1);
		m.data[2 * (need - 1)] = ring.modes[4].x;
		m.data[2 * (need - 1) + 1] = ring.modes[4].y;
		expect(coverage(m, ring.modes).covered).toBe(2);
	});

	it('real samples of the ring cover every mode, with nearly all of them high quality', () => {
		const c = coverage(ring.sample(Rng.fromSeed(9), 512), ring.modes);
		expect(c.covered).toBe(8);
		expect(c.highQuality).toBeGreaterThan(0.97);
	});

	it('real samples cover every mode of the other datasets too', () => {
		for (const name of ['grid', 'moons', 'spiral', 'gaussian', 'custom'] as const) {
			const d = makeDataset(name);
			const c = coverage(d.sample(Rng.fromSeed(5), 2048), d.modes);
			expect(c.covered, name).toBe(d.modes.length);
			expect(c.highQuality, name).toBeGreaterThan(0.95);
		}
	});

	it('MMD is near 0 for two real samples and larger for a collapsed one', () => {
		const a = ring.sample(Rng.fromSeed(1), 256);
		const b = ring.sample(Rng.fromSeed(2), 256);
		const collapsed = atModes([3], 256);
		expect(Math.abs(mmd(a, b))).toBeLessThan(0.01);
		expect(mmd(collapsed, b)).toBeGreaterThan(0.1);
	});
});
