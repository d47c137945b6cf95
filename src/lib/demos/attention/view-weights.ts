import shipped from '../../../../static/weights/attention.json';
import seq2seq from '../../../../static/weights/attention-seq2seq.json';
import { createAttentionSim } from './sim/attention-sim';
import type { PronounWeightsFile, Seq2SeqWeightsFile } from './sim/weights';

/**
 * The trained models the site ships, both written by scripts/train-attention.ts: the pronoun
 * model (static/weights/attention.json) and the zh → en translator
 * (static/weights/attention-seq2seq.json). They are bundled with the page so the simulation
 * can start synchronously; the page and the thumbnail share the one simulation built on them.
 */
export const pronounFile = shipped as unknown as PronounWeightsFile;

export const attentionSim = createAttentionSim({
	pronoun: pronounFile,
	seq2seq: seq2seq as unknown as Seq2SeqWeightsFile
});
