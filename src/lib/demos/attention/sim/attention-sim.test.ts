import { describe, expect, it } from 'vitest';
import shipped from '../../../../../static/weights/attention.json';
import shippedSeq2Seq from '../../../../../static/weights/attention-seq2seq.json';
import {
	ATTENTION_DEFAULTS,
	PRESETS,
	createAttentionSim,
	type AttentionObservation,
	type AttentionParams,
	type CrossAttentionObservation
} from './attention-sim';
import { STAGES } from './self-attention';
import type { PronounWeightsFile, Seq2SeqWeightsFile } from './weights';

const sim = createAttentionSim({
	pronoun: shipped as unknown as PronounWeightsFile,
	seq2seq: shippedSeq2Seq as unknown as Seq2SeqWeightsFile
});
const { resolver } = (shipped as unknown as PronounWeightsFile).report;
const params = (patch: Partial<AttentionParams> = {}): AttentionParams => ({
	...ATTENTION_DEFAULTS,
	...resolver,
	...patch
});

function run(p: AttentionParams, frame: number) {
	let s = sim.init(p, 0);
	for (let f = 0; f < frame; f++) s = sim.step(s);
	return sim.observe(s);
}

function observeAt(p: AttentionParams, frame: number): AttentionObservation {
	const obs = run(p, frame);
	if (obs.mode !== 'self') throw new Error('expected a self-attention frame');
	return obs;
}

function crossAt(sentence: string, frame: number): CrossAttentionObservation {
	const obs = run(params({ mode: 'cross', sentence }), frame);
	if (obs.mode !== 'cross') throw new Error('expected a cross-attention frame');
	return obs;
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
		const seen = sim.observe(a2);
		expect(seen.mode === 'self' && seen.heads?.[1].scores?.data).toEqual(
			observeAt(params(), 2).heads?.[1].scores?.data
		);
	});
});

describe('cross-attention mode', () => {
	const zh = PRESETS.zh[0];

	it('encodes on frame 0 and then decodes one English token per frame until the end token', () => {
		const frames = sim.frames(params({ mode: 'cross', sentence: zh }));
		const last = crossAt(zh, frames - 1);
		expect(last.decoded.map((d) => d.token).join(' ')).toBe(
			'xiaoming gave xiaohong a book , and she liked it <eos>'
		);
		expect(frames).toBe(1 + last.decoded.length);
		expect(last.finished).toBe(true);
		const first = crossAt(zh, 0);
		expect(first.phase).toBe('encode');
		expect(first.cross).toBeUndefined();
		expect(first.encoded?.rows).toBe(12);
	});

	it('shows the cross-attention rows decoded so far, each a distribution over the source', () => {
		const obs = crossAt(zh, 4);
		expect(obs.decoded).toHaveLength(4);
		for (const h of obs.cross!) {
			expect(h.weights.rows).toBe(4);
			expect(h.weights.cols).toBe(12);
			expect(h.K.rows).toBe(12);
			for (let i = 0; i < 4; i++) {
				let sum = 0;
				for (let j = 0; j < 12; j++) sum += h.weights.get(i, j);
				expect(sum).toBeCloseTo(1, 12);
			}
		}
	});

	it('looks at 小红 while writing xiaohong, in the head that aligns best', () => {
		const heads = (shippedSeq2Seq as unknown as Seq2SeqWeightsFile).report.heldOut.alignment;
		const best = heads.indexOf(Math.max(...heads));
		const obs = run(params({ mode: 'cross', sentence: zh, head: best }), 3);
		expect(obs.mode === 'cross' && obs.decoded[2].token).toBe('xiaohong');
		expect(obs.metrics.queryIndex).toBe(2);
		expect(obs.metrics.argmaxIndex).toBe(2);
	});

	it('marks source words the translator never saw', () => {
		const obs = crossAt('小明给小红送了一本杂志', 0);
		expect(obs.source.filter((t) => t.unknown).map((t) => t.text)).toEqual(['杂志']);
	});

	it('survives an empty sentence', () => {
		expect(sim.frames(params({ mode: 'cross', sentence: '' }))).toBe(1);
		expect(crossAt('', 0).metrics.queryIndex).toBe(-1);
	});
});
