import type { Observation, Simulation } from '../../../timeline/types';
import {
	computeCross,
	crossMetrics,
	loadTranslator,
	observeCross,
	type CrossComputation,
	type CrossObservation
} from './cross-attention';
import type { HeadHabits } from './evaluate';
import { PronounModel } from './model';
import {
	MAX_TOKENS,
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
import type { PronounWeightsFile, Seq2SeqWeightsFile } from './weights';

/**
 * The attention demo's simulation. In 'self' mode a frame is one stage of one self-attention
 * layer of the trained pronoun model computing on the current sentence (tokens → embeddings +
 * positions → Q, K, V → Q Kᵀ → ÷√d_k → mask → softmax → weights · V → concat · Wo); the
 * sparse pattern and the causal switch change the mask stage and everything after it.
 * In 'cross' mode frame 0 encodes the (Chinese) sentence with the zh → en encoder-decoder and
 * frame t is greedy decoding step t, with the decoder's cross-attention over the encoder outputs
 * (see cross-attention.ts); the run has 1 + (number of decoded tokens) frames.
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

/** A self-attention frame. */
export type AttentionObservation = Observation & SelfObservation;
/** A cross-attention (decoding) frame. */
export type CrossAttentionObservation = Observation & CrossObservation;
/** What the simulation's observe returns: narrow on `mode` ('self' | 'cross'). */
export type AttentionDemoObservation = AttentionObservation | CrossAttentionObservation;

export interface AttentionState {
	params: AttentionParams;
	frame: number;
	/** Shared between clones: computed once per parameter set and never mutated. */
	self: SelfComputation | null;
	cross: CrossComputation | null;
}

/**
 * The weights a demo passes in: the pronoun model (static/weights/attention.json) and the
 * zh → en encoder-decoder (static/weights/attention-seq2seq.json).
 */
export interface AttentionWeights {
	pronoun: PronounWeightsFile;
	seq2seq: Seq2SeqWeightsFile;
}

/** Clamps the layer and head to the model's ranges (the translator's in 'cross' mode). */
function normalise(p: AttentionParams, nLayers: number, nHeads: number): AttentionParams {
	const clampInt = (v: number, hi: number) => Math.min(hi, Math.max(0, Math.floor(v) || 0));
	return {
		...p,
		layer: clampInt(p.layer, nLayers - 1),
		head: clampInt(p.head, nHeads - 1),
		window: Math.max(1, Math.floor(p.window) || 1)
	};
}

/** A small memo of cross computations, so that `frames` and `init` decode only once. */
class CrossMemo {
	private entries = new Map<string, CrossComputation>();
	constructor(private compute: (sentence: string) => CrossComputation) {}

	get(sentence: string): CrossComputation {
		let c = this.entries.get(sentence);
		if (!c) {
			c = this.compute(sentence);
			if (this.entries.size >= 16) this.entries.delete(this.entries.keys().next().value!);
			this.entries.set(sentence, c);
		}
		return c;
	}
}

/** Builds the simulation over trained weights (load them once, e.g. by a static JSON import). */
export function createAttentionSim(
	weights: AttentionWeights
): Simulation<AttentionParams, AttentionState, AttentionDemoObservation> {
	const file = weights.pronoun;
	const model = PronounModel.fromJSON(file.model);
	const translator = loadTranslator(weights.seq2seq);
	const crossMemo = new CrossMemo((sentence) => computeCross(translator, sentence, MAX_TOKENS));
	const vocab = new Vocabulary(file.vocab);
	const habits: HeadHabits[] = file.report.heldOut.word.heads;
	const resolver = file.report.resolver;

	const view = (p: AttentionParams) => ({ ...p, globals: GLOBAL_TOKENS });

	const lastFrame = (p: AttentionParams) =>
		p.mode === 'cross' ? crossMemo.get(p.sentence).steps.length : STAGES.length - 1;

	return {
		init(params) {
			if (params.mode === 'cross') {
				const p = normalise(params, 1, translator.model.config.nHeads);
				return { params: p, frame: 0, self: null, cross: crossMemo.get(p.sentence) };
			}
			const p = normalise(params, model.config.nLayers, model.config.nHeads);
			const self = computeSelf(model, vocab, { ...view(p), sentence: p.sentence });
			return { params: p, frame: 0, self, cross: null };
		},

		step(state) {
			return { ...state, frame: Math.min(lastFrame(state.params), state.frame + 1) };
		},

		clone(state) {
			return { ...state, params: { ...state.params } };
		},

		observe(state): AttentionDemoObservation {
			const p = state.params;
			if (state.cross) {
				const obs = observeCross(state.cross, translator, state.frame, p.head);
				return {
					...obs,
					frame: state.frame,
					phase: obs.stage,
					metrics: crossMetrics(state.cross, state.frame, p.head)
				};
			}
			const obs = observeSelf(
				state.self!,
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
				metrics: selfMetrics(state.self!, view(p))
			};
		},

		metrics(state) {
			if (state.cross) return crossMetrics(state.cross, state.frame, state.params.head);
			return selfMetrics(state.self!, view(state.params));
		},

		frames(params) {
			return lastFrame(params) + 1;
		}
	};
}
