import { describe, expect, test } from 'vitest';
import { Timeline } from '$lib/timeline/timeline';
import { descentSim, hasDiverged, type DescentObs, type DescentParams } from './descent';
import { rosenbrock } from './surfaces';

const base: DescentParams = {
	surface: 'bowl',
	condition: 10,
	angle: 30,
	lr: 0.05,
	adamLr: 0.1,
	momentum: 0.9,
	beta1: 0.9,
	beta2: 0.999,
	steps: 60,
	showSgd: true,
	showMomentum: true,
	showAdam: true,
	focus: 'sgd',
	start: [-1.5, 2]
};

const run = (patch: Partial<DescentParams>) => new Timeline(descentSim, { ...base, ...patch }, 1);

function replay(p: DescentParams, frame: number): DescentObs {
	let st = descentSim.init(p, 1);
	for (let f = 0; f < frame; f++) st = descentSim.step(st);
	return descentSim.observe(st);
}

function everyNumber(obs: DescentObs): number[] {
	const out = Object.values(obs.metrics);
	for (const p of obs.paths) out.push(...p.path, ...p.losses, ...p.theta, ...p.grad, p.loss);
	return out;
}

describe('frames', () => {
	test('a run of n updates has n + 1 frames and frame 0 is the start', () => {
		const tl = run({ steps: 40 });
		expect(tl.frames).toBe(41);
		const obs = tl.observe();
		expect(obs.phase).toBe('start');
		for (const p of obs.paths) expect(p.theta).toEqual([-1.5, 2]);
	});

	test('only the shown optimisers have paths and metrics', () => {
		const obs = run({ showMomentum: false }).seek(5);
		expect(obs.paths.map((p) => p.id)).toEqual(['sgd', 'adam']);
		expect(Object.keys(obs.metrics).sort()).toEqual([
			'gradNorm_adam',
			'gradNorm_sgd',
			'loss_adam',
			'loss_sgd'
		]);
	});
});

describe('determinism', () => {
	test.each(['bowl', 'rosenbrock', 'twoMinima'] as const)(
		'seeking on %s lands on the same frame as replaying from the start',
		(surface) => {
			const p = { ...base, surface, lr: surface === 'rosenbrock' ? 0.001 : 0.05, steps: 120 };
			const tl = new Timeline(descentSim, p, 1, { interval: 8 });
			for (const f of [97, 13, 120, 64, 0, 65]) {
				expect(tl.seek(f)).toEqual(replay(p, f));
			}
		}
	);

	test('stepping a clone leaves the original untouched', () => {
		const st = descentSim.init(base, 1);
		descentSim.step(st);
		const before = descentSim.observe(st);
		descentSim.step(descentSim.clone(st));
		expect(descentSim.observe(st)).toEqual(before);
	});
});

describe('divergence', () => {
	test('SGD beyond η = 2/λ_max on the bowl stops its path and never yields NaN', () => {
		// κ = 10, so SGD is stable only for η < 0.2.
		const tl = run({ lr: 0.21, steps: 80 });
		const obs = tl.seek(80);
		const sgd = obs.paths.find((p) => p.id === 'sgd')!;
		expect(sgd.diverged).toBe(true);
		expect(sgd.divergedAt).toBeGreaterThan(1);
		expect(sgd.path.length).toBe(2 * sgd.divergedAt!);
		expect(sgd.last?.rejected).toBe(true);
		for (let f = 0; f <= 80; f++) {
			for (const v of everyNumber(tl.seek(f))) expect(Number.isFinite(v)).toBe(true);
		}
		expect(obs.halted).toBeUndefined();
	});

	test('η = 1 on Rosenbrock throws every path off, which halts the run with finite metrics', () => {
		const tl = run({ surface: 'rosenbrock', lr: 1, showAdam: false, steps: 30 });
		const obs = tl.seek(30);
		expect(obs.paths.every((p) => p.diverged)).toBe(true);
		expect(obs.halted).toEqual({ reason: 'diverged' });
		for (const v of everyNumber(obs)) expect(Number.isFinite(v)).toBe(true);
		for (const name of tl.metricNames()) {
			for (const v of tl.metric(name)) expect(Number.isFinite(v)).toBe(true);
		}
	});

	test.each([
		[[NaN, 0], 1, true],
		[[0, Infinity], 1, true],
		[[0, 0], NaN, true],
		[[0, 21], 1, true],
		[[0, 0], 1001, true],
		[[-1.9, 2.9], 999, false]
	] as const)('θ = %j with loss %f counts as diverged: %s', (theta, loss, gone) => {
		expect(hasDiverged(theta, loss, rosenbrock(), 1000)).toBe(gone);
	});

	test('a diverged path keeps its last good point on every later frame', () => {
		const tl = run({ lr: 0.3, steps: 30 });
		const at = tl.seek(30).paths[0];
		const later = tl.seek(20).paths[0];
		expect(later.theta).toEqual(at.theta);
		expect(later.loss).toBe(at.loss);
	});
});

describe('convergence', () => {
	test.each([
		['sgd', { lr: 0.1 }],
		['momentum', { lr: 0.02, momentum: 0.8 }],
		['adam', { adamLr: 0.05, beta1: 0.8 }]
	] as const)('%s reaches the bowl minimum with a sane learning rate', (id, patch) => {
		const obs = run({ ...patch, steps: 300 }).seek(300);
		const p = obs.paths.find((q) => q.id === id)!;
		expect(p.diverged).toBe(false);
		expect(Math.hypot(...p.theta)).toBeLessThan(0.05);
		expect(p.loss).toBeLessThan(1e-3);
	});

	test('momentum overshoots on the bowl: its loss rises on some update, SGD never does', () => {
		const obs = run({ condition: 4 }).seek(60);
		const rises = (id: string) => {
			const l = obs.paths.find((p) => p.id === id)!.losses;
			return l.filter((v, i) => i > 0 && v > l[i - 1]).length;
		};
		expect(rises('momentum')).toBeGreaterThan(0);
		expect(rises('sgd')).toBe(0);
	});

	test('Adam moves every coordinate by about η on its first update, whatever the gradient', () => {
		const obs = run({ condition: 100, angle: 0 }).seek(1);
		const adam = obs.paths.find((p) => p.id === 'adam')!;
		const step = adam.last!;
		expect(Math.abs(step.to[0] - step.from[0])).toBeCloseTo(0.1, 6);
		expect(Math.abs(step.to[1] - step.from[1])).toBeCloseTo(0.1, 6);
		// The steep coordinate's factor is κ times smaller here: |g_y| / |g_x| = 100 · 2 / 1.5.
		expect(step.rate![0] / step.rate![1]).toBeCloseTo((100 * 2) / 1.5, 4);
	});
});
