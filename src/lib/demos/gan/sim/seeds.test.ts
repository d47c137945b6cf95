import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS } from './params';
import { runSeed, tally, type SeedOutcome } from './seeds';
import { ganSim } from './simulation';

describe('many-seeds runner', () => {
	it('reports the same end as stepping the simulation by hand', () => {
		const p = { ...DEFAULT_PARAMS, batch: 16, gWidth: 8, dWidth: 8, iterations: 30 };
		const ticks: number[] = [];
		const out = runSeed(p, 4, (d) => ticks.push(d), 10);
		let s = ganSim.init(p, 4);
		for (let i = 0; i < 30; i++) s = ganSim.step(s);
		expect(out.modesCovered).toBe(s.eval.modesCovered);
		expect(out.mmd).toBe(s.eval.mmd);
		expect(out.haltedAt).toBeNull();
		expect(ticks).toEqual([10, 20, 30]);
	});

	it('tallies runs into collapsed (≤ 3), full (≥ 7) and between', () => {
		const o = (modesCovered: number) => ({ modesCovered }) as SeedOutcome;
		expect(tally([o(0), o(3), o(4), o(6), o(7), o(8)])).toEqual({
			collapsed: 2,
			full: 2,
			between: 2
		});
	});
});
