import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';
import { fmt, fmtPercent, fmtShort } from '$lib/viz/format';
import type { Explanation } from '../types';
import type { GanObservation } from './sim/observe';
import type { GanParams } from './sim/params';
import type { LossName } from './sim/losses';
import type { DatasetName } from './sim/data';

/** A number for KaTeX: three significant digits, `1.23 \times 10^{-4}` for small ones. */
export function texNum(v: number): string {
	if (Number.isNaN(v)) return '\\text{NaN}';
	if (!Number.isFinite(v)) return v > 0 ? '\\infty' : '-\\infty';
	const s = fmt(v).replace(/\u2212/g, '-');
	const [mant, exp] = s.split('e');
	return exp === undefined ? mant : `${mant} \\times 10^{${exp}}`;
}

const join = (...parts: string[]) => parts.filter(Boolean).join(getLocale() === 'zh' ? '' : ' ');

const num = (v: number) => fmt(v);

export function datasetName(d: DatasetName): string {
	return {
		ring: m.gan_dataset_ring,
		grid: m.gan_dataset_grid,
		moons: m.gan_dataset_moons,
		spiral: m.gan_dataset_spiral,
		gaussian: m.gan_dataset_gaussian,
		custom: m.gan_dataset_custom
	}[d]();
}

export function ganPhaseLabel(obs: GanObservation): string {
	const phase = {
		init: m.gan_phase_init,
		iteration: m.gan_phase_iteration,
		sampleReal: m.gan_phase_sampleReal,
		generate: m.gan_phase_generate,
		updateD: m.gan_phase_updateD,
		updateG: m.gan_phase_updateG
	}[obs.phase]();
	if (obs.phase === 'init') return phase;
	if (obs.phase === 'iteration') return m.gan_phase_iteration_t({ t: String(obs.iteration) });
	// During sub-steps 1-3 the iteration under way is one past the completed count.
	const t = obs.phase === 'updateG' ? obs.iteration : obs.iteration + 1;
	return m.gan_phase_with_iteration({ phase, t: String(t) });
}

/** Lines aligned on their & marks, for a panel too narrow for one long line. */
const aligned = (lines: string[]) => `\\begin{aligned} ${lines.join(' \\\\ ')} \\end{aligned}`;

const mean = (body: string) => `\\tfrac1N \\textstyle\\sum_i ${body}`;

/** L_D as aligned TeX lines, with D(x) = σ(logit) for the cross-entropy losses and f for the critic. */
function texLossD(loss: LossName, v: number): string[] {
	const val = `= ${texNum(v)}`;
	switch (loss) {
		case 'minimax':
		case 'nonSaturating':
			return [
				`L_D &= -${mean('\\log D(x_i)')}`,
				`&\\quad - ${mean('\\log\\bigl(1 - D(\\tilde x_i)\\bigr)')} ${val}`
			];
		case 'leastSquares':
			return [
				`L_D &= \\tfrac12 ${mean('\\bigl(D(x_i) - 1\\bigr)^2')}`,
				`&\\quad + \\tfrac12 ${mean('D(\\tilde x_i)^2')} ${val}`
			];
		case 'wasserstein':
			return [`L_D &= ${mean('f(\\tilde x_i)')} - ${mean('f(x_i)')} ${val}`];
	}
}

function texLossG(loss: LossName, v: number): string {
	const val = `= ${texNum(v)}`;
	switch (loss) {
		case 'minimax':
			return `L_G &= ${mean('\\log\\bigl(1 - D(\\tilde x_i)\\bigr)')} ${val}`;
		case 'nonSaturating':
			return `L_G &= -${mean('\\log D(\\tilde x_i)')} ${val}`;
		case 'leastSquares':
			return `L_G &= \\tfrac12 ${mean('\\bigl(D(\\tilde x_i) - 1\\bigr)^2')} ${val}`;
		case 'wasserstein':
			return `L_G &= -${mean('f(\\tilde x_i)')} ${val}`;
	}
}

function texUpdate(net: 'D' | 'G', p: GanParams): string {
	const opt = (net === 'D' ? p.dOpt : p.gOpt) === 'adam' ? '\\mathrm{Adam}' : '\\mathrm{SGD}';
	const lr = net === 'D' ? p.dLr : p.gLr;
	const clip =
		net === 'D' && p.loss === 'wasserstein'
			? ` \\\\ \\theta_D &\\leftarrow \\mathrm{clip}(\\theta_D, \\pm ${texNum(p.clip)})`
			: '';
	return `\\theta_${net} &\\leftarrow ${opt}\\bigl(\\nabla_{\\theta_${net}} L_${net};\\ \\eta_${net} = ${texNum(lr)}\\bigr)${clip}`;
}

function lossSentence(p: GanParams): string {
	switch (p.loss) {
		case 'minimax':
			return m.gan_explain_loss_minimax();
		case 'nonSaturating':
			return m.gan_explain_loss_nonSaturating();
		case 'leastSquares':
			return m.gan_explain_loss_leastSquares();
		case 'wasserstein':
			return m.gan_explain_loss_wasserstein({ clip: fmtShort(p.clip) });
	}
}

function fieldSentence(obs: GanObservation): string {
	return obs.field.probability ? m.gan_explain_field_prob() : m.gan_explain_field_score();
}

/** What happened to a diverged run, and what to change (both languages). */
export function ganHaltMessage(obs: GanObservation): string {
	const d = obs.divergence;
	if (!d) return '';
	const what = {
		lossD: m.gan_halted_lossD,
		lossG: m.gan_halted_lossG,
		weightsD: m.gan_halted_weightsD,
		weightsG: m.gan_halted_weightsG
	}[d.what]();
	const head = m.gan_halted({ t: String(d.iteration), what });
	return join(head, m.gan_halted_advice({ gLr: fmtShort(obs.lr.g), dLr: fmtShort(obs.lr.d) }));
}

export function explainGan(obs: GanObservation, p: GanParams): Explanation {
	if (obs.halted) return { text: ganHaltMessage(obs) };
	const t = String(obs.iteration + (obs.phase === 'iteration' || obs.phase === 'updateG' ? 0 : 1));
	const batch = String(p.batch);
	const modes = String(obs.modes.length);
	const covered = String(obs.eval.modesCovered);
	switch (obs.phase) {
		case 'init':
			return {
				text: join(m.gan_explain_init({ covered, modes }), fieldSentence(obs)),
				formula: aligned([...texLossD(p.loss, obs.lossD), texLossG(p.loss, obs.lossG)])
			};
		case 'sampleReal':
			return {
				text: m.gan_explain_sampleReal({ t, batch }),
				formula: `x_i \\sim p_{\\text{data}}, \\quad i = 1, \\dots, N = ${p.batch}`
			};
		case 'generate': {
			const dist =
				p.noise === 'normal'
					? `\\mathcal N(0, I_{${p.noiseDim}})`
					: `\\mathcal U[-1, 1]^{${p.noiseDim}}`;
			return {
				text: m.gan_explain_generate({ batch }),
				formula: `z_i \\sim ${dist}, \\quad \\tilde x_i = G(z_i) \\in \\mathbb R^2`
			};
		}
		case 'updateD':
			return {
				text: join(
					m.gan_explain_updateD({ k: String(p.dSteps), lossD: num(obs.lossD) }),
					fieldSentence(obs)
				),
				formula: aligned([
					...texLossD(p.loss, obs.lossD),
					texUpdate('D', p) + (p.dSteps > 1 ? ` \\quad (\\times ${p.dSteps})` : '')
				])
			};
		case 'updateG':
			return {
				text: join(m.gan_explain_updateG({ lossG: num(obs.lossG) }), lossSentence(p)),
				formula: aligned([
					texLossG(p.loss, obs.lossG),
					'\\frac{\\partial L_G}{\\partial \\tilde x_i} &= \\frac{\\partial L_G}{\\partial D(\\tilde x_i)}\\,\\nabla_{x} D(\\tilde x_i)',
					texUpdate('G', p)
				])
			};
		case 'iteration':
			return {
				text: join(
					m.gan_explain_iteration({
						t,
						total: String(p.iterations),
						k: String(p.dSteps),
						lossD: num(obs.lossD),
						lossG: num(obs.lossG),
						covered,
						modes,
						hq: fmtPercent(obs.eval.highQuality),
						mmd: num(obs.eval.mmd)
					}),
					lossSentence(p)
				),
				formula: aligned([...texLossD(p.loss, obs.lossD), texLossG(p.loss, obs.lossG)])
			};
	}
}

export function describeGan(obs: GanObservation, p: GanParams): string {
	return m.gan_describe({
		t: String(obs.iteration),
		covered: String(obs.eval.modesCovered),
		modes: String(obs.modes.length),
		dataset: datasetName(p.dataset),
		hq: fmtPercent(obs.eval.highQuality),
		lossD: fmt(obs.lossD),
		lossG: fmt(obs.lossG)
	});
}
