/**
 * Trains the attention demo's models from their fixed seeds and writes the weights the site
 * ships: static/weights/attention.json (the pronoun model) and attention-seq2seq.json (the zh → en
 * encoder-decoder). Run with `npm run train:attention`.
 * Deterministic: the same code gives the same weights, bit for bit (the file's fingerprints).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENTITIES, heldOutExamples } from '../src/lib/demos/attention/sim/corpus';
import { evaluate } from '../src/lib/demos/attention/sim/evaluate';
import { DEFAULT_TRAIN_CONFIG, trainPronounModel } from '../src/lib/demos/attention/sim/train';
import {
	DEFAULT_SEQ2SEQ_CONFIG,
	evaluateSeq2Seq,
	trainSeq2Seq
} from '../src/lib/demos/attention/sim/seq2seq-train';
import type {
	PronounWeightsFile,
	Seq2SeqWeightsFile
} from '../src/lib/demos/attention/sim/weights';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'static', 'weights');

function trainPronoun(): void {
	const cfg = DEFAULT_TRAIN_CONFIG;
	console.log(`pronoun model: ${cfg.steps} steps of ${cfg.batch} sentences, seed '${cfg.seed}'`);
	const t0 = performance.now();
	const result = trainPronounModel(cfg, (step, loss) => {
		if (step % 250 === 0) console.log(`  step ${step}  loss ${loss.toFixed(4)}`);
	});
	const trainSeconds = (performance.now() - t0) / 1000;

	const word = evaluate(result.model, result.vocab, heldOutExamples('word'));
	const char = evaluate(result.model, result.vocab, heldOutExamples('char'));
	const best = word.heads.reduce((a, b) => (b.antecedent > a.antecedent ? b : a));
	const finalLoss = result.losses.slice(-100).reduce((a, b) => a + b, 0) / 100;

	const file: PronounWeightsFile = {
		format: 'genai-playground/attention-pronoun@1',
		train: cfg,
		vocab: [...result.vocab.tokens],
		entities: ENTITIES,
		model: result.model.toJSON(),
		fingerprints: { checkpoint: result.checkpointFingerprint, final: result.finalFingerprint },
		report: {
			finalLoss,
			resolver: { layer: best.layer, head: best.head },
			heldOut: { word, char }
		}
	};
	const path = join(outDir, 'attention.json');
	writeFileSync(path, JSON.stringify(file) + '\n');

	console.log(
		`  trained in ${trainSeconds.toFixed(1)} s; mean loss of the last 100 steps ${finalLoss.toFixed(4)}`
	);
	console.log(
		`  held-out classifier accuracy: word ${word.classifierAccuracy.toFixed(3)}, char ${char.classifierAccuracy.toFixed(3)}`
	);
	for (const [i, h] of word.heads.entries()) {
		const c = char.heads[i];
		console.log(
			`  layer ${h.layer} head ${h.head}: argmax on antecedent ${(100 * h.antecedent).toFixed(1)}% (word), ${(100 * c.antecedent).toFixed(1)}% (char)`
		);
	}
	console.log(`  wrote ${path}`);
}

function trainTranslator(): void {
	const cfg = DEFAULT_SEQ2SEQ_CONFIG;
	console.log(
		`zh → en encoder-decoder: ${cfg.steps} steps of ${cfg.batch} pairs, seed '${cfg.seed}'`
	);
	const t0 = performance.now();
	const result = trainSeq2Seq(cfg, (step, loss) => {
		if (step % 250 === 0) console.log(`  step ${step}  loss ${loss.toFixed(4)}`);
	});
	const trainSeconds = (performance.now() - t0) / 1000;
	const heldOut = evaluateSeq2Seq(result.model, result.source, result.target);
	const finalLoss = result.losses.slice(-100).reduce((a, b) => a + b, 0) / 100;

	const file: Seq2SeqWeightsFile = {
		format: 'genai-playground/attention-seq2seq@1',
		train: cfg,
		sourceVocab: [...result.source.tokens],
		targetVocab: [...result.target.tokens],
		model: result.model.toJSON(),
		fingerprints: { checkpoint: result.checkpointFingerprint, final: result.finalFingerprint },
		report: { finalLoss, heldOut }
	};
	const path = join(outDir, 'attention-seq2seq.json');
	writeFileSync(path, JSON.stringify(file) + '\n');

	console.log(
		`  trained in ${trainSeconds.toFixed(1)} s; mean loss of the last 100 steps ${finalLoss.toFixed(4)}`
	);
	console.log(
		`  held-out (${heldOut.count} sentences): exact match ${(100 * heldOut.exactMatch).toFixed(1)}%, tokens ${(100 * heldOut.tokenAccuracy).toFixed(1)}%`
	);
	heldOut.alignment.forEach((a, h) =>
		console.log(
			`  cross-attention head ${h}: largest weight on the aligned source word ${(100 * a).toFixed(1)}%`
		)
	);
	console.log(`  wrote ${path}`);
}

const started = performance.now();
mkdirSync(outDir, { recursive: true });
trainPronoun();
trainTranslator();
console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
