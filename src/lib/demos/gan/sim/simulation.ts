import type { Simulation } from '$lib/timeline/types';
import { observeState, stateMetrics, type GanObservation } from './observe';
import type { GanParams } from './params';
import { advance, cloneState, initState, SUB_STEPS, type GanState } from './train';

/** Frames of a run: frame 0 before training, then one per iteration or per sub-step. */
export function frameCount(p: GanParams): number {
	return p.iterations * (p.detailed ? SUB_STEPS.length : 1) + 1;
}

/**
 * The GAN demo's simulation: a generator and a discriminator, both small MLPs, trained against
 * each other on 2D data, one iteration (or one sub-step of it) per frame.
 */
export const ganSim: Simulation<GanParams, GanState, GanObservation> = {
	init: initState,
	step: advance,
	clone: cloneState,
	observe: (s) => observeState(s, s.frame),
	metrics: stateMetrics,
	frames: frameCount
};
