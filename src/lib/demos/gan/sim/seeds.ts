import type { GanParams } from './params';
import { ganSim } from './simulation';

/**
 * Runs of one parameter set over many seeds, for the "many seeds" panel. Pure, so the worker,
 * the tests and the search script share it.
 */

/** The end of one run. */
export interface SeedOutcome {
	seed: number;
	modesCovered: number;
	modes: number;
	highQuality: number;
	mmd: number;
	/** Iteration at which the run diverged, or null. */
	haltedAt: number | null;
}

/**
 * Trains `params` with `seed` to its last iteration; `onProgress(done)` is called every
 * `every` iterations (for a progress bar).
 */
export function runSeed(
	params: GanParams,
	seed: number,
	onProgress?: (done: number) => void,
	every = 100
): SeedOutcome {
	const p = { ...params, detailed: false };
	let s = ganSim.init(p, seed);
	for (let i = 0; i < p.iterations && !s.halted; i++) {
		s = ganSim.step(s);
		if (onProgress && (i + 1) % every === 0) onProgress(i + 1);
	}
	return {
		seed,
		modesCovered: s.eval.modesCovered,
		modes: s.data.modes.length,
		highQuality: s.eval.highQuality,
		mmd: s.eval.mmd,
		haltedAt: s.halted ? s.halted.iteration : null
	};
}

/** How many outcomes fall into each band: ≤ 3 modes ("collapsed"), ≥ 7 ("full"), between. */
export function tally(outcomes: SeedOutcome[]): {
	collapsed: number;
	full: number;
	between: number;
} {
	let collapsed = 0;
	let full = 0;
	for (const o of outcomes) {
		if (o.modesCovered <= 3) collapsed++;
		else if (o.modesCovered >= 7) full++;
	}
	return { collapsed, full, between: outcomes.length - collapsed - full };
}
