import type { Observation, Simulation } from '../../../timeline/types';
import type { HeadHabits } from './evaluate';
import { PronounModel } from './model';
import {
	STAGES,
	computeSelf,
	observeSelf,
	selfMetrics,
	type SelfComputation,
	type SelfObservation
} from './self-attention';
import type { SparsePattern } from './sparse';
import type { TokenMode } from './tokenizer';
import { Vocabulary } from './vocab';
import type { PronounWeightsFile } from './weights';

/**
 * The attention demo's simulation. In 'self' mode a frame is one stage of one self-attention
 * layer of the trained pronoun model computing on the current sentence (tokens → embeddings +
 * positions → Q, K, V → Q Kᵀ → ÷√d_k → mask → softmax → weights · V → concat · Wo); the
 * sparse pattern and the causal switch change the mask stage and everything after it.
 *
 * Deterministic without randomness: the seed is accepted for the contract and unused.
 */

export interface AttentionParams {
	mode: 'self' | 'cross';
	sentence: string;
	tokenMode: TokenMode;
	/** Layer and head shown (clamped to the model's). */
	layer: number;
	head: number;
	causal: boolean;
	pattern: SparsePattern;
	/** The pattern's size knob: window half-width, stride or block length. */
	window: number;
	/** Query token index; −1 (or out of range) picks the first pronoun, else the last token. */
	query: number;
}

export const ATTENTION_DEFAULTS: AttentionParams = {
	mode: 'self',
	sentence: '小明给小红送了一本书，她很喜欢',
	tokenMode: 'word',
	layer: 0,
	head: 0,
	causal: false,
	pattern: 'full',
	window: 2,
	query: -1
};

/** Preset sentences by language: the two and a few more, all held out from training. */
export const PRESETS: Record<'zh' | 'en', string[]> = {
	zh: [
		'小明给小红送了一本书，她很喜欢',
		'小芳和小刚去公园，他走得很快',
		'那只动物没有过马路，因为它太累了'
	],
	en: [
		"The animal didn't cross the street because it was too tired",
		'Tom gave Mary a book and she liked it',
		'Lucy told John that he would go to Beijing tomorrow'
	]
};

/** The number of global tokens of the localGlobal pattern (the first token). */
export const GLOBAL_TOKENS = 1;

export type AttentionObservation = Observation & SelfObservation;

export interface AttentionState {
	params: AttentionParams;
	frame: number;
	/** Shared between clones: computed once per parameter set and never mutated. */
	self: SelfComputation;
}

/** The weights a demo passes in: the pronoun model's file (static/weights/attention.json). */
export interface AttentionWeights {
	pronoun: PronounWeightsFile;
}

/** Clamps the layer and head to the model's ranges; keeps the rest. */
function normalise(p: AttentionParams, model: PronounModel): AttentionParams {
	const clampInt = (v: number, hi: number) => Math.min(hi, Math.max(0, Math.floor(v) || 0));
	return {
		...p,
		layer: clampInt(p.layer, model.config.nLayers - 1),
		head: clampInt(p.head, model.config.nHeads - 1),
		window: Math.max(1, Math.floor(p.window) || 1)
	};
}

/** Builds the simulation over trained weights (load them once, e.g. by a static JSON import). */
export function createAttentionSim(
	weights: AttentionWeights
): Simulation<AttentionParams, AttentionState, AttentionObservation> {
	const file = weights.pronoun;
	const model = PronounModel.fromJSON(file.model);
	const vocab = new Vocabulary(file.vocab);
	const habits: HeadHabits[] = file.report.heldOut.word.heads;
	const resolver = file.report.resolver;

	const view = (p: AttentionParams) => ({ ...p, globals: GLOBAL_TOKENS });

	return {
		init(params) {
			const p = normalise(params, model);
			const self = computeSelf(model, vocab, { ...view(p), sentence: p.sentence });
			return { params: p, frame: 0, self };
		},

		step(state) {
			const last = STAGES.length - 1;
			return { ...state, frame: Math.min(last, state.frame + 1) };
		},

		clone(state) {
			return { ...state, params: { ...state.params } };
		},

		observe(state) {
			const p = state.params;
			const obs = observeSelf(
				state.self,
				view(p),
				state.frame,
				model,
				file.entities,
				habits,
				resolver
			);
			return {
				...obs,
				frame: state.frame,
				phase: obs.stage,
				metrics: selfMetrics(state.self, view(p))
			};
		},

		metrics(state) {
			return selfMetrics(state.self, view(state.params));
		},

		frames() {
			return STAGES.length;
		}
	};
}
