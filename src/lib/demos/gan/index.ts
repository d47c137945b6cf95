import { m } from '$lib/paraglide/messages.js';
import type { DemoDef } from '../types';
import { describeGan, explainGan, ganHaltMessage, ganPhaseLabel } from './explain';
import { ganSchema, type GanSchema } from './schema';
import type { GanObservation } from './sim/observe';
import { ganSim } from './sim/simulation';
import type { GanState } from './sim/train';
import GanView from './GanView.svelte';
import Thumbnail from './Thumbnail.svelte';

/** A GAN on 2D data: G and D train against each other live; healthy run, collapse and fix. */
export const gan: DemoDef<GanSchema, GanState, GanObservation> = {
	id: 'gan',
	group: 'image',
	title: m.gan_title,
	promise: m.gan_promise,
	schema: ganSchema,
	sim: ganSim,
	baseFps: 30,
	phaseLabel: ganPhaseLabel,
	explain: explainGan,
	View: GanView,
	Thumbnail,
	describe: describeGan,
	haltMessage: ganHaltMessage
};
