import type { Entity } from './corpus';
import type { Evaluation } from './evaluate';
import type { ModelJSON } from './model';
import type { Seq2SeqJSON } from './seq2seq';
import type { Seq2SeqEvaluation, Seq2SeqTrainConfig } from './seq2seq-train';
import type { TrainConfig } from './train';

/**
 * The shapes of the weight files written by scripts/train-attention.ts: this one is
 * static/weights/attention.json.
 * `fingerprints` let a test retrain from the seed and prove the file came from the script. The
 * files hold no timings, so rerunning the script rewrites them byte for byte.
 */
export interface PronounWeightsFile {
	format: 'genai-playground/attention-pronoun@1';
	train: TrainConfig;
	vocab: string[];
	entities: Entity[];
	model: ModelJSON;
	fingerprints: {
		/** Of the weights after train.checkpointStep steps. */
		checkpoint: string;
		/** Of the weights stored in `model`. */
		final: string;
	};
	report: {
		finalLoss: number;
		/** The head whose largest weight from the pronoun most often lands on the antecedent. */
		resolver: { layer: number; head: number };
		heldOut: { word: Evaluation; char: Evaluation };
	};
}

/** The shape of static/weights/attention-seq2seq.json, the zh → en encoder-decoder. */
export interface Seq2SeqWeightsFile {
	format: 'genai-playground/attention-seq2seq@1';
	train: Seq2SeqTrainConfig;
	sourceVocab: string[];
	targetVocab: string[];
	model: Seq2SeqJSON;
	fingerprints: { checkpoint: string; final: string };
	report: {
		finalLoss: number;
		heldOut: Seq2SeqEvaluation;
	};
}
