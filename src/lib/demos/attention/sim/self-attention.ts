import { Matrix, softmax } from '../../../core';
import type { HeadTrace } from '../../../core/attention';
import { causalMask } from '../../../core/attention';
import { sentenceStatus, type Entity } from './corpus';
import type { HeadHabits } from './evaluate';
import type { ModelTrace, PronounModel } from './model';
import { costCurve, countKept, patternMask, relativeFrobenius } from './sparse';
import type { CostPoint, SparsePattern } from './sparse';
import type { TokenMode } from './tokenizer';
import type { Vocabulary } from './vocab';

/**
 * One pass of the pronoun model over a sentence, computed once per parameter set, and the
 * observation of each stage of it. Pure: no state beyond the arguments.
 */

/** The stages of one attention layer, one frame each, in order. */
export const STAGES = [
	'tokens',
	'embed',
	'project',
	'score',
	'scale',
	'mask',
	'softmax',
	'mix',
	'output'
] as const;
export type Stage = (typeof STAGES)[number];

/** The longest sentence the demo runs, in tokens; longer input is cut (and flagged). */
export const MAX_TOKENS = 48;

const PRONOUNS = new Set(['他', '她', '它', 'he', 'she', 'it']);

export interface TokenView {
	text: string;
	key: string;
	/** True when the model has never seen this token: it reads the '<unk>' embedding. */
	unknown: boolean;
	start: number;
	end: number;
	/** True for 他 她 它 he she it. */
	pronoun: boolean;
}

export interface SelfSettings {
	sentence: string;
	tokenMode: TokenMode;
	causal: boolean;
	pattern: SparsePattern;
	window: number;
	/** Global tokens of the localGlobal pattern. */
	globals: number;
}

/** Everything computed for one sentence and setting; never mutated after it is made. */
export interface SelfComputation {
	tokens: TokenView[];
	truncated: boolean;
	/** 'train', 'heldOut' or null: whether this is a template sentence and whether it was trained on. */
	status: 'train' | 'heldOut' | null;
	/** The first pronoun, or the last token when there is none (−1 for an empty sentence). */
	defaultQuery: number;
	/** The keep mask used in every layer (causal ∧ pattern), n·n. */
	keep: Uint8Array;
	/** The forward pass with that mask, and with the causal mask only (for the sparse error). */
	trace: ModelTrace | null;
	fullTrace: ModelTrace | null;
}

/** Tokenises, looks up and runs the model (see {@link SelfComputation}). */
export function computeSelf(
	model: PronounModel,
	vocab: Vocabulary,
	s: SelfSettings
): SelfComputation {
	const enc = vocab.encode(s.sentence, s.tokenMode);
	const truncated = enc.tokens.length > MAX_TOKENS;
	const n = Math.min(enc.tokens.length, MAX_TOKENS);
	const tokens: TokenView[] = enc.tokens.slice(0, n).map((t, i) => ({
		...t,
		unknown: enc.unknown[i],
		pronoun: PRONOUNS.has(t.key)
	}));
	const ids = enc.ids.slice(0, n);
	const firstPronoun = tokens.findIndex((t) => t.pronoun);
	const defaultQuery = firstPronoun >= 0 ? firstPronoun : n - 1;

	const causal = s.causal ? causalMask(n) : null;
	const opts = { size: s.window, globals: s.globals, causal: s.causal };
	const keep = patternMask(s.pattern, n, opts);
	const readAt = Math.max(0, defaultQuery);
	const trace = n > 0 ? model.forward(ids, readAt, keep) : null;
	const fullTrace = n > 0 ? model.forward(ids, readAt, causal) : null;
	const status = s.tokenMode === 'word' ? sentenceStatus(tokens.map((t) => t.key)) : null;
	return { tokens, truncated, status, defaultQuery, keep, trace, fullTrace };
}

/** The model's answer at the pronoun: the classifier's top entities with probabilities. */
export interface Prediction {
	/** The position the classifier read (the default query). */
	readAt: number;
	top: { entity: Entity; probability: number }[];
}

/** What the self-attention frames show. Fields appear from the stage that computes them on. */
export interface SelfObservation {
	mode: 'self';
	stage: Stage;
	stageIndex: number;
	tokens: TokenView[];
	truncated: boolean;
	status: 'train' | 'heldOut' | null;
	queryIndex: number;
	layer: number;
	head: number;
	shape: { n: number; nLayers: number; nHeads: number; dModel: number; dHead: number };
	/** From 'embed': E[tokens], PE and the layer's input X (= E + PE for layer 0), n×d each. */
	embedded?: Matrix;
	positions?: Matrix;
	X?: Matrix;
	/**
	 * One entry per head of the selected layer: Q, K, V from 'project', scores from 'score',
	 * scaled from 'scale', masked from 'mask', weights from 'softmax', out from 'mix'.
	 */
	heads?: Partial<HeadTrace>[];
	/** From 'mask': the keep mask (n·n, 1 = keep), its kept count and the pattern's costs. */
	mask?: { keep: Uint8Array; kept: number; total: number };
	/** From 'mix': how far the sparse pattern moved the outputs from causal-only attention. */
	sparseError?: { head: number; layer: number };
	/** From 'output': the heads side by side, times Wo, and the layer output X + that. */
	concat?: Matrix;
	projected?: Matrix;
	output?: Matrix;
	prediction?: Prediction;
	/** Always: the cost of the pattern at n = 16 … 16384 for this head size. */
	cost: CostPoint[];
	/** Held-out habits of every head (from the weights file) and which head resolves pronouns. */
	habits: HeadHabits[];
	resolver: { layer: number; head: number };
}

export interface SelfView {
	layer: number;
	head: number;
	query: number;
	pattern: SparsePattern;
	window: number;
	globals: number;
	causal: boolean;
}

function rowArgmax(m: Matrix, i: number): { index: number; value: number } {
	let index = 0;
	for (let j = 1; j < m.cols; j++) if (m.get(i, j) > m.get(i, index)) index = j;
	return { index, value: m.cols > 0 ? m.get(i, index) : 0 };
}

/** The metrics of the embed contract: the query, its most-attended token and that weight. */
export function selfMetrics(c: SelfComputation, v: SelfView): Record<string, number> {
	const q = resolveQuery(c, v.query);
	if (!c.trace || q < 0) return { queryIndex: -1, argmaxIndex: -1, maxWeight: 0 };
	const w = c.trace.attention[v.layer].heads[v.head].weights;
	const best = rowArgmax(w, q);
	return { queryIndex: q, argmaxIndex: best.index, maxWeight: best.value };
}

/** The query index to show: the parameter if it is a valid index, else the default. */
export function resolveQuery(c: SelfComputation, query: number): number {
	return query >= 0 && query < c.tokens.length ? query : c.defaultQuery;
}

const FIELDS_BY_STAGE: [Stage, (keyof HeadTrace)[]][] = [
	['project', ['Q', 'K', 'V']],
	['score', ['scores']],
	['scale', ['scaled']],
	['mask', ['masked']],
	['softmax', ['weights']],
	['mix', ['out']]
];

/** The observation of stage `stageIndex` (see {@link SelfObservation}). */
export function observeSelf(
	c: SelfComputation,
	v: SelfView,
	stageIndex: number,
	model: PronounModel,
	entities: Entity[],
	habits: HeadHabits[],
	resolver: { layer: number; head: number }
): SelfObservation {
	const stage = STAGES[stageIndex];
	const at = (s: Stage) => stageIndex >= STAGES.indexOf(s);
	const { nLayers, nHeads, dModel } = model.config;
	const dHead = dModel / nHeads;
	const n = c.tokens.length;
	const obs: SelfObservation = {
		mode: 'self',
		stage,
		stageIndex,
		tokens: c.tokens,
		truncated: c.truncated,
		status: c.status,
		queryIndex: resolveQuery(c, v.query),
		layer: v.layer,
		head: v.head,
		shape: { n, nLayers, nHeads, dModel, dHead },
		cost: costCurve(
			v.pattern,
			{ size: v.window, globals: v.globals, causal: v.causal },
			dHead,
			dHead
		),
		habits,
		resolver
	};
	const t = c.trace;
	if (!t || !c.fullTrace) return obs;
	const layer = t.attention[v.layer];

	if (at('embed')) {
		obs.embedded = t.embedded;
		obs.positions = t.positions;
		obs.X = t.states[v.layer];
	}
	if (at('project')) {
		obs.heads = layer.heads.map((h) => {
			const shown: Partial<HeadTrace> = {};
			for (const [s, fields] of FIELDS_BY_STAGE) {
				if (at(s)) for (const f of fields) shown[f] = h[f];
			}
			return shown;
		});
	}
	if (at('mask')) obs.mask = { keep: c.keep, kept: countKept(c.keep), total: n * n };
	if (at('mix')) {
		const full = c.fullTrace.attention[v.layer];
		obs.sparseError = {
			head: relativeFrobenius(layer.heads[v.head].out, full.heads[v.head].out),
			layer: relativeFrobenius(layer.output, full.output)
		};
	}
	if (at('output')) {
		obs.concat = layer.concat;
		obs.projected = layer.output;
		obs.output = t.states[v.layer + 1];
		const p = softmax(t.logits.data);
		const order = Array.from(p.keys()).sort((a, b) => p[b] - p[a] || a - b);
		obs.prediction = {
			readAt: t.readAt,
			top: order.slice(0, 3).map((k) => ({ entity: entities[k], probability: p[k] }))
		};
	}
	return obs;
}

/** An n×n matrix of a keep mask, for views that draw it like any other matrix. */
export function maskMatrix(keep: Uint8Array, n: number): Matrix {
	return new Matrix(n, n, Float64Array.from(keep));
}
