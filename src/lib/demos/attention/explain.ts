import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';
import { fmt, fmtPercent, shape } from '$lib/viz/format';
import type { Explanation } from '../types';
import type {
	AttentionDemoObservation,
	AttentionObservation,
	AttentionParams,
	CrossAttentionObservation
} from './sim/attention-sim';
import { patternDesc, stageLabel } from './labels';
import { rowArgmax } from './view-terms';

/** A number for KaTeX: three significant digits with a TeX minus. */
export function texNum(v: number): string {
	if (v === -Infinity) return '-\\infty';
	if (v === Infinity) return '\\infty';
	const s = fmt(v).replace('\u2212', '-');
	const [mant, exp] = s.split('e');
	return exp === undefined ? mant : `${mant} \\times 10^{${exp.replace('\u2212', '-')}}`;
}

/** Two sentences in a row: a space between English ones, none between Chinese ones. */
const join = (...parts: string[]) => parts.filter(Boolean).join(getLocale() === 'zh' ? '' : ' ');

/** The query row's text and its best key for a matrix (scores, weights...). */
function rowBest(obs: AttentionObservation, field: 'scores' | 'scaled' | 'weights') {
	const h = obs.heads?.[obs.head];
	const mat = h?.[field];
	if (!mat || obs.queryIndex < 0) return null;
	const best = rowArgmax(mat, obs.queryIndex);
	return { ...best, text: obs.tokens[best.index]?.text ?? '' };
}

const aligned = (lines: string[]) => `\\begin{aligned} ${lines.join(' \\\\ ')} \\end{aligned}`;

/** The explanation of one frame: what this stage computed, with the live numbers. */
export function explainAttention(obs: AttentionDemoObservation, p: AttentionParams): Explanation {
	return obs.mode === 'cross' ? explainCross(obs) : explainSelf(obs, p);
}

/** The cross-attention frames: encoding, then one decoding step per frame. */
function explainCross(obs: CrossAttentionObservation): Explanation {
	const n = obs.shape.n;
	if (n === 0) return { text: m.attnui_explain_empty() };
	if (obs.stage === 'encode') {
		return {
			text: m.attention_cross_explain_encode({ n: String(n) }),
			formula: `H = \\text{Encoder}(E_{src} + PE) \\in ${shape(n, obs.shape.dModel)}`
		};
	}
	const t = obs.step;
	const best = obs.metrics.argmaxIndex;
	const word = obs.decoded[t - 1];
	const text = m.attention_cross_explain_decode({
		step: String(t),
		n: String(n),
		source: obs.source[best]?.text ?? '',
		weight: fmt(obs.metrics.maxWeight),
		word: word?.token ?? '',
		probability: fmt(word?.probability ?? 0)
	});
	return {
		text: obs.finished ? join(text, m.attention_cross_explain_done()) : text,
		formula: aligned([
			`q_{${t}} &= d_{${t}} W_Q, \\quad K = H W_K, \\quad V = H W_V`,
			`a_{${t}} &= \\operatorname{softmax}\\!\\left(\\frac{q_{${t}} K^\\top}{\\sqrt{${obs.shape.dHead}}}\\right), \\quad \\max_j a_{${t},j} = ${texNum(obs.metrics.maxWeight)}`
		])
	};
}

function explainSelf(obs: AttentionObservation, p: AttentionParams): Explanation {
	const { n, dModel: d, dHead: dk, nHeads } = obs.shape;
	const i = obs.queryIndex;
	const query = obs.tokens[i]?.text ?? '';
	const idx = (k: number) => String(k + 1);
	if (n === 0) return { text: m.attnui_explain_empty() };

	switch (obs.stage) {
		case 'tokens': {
			const unknown = obs.tokens.filter((t) => t.unknown).length;
			return {
				text: m.attention_explain_tokens({ n: String(n), unknown: String(unknown), query }),
				formula: `x_1, \\dots, x_{${n}}, \\qquad n = ${n}`
			};
		}
		case 'embed': {
			const e = obs.embedded!.get(i, 0);
			const pe = obs.positions!.get(i, 0);
			return {
				text: m.attention_explain_embed({ d: String(d), n: String(n) }),
				formula: aligned([
					`X &= E + PE \\in ${shape(n, d)}`,
					`X_{${idx(i)},1} &= ${texNum(e)} + ${texNum(pe)} = ${texNum(obs.X!.get(i, 0))}`
				])
			};
		}
		case 'project':
			return {
				text: m.attention_explain_project({
					head: String(obs.head + 1),
					n: String(n),
					dk: String(dk),
					heads: String(nHeads)
				}),
				formula: `Q = X W_Q,\\; K = X W_K,\\; V = X W_V \\in ${shape(n, dk)}`
			};
		case 'score': {
			const b = rowBest(obs, 'scores')!;
			return {
				text: m.attention_explain_score({ n: String(n), query, score: fmt(b.value), best: b.text }),
				formula: aligned([
					`S &= Q K^\\top \\in ${shape(n, n)}`,
					`S_{${idx(i)},${idx(b.index)}} &= \\textstyle\\sum_{c=1}^{${dk}} Q_{${idx(i)},c} K_{${idx(b.index)},c} = ${texNum(b.value)}`
				])
			};
		}
		case 'scale': {
			const b = rowBest(obs, 'scaled')!;
			const raw = obs.heads![obs.head].scores!.get(i, b.index);
			return {
				text: m.attention_explain_scale({ sqrt: fmt(Math.sqrt(dk)), query, score: fmt(b.value) }),
				formula: `S'_{${idx(i)},${idx(b.index)}} = \\frac{S_{${idx(i)},${idx(b.index)}}}{\\sqrt{${dk}}} = \\frac{${texNum(raw)}}{${texNum(Math.sqrt(dk))}} = ${texNum(b.value)}`
			};
		}
		case 'mask': {
			const mask = obs.mask!;
			const base =
				mask.kept === mask.total
					? m.attention_explain_mask_none({ total: String(mask.total) })
					: m.attention_explain_mask({
							kept: String(mask.kept),
							total: String(mask.total),
							pattern:
								p.pattern === 'full' ? m.attnui_causal_short() : patternDesc(p.pattern, p.window)
						});
			return {
				text: join(base, p.causal ? m.attnui_explain_causal_on() : m.attnui_explain_causal_off()),
				formula: `S''_{ij} = \\begin{cases} S'_{ij} & \\text{${m.attnui_tex_kept()}} \\\\ -\\infty & \\text{${m.attnui_tex_hidden()}} \\end{cases}, \\quad ${mask.kept} / ${mask.total}`
			};
		}
		case 'softmax': {
			const b = rowBest(obs, 'weights')!;
			return {
				text: m.attention_explain_softmax({ query, weight: fmt(b.value), best: b.text }),
				formula: `A_{${idx(i)},${idx(b.index)}} = \\frac{e^{S''_{${idx(i)},${idx(b.index)}}}}{\\sum_{k} e^{S''_{${idx(i)},k}}} = ${texNum(b.value)}, \\qquad \\textstyle\\sum_j A_{${idx(i)},j} = 1`
			};
		}
		case 'mix': {
			const b = rowBest(obs, 'weights')!;
			const err = obs.sparseError;
			const sparse =
				err && (p.pattern !== 'full' || err.layer > 0)
					? m.attention_sparse_error({ head: fmtPercent(err.head), layer: fmtPercent(err.layer) })
					: '';
			return {
				text: join(m.attention_explain_mix({ query, weight: fmt(b.value), best: b.text }), sparse),
				formula: `\\text{out}_{${idx(i)}} = \\textstyle\\sum_{j=1}^{${n}} A_{${idx(i)},j}\\, v_j, \\qquad A V \\in ${shape(n, dk)}`
			};
		}
		case 'output': {
			const top = obs.prediction?.top[0];
			return {
				text: m.attention_explain_output({
					heads: String(nHeads),
					query,
					entity: top?.entity.label ?? '',
					probability: top ? fmt(top.probability) : ''
				}),
				formula: aligned([
					`Y &= \\operatorname{Concat}(\\text{head}_1, \\dots, \\text{head}_{${nHeads}})\\, W_O`,
					`&\\in ${shape(n, d)}`,
					`X' &= X + Y`
				])
			};
		}
	}
	return { text: '' };
}

/** The text alternative: “她” attends most to “小红”, weight 0.81, in head 2. */
export function describeAttention(obs: AttentionDemoObservation): string {
	const { queryIndex: q, argmaxIndex: a, maxWeight } = obs.metrics;
	if (obs.mode === 'cross') {
		if (obs.step === 0) return m.attention_cross_stage_encode();
		return m.attention_describe_cross({
			step: String(obs.step),
			word: obs.decoded[obs.step - 1]?.token ?? '',
			source: obs.source[a]?.text ?? '',
			weight: fmt(maxWeight)
		});
	}
	if (q < 0 || a < 0) return m.attnui_explain_empty();
	return m.attention_describe_self({
		stage: stageLabel(obs.stage),
		query: obs.tokens[q]?.text ?? '',
		best: obs.tokens[a]?.text ?? '',
		weight: fmt(maxWeight),
		head: String(obs.head + 1)
	});
}

export function attentionPhaseLabel(obs: AttentionDemoObservation): string {
	if (obs.mode === 'cross') {
		return obs.step === 0
			? m.attention_cross_stage_encode()
			: m.attention_cross_stage_decode({ step: String(obs.step) });
	}
	return stageLabel(obs.stage);
}
