import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { explainGan, ganHaltMessage, ganPhaseLabel } from './explain';
import { LOSS_NAMES } from './sim/losses';
import { DEFAULT_PARAMS, type GanParams } from './sim/params';
import { ganSim } from './sim/simulation';
import { Timeline } from '$lib/timeline/timeline';

const small: GanParams = { ...DEFAULT_PARAMS, batch: 16, gWidth: 8, dWidth: 8, iterations: 3 };

describe('GAN explanations', () => {
	for (const loss of LOSS_NAMES) {
		for (const detailed of [false, true]) {
			it(`every frame's formula typesets (${loss}, ${detailed ? 'detailed' : 'plain'})`, () => {
				const p = { ...small, loss, detailed, dSteps: 2 };
				const tl = new Timeline(ganSim, p, 1);
				for (let f = 0; f < tl.frames; f++) {
					const obs = tl.seek(f);
					const e = explainGan(obs, p);
					expect(e.text.length).toBeGreaterThan(20);
					expect(e.text).not.toMatch(/\{|\}|undefined|NaN/);
					expect(ganPhaseLabel(obs).length).toBeGreaterThan(0);
					if (e.formula)
						expect(() =>
							katex.renderToString(e.formula!, { throwOnError: true, displayMode: true })
						).not.toThrow();
				}
			});
		}
	}

	it('a diverged run explains what broke and what to change', () => {
		const p: GanParams = {
			...small,
			loss: 'leastSquares',
			dOpt: 'sgd',
			gOpt: 'sgd',
			dLr: 5,
			gLr: 5,
			iterations: 200
		};
		const obs = new Timeline(ganSim, p, 1).seek(199);
		expect(obs.halted).toBeDefined();
		const text = ganHaltMessage(obs);
		// The base locale is Chinese.
		expect(text).toContain(`第 ${obs.divergence!.iteration} 次迭代发散`);
		expect(text).toContain('调低学习率');
		expect(explainGan(obs, p).text).toBe(text);
	});
});
