import { describe, expect, it } from 'vitest';
import { Timeline } from '$lib/timeline/timeline';
import { DEFAULT_PARAMS, type GanParams } from './params';
import { frameCount, ganSim } from './simulation';
import type { GanState } from './train';

const small: GanParams = { ...DEFAULT_PARAMS, batch: 32, gWidth: 16, dWidth: 16, iterations: 60 };

function run(p: GanParams, seed: number, steps: number): GanState {
	let s = ganSim.init(p, seed);
	for (let i = 0; i < steps; i++) s = ganSim.step(s);
	return s;
}

function weights(s: GanState): number[] {
	return [...s.G.params(), ...s.D.params()].flatMap((q) => Array.from(q.value));
}

describe('GAN simulation', () => {
	it('has one frame per iteration plus frame 0, four per iteration in detailed mode', () => {
		expect(frameCount(small)).toBe(61);
		expect(frameCount({ ...small, detailed: true })).toBe(241);
	});

	it('two runs with the same parameters and seed are identical', () => {
		const a = ganSim.observe(run(small, 7, 40));
		const b = ganSim.observe(run(small, 7, 40));
		expect(a).toEqual(b);
		expect(ganSim.observe(run(small, 8, 40)).fake).not.toEqual(a.fake);
	});

	it('a detailed run matches the plain run after every whole iteration', () => {
		const plain = run(small, 3, 25);
		const detailed = run({ ...small, detailed: true }, 3, 100);
		expect(weights(detailed)).toEqual(weights(plain));
		expect(detailed.eval).toEqual(plain.eval);
	});

	it('every loss trains, in both modes', () => {
		for (const loss of ['minimax', 'nonSaturating', 'leastSquares', 'wasserstein'] as const) {
			const s = run({ ...small, loss, dSteps: 2 }, 1, 30);
			expect(s.halted, loss).toBeNull();
			expect(Number.isFinite(s.lossD) && Number.isFinite(s.lossG), loss).toBe(true);
		}
	});

	it('WGAN keeps every critic weight inside the clipping bound', () => {
		const s = run({ ...small, loss: 'wasserstein', clip: 0.02 }, 2, 20);
		for (const q of s.D.params())
			for (const v of q.value) expect(Math.abs(v)).toBeLessThanOrEqual(0.02);
	});

	it('seeking back through the timeline lands on the state a fresh replay reaches', () => {
		const p = { ...small, detailed: true };
		const tl = new Timeline(ganSim, p, 5, { interval: 16 });
		tl.seek(200);
		const back = tl.seek(37);
		expect(tl.lastReplay).toBeGreaterThan(0);
		const fresh = new Timeline(ganSim, p, 5).seek(37);
		expect(back).toEqual(fresh);
		expect(back.phase).toBe('sampleReal');
	});

	it('stepping a clone leaves the original untouched', () => {
		const s = run(small, 4, 10);
		const before = ganSim.observe(s);
		const c = ganSim.clone(s);
		for (let i = 0; i < 5; i++) ganSim.step(c);
		expect(ganSim.observe(s)).toEqual(before);
	});

	it('observing a state does not change what it does next', () => {
		const a = run(small, 6, 10);
		const b = run(small, 6, 10);
		ganSim.observe(a);
		ganSim.observe(a);
		expect(weights(ganSim.step(a))).toEqual(weights(ganSim.step(b)));
	});

	it('a diverging run halts, says which number broke and keeps its last finite networks', () => {
		const p: GanParams = {
			...small,
			loss: 'leastSquares',
			dOpt: 'sgd',
			gOpt: 'sgd',
			dLr: 5,
			gLr: 5,
			iterations: 200
		};
		const tl = new Timeline(ganSim, p, 1);
		const obs = tl.seek(199);
		expect(obs.halted?.reason).toMatch(/NaN/);
		expect(obs.divergence).not.toBeNull();
		expect(obs.fake.every(Number.isFinite)).toBe(true);
		expect(obs.field.values.every(Number.isFinite)).toBe(true);
		expect(obs.frame).toBe(199);
	});

	it('the metrics carry both losses, modes covered, high quality and MMD', () => {
		const m = ganSim.metrics!(run(small, 1, 10));
		expect(Object.keys(m).sort()).toEqual(['highQuality', 'lossD', 'lossG', 'mmd', 'modesCovered']);
	});
});
