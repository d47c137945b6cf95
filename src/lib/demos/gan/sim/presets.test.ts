import { describe, expect, it } from 'vitest';
import { PRESETS } from './presets';
import { ganSim } from './simulation';
import type { PresetName } from './params';

/** Runs a preset with its shipped seed to the last iteration; the modes covered at the end. */
function finalModes(id: PresetName): number {
	const { params, seed } = PRESETS[id];
	let s = ganSim.init(params, seed);
	for (let i = 0; i < params.iterations; i++) s = ganSim.step(s);
	expect(s.halted, id).toBeNull();
	expect(s.eval.iteration).toBe(params.iterations);
	return s.eval.modesCovered;
}

// Each run is a full 2000-iteration training; the fix runs 5 D steps per iteration.
describe('lecture presets on the 8-mode ring, with their shipped seeds', () => {
	it('the healthy run ends with 7 or more modes covered', { timeout: 600_000 }, () => {
		expect(finalModes('healthy')).toBeGreaterThanOrEqual(7);
	});

	it('the collapse ends with 3 or fewer modes covered', { timeout: 600_000 }, () => {
		expect(finalModes('collapse')).toBeLessThanOrEqual(3);
	});

	it('the fix ends with 7 or more modes covered', { timeout: 600_000 }, () => {
		expect(finalModes('fix')).toBeGreaterThanOrEqual(7);
	});

	it('collapse and fix differ only in the discriminator steps', () => {
		const { collapse, fix } = PRESETS;
		expect({ ...fix.params, preset: 'collapse', dSteps: 1 }).toEqual(collapse.params);
		expect(fix.seed).toBe(collapse.seed);
	});
});
