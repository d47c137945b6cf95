import { m } from '$lib/paraglide/messages.js';
import type { BooleanParam, ChoiceParam, NumberParam, TextParam } from '$lib/timeline/schema';
import { defineSchema } from '$lib/timeline/schema';
import { ATTENTION_DEFAULTS, type AttentionParams } from './sim/attention-sim';
import { MAX_TOKENS } from './sim/self-attention';
import type { SparsePattern } from './sim/sparse';
import type { TokenMode } from './sim/tokenizer';
import { pronounFile } from './view-weights';

// Each parameter is declared with its spec type so that ParamsOf gives `number` and `boolean`,
// not the literal type of the default.

const { nHeads, nLayers } = pronounFile.model.config;

const mode: ChoiceParam<AttentionParams['mode']> = {
	kind: 'choice',
	label: m.attention_param_mode,
	default: ATTENTION_DEFAULTS.mode,
	choices: [
		{ value: 'self', label: m.attention_mode_self },
		{ value: 'cross', label: m.attention_mode_cross }
	]
};

const sentence: TextParam = {
	kind: 'text',
	label: m.attention_param_sentence,
	hint: m.attention_param_sentence_hint,
	default: ATTENTION_DEFAULTS.sentence,
	maxLength: 160
};

const tokenMode: ChoiceParam<TokenMode> = {
	kind: 'choice',
	label: m.attention_param_token_mode,
	default: ATTENTION_DEFAULTS.tokenMode,
	choices: [
		{ value: 'word', label: m.attention_token_mode_word },
		{ value: 'char', label: m.attention_token_mode_char }
	]
};

// Head and query are chosen in the view (head tabs, clicking a token); they stay in the URL.
const layer: NumberParam = {
	kind: 'number',
	label: m.attention_param_layer,
	default: pronounFile.report.resolver.layer,
	min: 0,
	max: nLayers - 1,
	step: 1,
	integer: true,
	hidden: nLayers === 1
};

const head: NumberParam = {
	kind: 'number',
	label: m.attention_param_head,
	default: pronounFile.report.resolver.head,
	min: 0,
	max: nHeads - 1,
	step: 1,
	integer: true,
	hidden: true
};

const causal: BooleanParam = {
	kind: 'boolean',
	label: m.attention_param_causal,
	hint: m.attention_param_causal_hint,
	default: ATTENTION_DEFAULTS.causal
};

const pattern: ChoiceParam<SparsePattern> = {
	kind: 'choice',
	label: m.attention_param_pattern,
	default: ATTENTION_DEFAULTS.pattern,
	choices: [
		{ value: 'full', label: m.attention_pattern_full },
		{ value: 'window', label: m.attention_pattern_window },
		{ value: 'strided', label: m.attention_pattern_strided },
		{ value: 'localGlobal', label: m.attention_pattern_localGlobal },
		{ value: 'block', label: m.attention_pattern_block }
	]
};

const windowSize: NumberParam = {
	kind: 'number',
	label: m.attention_param_window,
	default: ATTENTION_DEFAULTS.window,
	min: 1,
	max: 8,
	step: 1,
	integer: true
};

const query: NumberParam = {
	kind: 'number',
	label: m.attention_param_query,
	hint: m.attnui_query_hint,
	default: ATTENTION_DEFAULTS.query,
	min: -1,
	max: MAX_TOKENS - 1,
	step: 1,
	integer: true,
	hidden: true
};

export const attentionSchema = defineSchema({
	mode,
	sentence,
	tokenMode,
	layer,
	head,
	causal,
	pattern,
	window: windowSize,
	query
});

export type AttentionSchema = typeof attentionSchema;
