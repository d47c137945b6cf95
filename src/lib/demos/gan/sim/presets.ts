import { DEFAULT_PARAMS, type GanParams, type PresetName } from './params';

/**
 * The lecture presets, each with the seed it ships with. The outcomes below were measured by
 * `npx tsx src/lib/demos/gan/scripts/search-presets.ts` (seeds 1-10, modes covered at the last
 * iteration on the 8-mode ring) and are checked by presets.test.ts for the shipped seed.
 *
 * Measured (modes covered of 8 at iteration 2000, seeds 1..10; the shipped seed is 1):
 *   healthy   8 7 8 5 7 7 8 8 6 7   (8 of 10 runs ≥ 7)
 *   collapse  0 2 1 2 1 3 1 1 2 1   (10 of 10 runs ≤ 3)
 *   fix       8 7 8 8 8 8 5 8 8 8   (9 of 10 runs ≥ 7)
 *   wgan      8 8 8 8 8 8 8 8 6 8   (9 of 10 runs ≥ 7)
 *
 * The collapse is an imbalance of learning rates: D learns at a tenth of G's rate, so G keeps
 * rushing its whole batch to wherever D is currently fooled, and D is too slow to chase it off
 * before it has moved on (the "hopping" of Metz et al. 2017, figure 1). The fix keeps every
 * number of the collapse and gives D five updates per G update: D tracks the fakes again.
 */
export interface Preset {
	id: PresetName;
	seed: number;
	params: GanParams;
}

const base: GanParams = {
	...DEFAULT_PARAMS,
	dataset: 'ring',
	batch: 64,
	iterations: 2000,
	detailed: false
};

const collapse: GanParams = { ...base, preset: 'collapse', gLr: 2e-3, dLr: 2e-4, dSteps: 1 };

export const PRESETS: Record<PresetName, Preset> = {
	healthy: { id: 'healthy', seed: 1, params: { ...base, preset: 'healthy', gLr: 2e-3, dLr: 2e-3 } },
	collapse: { id: 'collapse', seed: 1, params: collapse },
	fix: { id: 'fix', seed: 1, params: { ...collapse, preset: 'fix', dSteps: 5 } },
	wgan: {
		id: 'wgan',
		seed: 1,
		params: { ...collapse, preset: 'wgan', loss: 'wasserstein', dSteps: 5, clip: 0.05 }
	}
};

export const PRESET_IDS: readonly PresetName[] = ['healthy', 'collapse', 'fix', 'wgan'];

/** The preset whose parameters equal p in every field except `detailed`, or null. */
export function matchPreset(p: GanParams): PresetName | null {
	for (const id of PRESET_IDS) {
		const q = PRESETS[id].params;
		const same = (Object.keys(q) as (keyof GanParams)[]).every(
			(k) => k === 'detailed' || k === 'points' || q[k] === p[k]
		);
		if (same) return id;
	}
	return null;
}
