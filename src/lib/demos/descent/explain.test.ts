import { beforeAll, describe, expect, test } from 'vitest';
import { setLocale } from '$lib/paraglide/runtime';
import { Timeline } from '$lib/timeline/timeline';
import { defaults } from '$lib/timeline/schema';
import { describeDescent, explainDescent, texNum, texVec } from './explain';
import { PRESETS } from './presets';
import { descentSchema } from './schema';
import { descentSim, type DescentParams } from './sim/descent';

const base = defaults(descentSchema) as DescentParams;
const at = (patch: Partial<DescentParams>, frame: number) => {
	const p = { ...base, ...patch };
	return { obs: new Timeline(descentSim, p, 1).seek(frame), p };
};

beforeAll(() => setLocale('en', { reload: false }));

describe('texNum', () => {
	test.each([
		[0.05, '0.0500'],
		[-1.5, '-1.50'],
		[12345, '1.23 \\times 10^{4}'],
		[-4.56e-5, '-4.56 \\times 10^{-5}'],
		[NaN, '\\text{NaN}'],
		[Infinity, '\\infty']
	])('%f is written %s', (v, tex) => expect(texNum(v)).toBe(tex));

	test('texVec stacks two numbers', () => {
		expect(texVec([1, -2])).toBe('\\begin{pmatrix} 1.00 \\\\ -2.00 \\end{pmatrix}');
	});
});

describe('explanations', () => {
	test('frame 0 names the start and its loss', () => {
		const { obs, p } = at({}, 0);
		const e = explainDescent(obs, p);
		expect(e.text).toContain('(−1.50, 2.00)');
		expect(e.formula).toContain('\\nabla L(\\theta_0)');
	});

	test('an SGD update shows θ_{t−1} − η∇L with the live numbers', () => {
		const { obs, p } = at({}, 3);
		const e = explainDescent(obs, p);
		const r = obs.paths[0].last!;
		expect(e.text).toContain('update 3');
		expect(e.formula).toContain('\\theta_{3} &= \\theta_{2}');
		expect(e.formula).toContain(texVec(r.from));
		expect(e.formula).toContain(texVec(r.to));
		expect(e.formula).toContain('0.05 \\cdot');
	});

	test('Adam on an ill-conditioned bowl reports a different factor per coordinate', () => {
		const { obs, p } = at({ focus: 'adam', condition: 50, angle: 0 }, 1);
		const r = obs.paths.find((q) => q.id === 'adam')!.last!;
		expect(r.rate![0] / r.rate![1]).toBeGreaterThan(10);
		const e = explainDescent(obs, p);
		expect(e.formula).toContain('\\hat m');
		expect(e.text).toContain(`x moved with the factor`);
	});

	test('a diverged SGD path is explained with the bowl limit η·λ_max < 2, never NaN', () => {
		const { obs, p } = at({ lr: 0.21 }, 60);
		const sgd = obs.paths[0];
		const e = explainDescent(obs, p);
		expect(e.text).toContain(`diverged at update ${sgd.divergedAt}`);
		expect(e.text).toContain('η·λ_max = 2.1');
		expect(e.text).not.toMatch(/NaN/);
		expect(describeDescent(obs, p)).toContain(`SGD diverged at update ${sgd.divergedAt}`);
	});

	test('a hidden focus falls back to the first shown optimiser and says so', () => {
		const { obs, p } = at({ focus: 'momentum', showMomentum: false }, 2);
		expect(explainDescent(obs, p).text).toMatch(/^Momentum is switched off/);
	});

	test('describe names the surface and each optimiser', () => {
		const { obs, p } = at({ surface: 'rosenbrock', lr: 0.001 }, 40);
		expect(describeDescent(obs, p)).toMatch(
			/^After 40 updates on Rosenbrock's valley: SGD is at loss [\d.]+; Momentum is at loss/
		);
	});
});

describe('presets', () => {
	const run = (id: string) => {
		const patch = PRESETS.find((q) => q.id === id)!.patch;
		const p = { ...base, ...patch };
		return new Timeline(descentSim, p, 1).seek(p.steps);
	};

	test('"diverging learning rate" makes SGD diverge', () => {
		expect(run('diverge').paths[0].diverged).toBe(true);
	});

	test('"momentum overshoots" makes momentum pass the minimum: its loss rises on some update', () => {
		const l = run('overshoot').paths.find((q) => q.id === 'momentum')!.losses;
		expect(l.some((v, i) => i > 0 && v > l[i - 1])).toBe(true);
	});

	test('"Adam on an ill-conditioned bowl" gets Adam closer than SGD along the shallow axis', () => {
		const obs = run('adam');
		const x = (id: string) => Math.abs(obs.paths.find((q) => q.id === id)!.theta[0]);
		expect(x('adam')).toBeLessThan(x('sgd'));
	});
});
