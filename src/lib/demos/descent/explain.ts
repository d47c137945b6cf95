import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';
import { fmt, fmtShort } from '$lib/viz/format';
import type { Explanation } from '../types';
import {
	shownOptimisers,
	surfaceOf,
	type DescentObs,
	type DescentParams,
	type OptId,
	type PathObs,
	type UpdateRecord
} from './sim/descent';
import type { Point } from './sim/surfaces';
import { optLabel, surfaceName } from './labels';

/** A number for KaTeX: three significant digits, `1.23 \times 10^{4}` for big and small ones. */
export function texNum(v: number): string {
	if (Number.isNaN(v)) return '\\text{NaN}';
	if (!Number.isFinite(v)) return v > 0 ? '\\infty' : '-\\infty';
	const s = fmt(v).replace('\u2212', '-');
	const [mant, exp] = s.split('e');
	return exp === undefined ? mant : `${mant} \\times 10^{${exp.replace('\u2212', '-')}}`;
}

/** A parameter for KaTeX, without trailing zeros: 0.05 rather than 0.0500. */
const texPar = (v: number) =>
	texNum(v)
		.replace(/(\.\d*?)0+(?=$| )/, '$1')
		.replace(/\.(?=$| )/, '');

/** A column vector for KaTeX. */
export function texVec(p: Point): string {
	return `\\begin{pmatrix} ${texNum(p[0])} \\\\ ${texNum(p[1])} \\end{pmatrix}`;
}

const num = (v: number) => fmt(v);

/** Two sentences in a row: a space between English ones, none between Chinese ones. */
const join = (a: string, b: string) => (b ? a + (getLocale() === 'zh' ? '' : ' ') + b : a);
const par = (v: number) => fmtShort(v);

/** The optimiser the explanation follows: the chosen one if shown, else the first shown. */
function focusPath(obs: DescentObs, focus: OptId): PathObs | undefined {
	return obs.paths.find((p) => p.id === focus) ?? obs.paths[0];
}

function startText(p: PathObs): Explanation {
	const [x, y] = p.theta;
	const [gx, gy] = p.grad;
	return {
		text: m.descent_explain_start({
			x: num(x),
			y: num(y),
			loss: num(p.loss),
			gx: num(-gx),
			gy: num(-gy)
		}),
		formula:
			`L(\\theta_0) = ${texNum(p.loss)}, \\qquad ` + `\\nabla L(\\theta_0) = ${texVec(p.grad)}`
	};
}

/** Lines aligned on their = signs, for a panel too narrow for one long line. */
const aligned = (lines: string[]) => `\\begin{aligned} ${lines.join(' \\\\ ')} \\end{aligned}`;

/** The update's formula with its numbers, for any optimiser. */
function updateFormula(r: UpdateRecord, id: OptId, prms: DescentParams): string {
	const t = r.step;
	const prev = `\\theta_{${t - 1}}`;
	const arrow = r.rejected ? '&\\leadsto' : '&=';
	if (id === 'sgd') {
		return aligned([
			`\\theta_{${t}} &= ${prev} - \\eta\\,\\nabla L(${prev})`,
			`&= ${texVec(r.from)} - ${texPar(prms.lr)} \\cdot ${texVec(r.grad)}`,
			`${arrow} ${texVec(r.to)}`
		]);
	}
	if (id === 'momentum') {
		const v = r.velocity ?? [0, 0];
		const vPrev = r.prevVelocity ?? [0, 0];
		return aligned([
			`v_{${t}} &= \\mu\\, v_{${t - 1}} + \\nabla L(${prev})`,
			`&= ${texPar(prms.momentum)} \\cdot ${texVec(vPrev)} + ${texVec(r.grad)} = ${texVec(v)}`,
			`\\theta_{${t}} &= ${prev} - \\eta\\, v_{${t}}`,
			`&= ${texVec(r.from)} - ${texPar(prms.lr)} \\cdot ${texVec(v)}`,
			`${arrow} ${texVec(r.to)}`
		]);
	}
	const mh = r.mHat ?? [0, 0];
	const vh = r.vHat ?? [0, 0];
	const rate = r.rate ?? [0, 0];
	const delta: Point = [-rate[0] * mh[0], -rate[1] * mh[1]];
	return aligned([
		`\\hat m &= ${texVec(mh)}, \\quad \\hat v = ${texVec(vh)}`,
		`\\frac{\\eta}{\\sqrt{\\hat v} + \\epsilon} &= ${texVec(rate)}`,
		`\\theta_{${t}} &= ${prev} - \\frac{\\eta\\,\\hat m}{\\sqrt{\\hat v} + \\epsilon}`,
		`&= ${texVec(r.from)} + ${texVec(delta)}`,
		`${arrow} ${texVec(r.to)}`
	]);
}

function updateText(p: PathObs, r: UpdateRecord, prms: DescentParams): string {
	const common = { step: String(r.step), from: num(r.lossFrom), to: num(r.lossTo) };
	let text: string;
	if (p.id === 'sgd') text = m.descent_explain_sgd({ ...common, lr: par(prms.lr) });
	else if (p.id === 'momentum') {
		text = m.descent_explain_momentum({ ...common, lr: par(prms.lr), mu: par(prms.momentum) });
	} else {
		const rate = r.rate ?? [0, 0];
		text = m.descent_explain_adam({
			...common,
			lr: par(prms.adamLr),
			rx: num(rate[0]),
			ry: num(rate[1])
		});
	}

	// v · ∇L(θ_t) < 0: moving along −v now climbs, so momentum has overshot.
	const v = r.velocity;
	const dot = v ? v[0] * p.grad[0] + v[1] * p.grad[1] : 0;
	if (p.id === 'momentum' && dot < 0)
		return join(text, m.descent_explain_overshoot({ dot: num(dot) }));
	if (r.lossTo <= r.lossFrom) return text;
	return join(text, p.id === 'sgd' ? m.descent_explain_rose_sgd() : m.descent_explain_rose_avg());
}

function reasonText(r: UpdateRecord, obs: DescentObs, prms: DescentParams): string {
	const finite = [...r.to, r.lossTo].every(Number.isFinite);
	if (!finite) return m.descent_reason_nonfinite();
	const bound = surfaceOf(prms).bound;
	if (Math.max(Math.abs(r.to[0]), Math.abs(r.to[1])) > bound) {
		return m.descent_reason_bound({ bound: String(bound) });
	}
	return m.descent_reason_loss({ lossTo: num(r.lossTo), limit: num(obs.lossLimit) });
}

/** On the bowl, the stability limit of η·λ_max: 2 for SGD, 2(1 + μ) for heavy-ball momentum. */
function bowlLimit(p: PathObs, prms: DescentParams): string {
	const curv = surfaceOf(prms).curvature;
	if (!curv || p.id === 'adam') return '';
	const limit = p.id === 'sgd' ? 2 : 2 * (1 + prms.momentum);
	return m.descent_explain_bowl_limit({
		opt: optLabel(p.id),
		limit: par(limit),
		value: par(prms.lr * curv[1])
	});
}

/** The explanation of one frame, following the optimiser chosen by `focus`. */
export function explainDescent(obs: DescentObs, prms: DescentParams): Explanation {
	const p = focusPath(obs, prms.focus);
	if (!p) return { text: m.descent_explain_none() };
	const note =
		p.id !== prms.focus
			? m.descent_explain_focus_hidden({ opt: optLabel(prms.focus), shown: optLabel(p.id) }) +
				'\n\n'
			: '';

	if (obs.frame === 0 || !p.last) {
		const e = startText(p);
		return { ...e, text: note + e.text };
	}
	const r = p.last;
	const [x, y] = p.theta;
	if (r.rejected && r.step === obs.frame) {
		const text = m.descent_explain_diverged({
			opt: optLabel(p.id),
			step: String(r.step),
			x: num(r.to[0]),
			y: num(r.to[1]),
			reason: reasonText(r, obs, prms),
			loss: num(p.loss)
		});
		return { text: note + join(text, bowlLimit(p, prms)), formula: updateFormula(r, p.id, prms) };
	}
	if (r.rejected) {
		const text = m.descent_explain_stopped({
			opt: optLabel(p.id),
			step: String(r.step),
			x: num(x),
			y: num(y),
			loss: num(p.loss)
		});
		return { text: note + join(text, bowlLimit(p, prms)), formula: updateFormula(r, p.id, prms) };
	}
	return { text: note + updateText(p, r, prms), formula: updateFormula(r, p.id, prms) };
}

/** The text alternative of the figure: where each shown optimiser stands after this frame. */
export function describeDescent(obs: DescentObs, prms: DescentParams): string {
	const surface = surfaceName(prms.surface);
	if (shownOptimisers(prms).length === 0) return m.descent_describe_none({ surface });
	const parts = obs.paths.map((p) =>
		p.diverged
			? m.descent_describe_diverged({ opt: optLabel(p.id), step: String(p.divergedAt) })
			: m.descent_describe_at({ opt: optLabel(p.id), loss: num(p.loss) })
	);
	return m.descent_describe({
		steps: String(obs.frame),
		surface,
		parts: parts.join(m.descent_describe_sep())
	});
}

/** The player bar's label: "Start" or "Update t". */
export function descentPhaseLabel(obs: DescentObs): string {
	return obs.frame === 0 ? m.descent_phase_start() : m.descent_phase_update({ step: obs.frame });
}
