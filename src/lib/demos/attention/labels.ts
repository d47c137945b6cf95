import { m } from '$lib/paraglide/messages.js';
import { categorical } from '$lib/viz/colors';
import type { Stage } from './sim/self-attention';
import type { SparsePattern } from './sim/sparse';

/** The player bar's name of a stage. */
export function stageLabel(stage: Stage): string {
	const labels: Record<Stage, () => string> = {
		tokens: m.attention_stage_tokens,
		embed: m.attention_stage_embed,
		project: m.attention_stage_project,
		score: m.attention_stage_score,
		scale: m.attention_stage_scale,
		mask: m.attention_stage_mask,
		softmax: m.attention_stage_softmax,
		mix: m.attention_stage_mix,
		output: m.attention_stage_output
	};
	return labels[stage]();
}

export function patternLabel(p: SparsePattern): string {
	const labels: Record<SparsePattern, () => string> = {
		full: m.attention_pattern_full,
		window: m.attention_pattern_window,
		strided: m.attention_pattern_strided,
		localGlobal: m.attention_pattern_localGlobal,
		block: m.attention_pattern_block
	};
	return labels[p]();
}

/** What a pattern keeps, in a phrase ("each token sees the 2 tokens on either side"). */
export function patternDesc(p: SparsePattern, size: number): string {
	const s = { size: String(size) };
	if (p === 'window') return m.attention_pattern_desc_window(s);
	if (p === 'strided') return m.attention_pattern_desc_strided(s);
	if (p === 'localGlobal') return m.attention_pattern_desc_localGlobal(s);
	if (p === 'block') return m.attention_pattern_desc_block(s);
	return m.attention_pattern_desc_full();
}

/** Heads are numbered from 1 on the page (the URL keeps the 0-based index). */
export const headName = (h: number) => m.attention_head_name({ head: String(h + 1) });

/**
 * Each head's colour: Okabe-Ito categories skipping orange (the accent) and the blue and
 * vermilion that mean real and generated data. Always shown with the head's name.
 */
export function headColor(h: number): string {
	const order = [1, 2, 6, 3];
	return categorical(order[h % order.length]);
}

const HAN = /\p{Script=Han}/u;

/** The lang attribute for a piece of sample text: 'zh-CN' if it has Chinese characters. */
export function textLang(text: string): 'zh-CN' | 'en' {
	return HAN.test(text) ? 'zh-CN' : 'en';
}
