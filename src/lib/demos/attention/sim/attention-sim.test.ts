import { describe, expect, it } from 'vitest';
import shipped from '../../../../../static/weights/attention.json';
import {
	ATTENTION_DEFAULTS,
	PRESETS,
	createAttentionSim,
	type AttentionParams
} from './attention-sim';
import { STAGES } from './self-attention';
import type { PronounWeightsFile } from './weights';

const sim = createAttentionSim({ pronoun: shipped as unknown as PronounWeightsFile });
const { resolver } = (shipped as unknown as PronounWeightsFile).report;
const params = (patch: Partial<AttentionParams> = {}): AttentionParams => ({
	...ATTENTION_DEFAULTS,
	...resolver,
	...patch
});

function observeAt(p: AttentionParams, frame: number) {
	let s = sim.init(p, 0);
	for (let f = 0; f < frame; f++) s = sim.step(s);
	return sim.observe(s);
}

describe('attention simulation', () => {
	it('has one frame per stage, in the order of the computation', () => {
		expect(sim.frames(params())).toBe(9);
		const phases = STAGES.map((_, f) => observeAt(params(), f).phase);
		expect(phases).toEqual([
			'tokens',
			'embed',
			'project',
			'score',
			'scale',
			'mask',
			'softmax',
			'mix',
			'output'
		]);
	});

	it('shows each matrix from the stage that computes it on', () => {
		const tokens = observeAt(params(), 0);
		expect(tokens.X).toBeUndefined();
		expect(tokens.heads).toBeUndefined();
		const score = observeAt(params(), 3);
		expect(score.X?.rows).toBe(12);
		expect(score.heads?.[0].scores?.rows).toBe(12);
		expect(score.heads?.[0].weights).toBeUndefined();
		const out = observeAt(params(), 8);
		expect(out.heads?.[0].out?.cols).toBe(out.shape.dHead);
		expect(out.projected?.cols).toBe(out.shape.dModel);
		expect(out.prediction?.top).toHaveLength(3);
	});

	it('resolves 她 to 小红 in the first preset with the resolver head', () => {
		const obs = observeAt(params({ sentence: PRESETS.zh[0] }), 6);
		expect(obs.tokens[obs.queryIndex].text).toBe('她');
		expect(obs.tokens[obs.metrics.argmaxIndex].text).toBe('小红');
		expect(obs.metrics.maxWeight).toBeGreaterThan(0.3);
		expect(obs.status).toBe('heldOut');
		expect(observeAt(params({ sentence: PRESETS.zh[0] }), 8).prediction?.top[0].entity.label).toBe(
			'小红'
		);
	});

	it('resolves it to animal in the English preset', () => {
		const obs = observeAt(params({ sentence: PRESETS.en[0] }), 6);
		expect(obs.tokens[obs.queryIndex].key).toBe('it');
		expect(obs.tokens[obs.metrics.argmaxIndex].key).toBe('animal');
	});

	it('marks tokens the model has never seen as unknown', () => {
		const obs = observeAt(params({ sentence: 'Tom gave Mary a banana and she liked it' }), 0);
		expect(obs.tokens.filter((t) => t.unknown).map((t) => t.key)).toEqual(['banana']);
		expect(obs.status).toBeNull();
	});

	it('splits 小红 into two tokens in char mode', () => {
		const obs = observeAt(params({ tokenMode: 'char' }), 0);
		expect(obs.tokens.slice(0, 5).map((t) => t.text)).toEqual(['小', '明', '给', '小', '红']);
		expect(obs.tokens.every((t) => !t.unknown)).toBe(true);
	});

	it('gives zero weight to every entry the causal mask or the window hides', () => {
		const obs = observeAt(params({ causal: true, pattern: 'window', window: 2 }), 6);
		const w = obs.heads![0].weights!;
		for (let i = 0; i < w.rows; i++) {
			let sum = 0;
			for (let j = 0; j < w.cols; j++) {
				if (j > i || i - j > 2) expect(w.get(i, j)).toBe(0);
				sum += w.get(i, j);
			}
			expect(sum).toBeCloseTo(1, 12);
		}
		expect(obs.mask?.kept).toBe(12 + 11 + 10);
	});

	it('measures how far a sparse pattern moves the output, and not at all for full attention', () => {
		expect(observeAt(params(), 7).sparseError?.layer).toBe(0);
		expect(
			observeAt(params({ pattern: 'block', window: 3 }), 7).sparseError!.layer
		).toBeGreaterThan(0);
	});

	it('uses the query parameter when it is a valid index', () => {
		expect(observeAt(params({ query: 2 }), 6).metrics.queryIndex).toBe(2);
		expect(observeAt(params({ query: 99 }), 6).metrics.queryIndex).toBe(9);
	});

	it('survives an empty sentence', () => {
		const obs = observeAt(params({ sentence: '' }), 8);
		expect(obs.tokens).toEqual([]);
		expect(obs.metrics).toEqual({ queryIndex: -1, argmaxIndex: -1, maxWeight: 0 });
	});

	it('gives the same observation after clone, step and seek', () => {
		const a = sim.init(params(), 0);
		const b = sim.clone(a);
		const a2 = sim.step(sim.step(a));
		expect(sim.observe(b).frame).toBe(0);
		expect(sim.observe(a2).heads?.[1].scores?.data).toEqual(
			observeAt(params(), 2).heads?.[1].scores?.data
		);
	});
});
