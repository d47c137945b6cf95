import { describe, expect, it } from 'vitest';
import shipped from '../../../../../static/weights/attention.json';
import { heldOutExamples } from './corpus';
import { evaluate } from './evaluate';
import { PronounModel } from './model';
import { modelFingerprint, trainPronounModel } from './train';
import { Vocabulary } from './vocab';
import type { PronounWeightsFile } from './weights';

const file = shipped as unknown as PronounWeightsFile;
const model = PronounModel.fromJSON(file.model);
const vocab = new Vocabulary(file.vocab);

describe('the shipped pronoun model', () => {
	it('came from the training script: a 50-step retrain from the seed matches its checkpoint', () => {
		const short = trainPronounModel(file.train, undefined, file.train.checkpointStep);
		expect(short.checkpointFingerprint).toBe(file.fingerprints.checkpoint);
	});

	it('stores the weights whose fingerprint the script recorded at the end of training', () => {
		expect(modelFingerprint(model)).toBe(file.fingerprints.final);
	});

	for (const mode of ['word', 'char'] as const) {
		it(`has a head whose largest weight from the pronoun is on the antecedent in ≥ 90% of held-out ${mode} sentences`, () => {
			const ev = evaluate(model, vocab, heldOutExamples(mode));
			const { layer, head } = file.report.resolver;
			const resolver = ev.heads.find((h) => h.layer === layer && h.head === head)!;
			expect(ev.count).toBeGreaterThan(250);
			expect(resolver.antecedent).toBeGreaterThanOrEqual(0.9);
			expect(ev.classifierAccuracy).toBeGreaterThanOrEqual(0.9);
			expect(ev).toEqual(file.report.heldOut[mode]);
		});
	}

	it('fits the size budget of the site (under 1.5 MB)', () => {
		expect(JSON.stringify(shipped).length).toBeLessThan(1.5e6);
	});
});
