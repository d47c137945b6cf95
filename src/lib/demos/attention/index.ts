import { m } from '$lib/paraglide/messages.js';
import type { DemoDef } from '../types';
import { attentionPhaseLabel, describeAttention, explainAttention } from './explain';
import { attentionSchema, type AttentionSchema } from './schema';
import type { AttentionDemoObservation, AttentionState } from './sim/attention-sim';
import Thumbnail from './Thumbnail.svelte';
import View from './View.svelte';
import { attentionSim } from './view-weights';

/** One Transformer attention layer, frame by frame, on a real sentence. */
export const attention: DemoDef<AttentionSchema, AttentionState, AttentionDemoObservation> = {
	id: 'attention',
	group: 'language',
	title: m.attention_title,
	promise: m.attention_promise,
	schema: attentionSchema,
	sim: attentionSim,
	baseFps: 0.5,
	phaseLabel: attentionPhaseLabel,
	explain: explainAttention,
	View,
	Thumbnail,
	describe: describeAttention
};
