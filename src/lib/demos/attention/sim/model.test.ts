import { describe, expect, it } from 'vitest';
import { Rng, gradCheck, softmaxCrossEntropy, zeroGrad } from '../../../core';
import { sinusoidalPositions } from './embedding';
import { fingerprint } from './fingerprint';
import { PronounModel } from './model';
import { Seq2Seq } from './seq2seq';

describe('PronounModel', () => {
	it('has a backward pass that agrees with central differences for every parameter', () => {
		const model = new PronounModel(
			{ vocabSize: 7, nClasses: 3, dModel: 4, nHeads: 2, nLayers: 2, embedStd: 0.5 },
			Rng.fromSeed('pronoun-grad')
		);
		const ids = [1, 4, 2, 6, 3];
		const f = () => softmaxCrossEntropy(model.forward(ids, 3).logits, [2]).loss;
		const params = model.params();
		zeroGrad(params);
		const { logits } = model.forward(ids, 3);
		model.backward(softmaxCrossEntropy(logits, [2]).grad);
		for (const p of params) expect(gradCheck(f, p.value, p.grad), p.name).toBeLessThan(1e-6);
	});

	it('round-trips through JSON with identical outputs', () => {
		const cfg = { vocabSize: 5, nClasses: 2, dModel: 4, nHeads: 2, nLayers: 1, embedStd: 1 };
		const a = new PronounModel(cfg, Rng.fromSeed('json'));
		const b = PronounModel.fromJSON(JSON.parse(JSON.stringify(a.toJSON())));
		expect(b.forward([1, 2, 3], 1).logits.data).toEqual(a.forward([1, 2, 3], 1).logits.data);
	});
});

describe('Seq2Seq', () => {
	it('has a backward pass that agrees with central differences for every parameter', () => {
		const model = new Seq2Seq(
			{ sourceVocab: 6, targetVocab: 5, dModel: 4, nHeads: 2, embedStd: 0.5 },
			Rng.fromSeed('s2s-grad')
		);
		const src = [1, 3, 5, 2];
		const tgt = [0, 2, 4];
		const labels = [2, 4, 1];
		const f = () => softmaxCrossEntropy(model.forward(src, tgt).logits, labels).loss;
		const params = model.params();
		zeroGrad(params);
		model.backward(softmaxCrossEntropy(model.forward(src, tgt).logits, labels).grad);
		for (const p of params) expect(gradCheck(f, p.value, p.grad), p.name).toBeLessThan(1e-6);
	});
});

describe('sinusoidalPositions', () => {
	it('puts sin in even columns and cos in odd columns at geometric frequencies', () => {
		const pe = sinusoidalPositions(3, 4);
		expect(pe.get(0, 0)).toBe(0);
		expect(pe.get(0, 1)).toBe(1);
		expect(pe.get(2, 0)).toBeCloseTo(Math.sin(2), 15);
		expect(pe.get(2, 3)).toBeCloseTo(Math.cos(2 / 100), 15);
	});
});

describe('fingerprint', () => {
	it('changes when one bit of one value changes', () => {
		const a = fingerprint([new Float64Array([1, 2, 3])]);
		expect(a).toMatch(/^[0-9a-f]{16}$/);
		expect(fingerprint([new Float64Array([1, 2, 3 + 2 ** -51])])).not.toBe(a);
		expect(fingerprint([new Float64Array([1, 2, 3])])).toBe(a);
	});
});
