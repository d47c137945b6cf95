import type { Entity } from './corpus';
import type { Evaluation } from './evaluate';
import type { ModelJSON } from './model';
import type { TrainConfig } from './train';

/**
 * The shape of static/weights/attention.json, written by scripts/train-attention.ts.
 * `fingerprints` let a test retrain from the seed and prove the file came from the script.
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
		/** Wall-clock seconds the training took on the machine that wrote the file. */
		trainSeconds: number;
		finalLoss: number;
		/** The head whose largest weight from the pronoun most often lands on the antecedent. */
		resolver: { layer: number; head: number };
		heldOut: { word: Evaluation; char: Evaluation };
	};
}
