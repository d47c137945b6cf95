import { m } from '$lib/paraglide/messages.js';
import type { DemoDef } from '../types';
import { describeDescent, descentPhaseLabel, explainDescent } from './explain';
import { descentSchema, type DescentSchema } from './schema';
import { descentSim, type DescentObs, type DescentState } from './sim/descent';
import Thumbnail from './Thumbnail.svelte';
import View from './View.svelte';

/** Gradient descent on a 2D loss surface: SGD, momentum and Adam side by side. */
export const descent: DemoDef<DescentSchema, DescentState, DescentObs> = {
	id: 'descent',
	group: 'training',
	title: m.descent_title,
	promise: m.descent_promise,
	schema: descentSchema,
	sim: descentSim,
	baseFps: 4,
	phaseLabel: descentPhaseLabel,
	explain: explainDescent,
	View,
	Thumbnail,
	describe: describeDescent,
	haltMessage: () => m.descent_halted_all()
};
