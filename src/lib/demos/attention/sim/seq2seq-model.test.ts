import { describe, expect, it } from 'vitest';
import shipped from '../../../../../static/weights/attention-seq2seq.json';
import { Seq2Seq } from './seq2seq';
import { SideVocab, evaluateSeq2Seq, seq2seqFingerprint, trainSeq2Seq } from './seq2seq-train';
import type { Seq2SeqWeightsFile } from './weights';

const file = shipped as unknown as Seq2SeqWeightsFile;
const model = Seq2Seq.fromJSON(file.model);

describe('the shipped zh → en encoder-decoder', () => {
	it('came from the training script: a 50-step retrain from the seed matches its checkpoint', () => {
		const short = trainSeq2Seq(file.train, undefined, file.train.checkpointStep);
		expect(short.checkpointFingerprint).toBe(file.fingerprints.checkpoint);
	});

	it('stores the weights whose fingerprint the script recorded at the end of training', () => {
		expect(seq2seqFingerprint(model)).toBe(file.fingerprints.final);
	});

	it('renders at least 95% of held-out sentences exactly, and reports what it measured', () => {
		const ev = evaluateSeq2Seq(
			model,
			new SideVocab(file.sourceVocab),
			new SideVocab(file.targetVocab)
		);
		expect(ev.exactMatch).toBeGreaterThanOrEqual(0.95);
		expect(Math.max(...ev.alignment)).toBeGreaterThan(0.5);
		expect(ev).toEqual(file.report.heldOut);
	});

	it('fits the size budget of the site (under 1.5 MB)', () => {
		expect(JSON.stringify(shipped).length).toBeLessThan(1.5e6);
	});
});
