import { describe, expect, it } from 'vitest';
import { Player } from './player.svelte';
import { Timeline } from './timeline';
import { walkSim } from './test-sim';
import type { WalkState } from './test-sim';
import type { Simulation, Observation } from './types';
import type { WalkParams } from './test-sim';

/** The walk, made slow: every step busy-waits, like a heavy training iteration. */
function slowSim(msPerStep: number): Simulation<WalkParams, WalkState, Observation> {
	const sim = walkSim();
	return {
		...sim,
		step(s) {
			const end = performance.now() + msPerStep;
			while (performance.now() < end) {
				// busy
			}
			return sim.step(s);
		}
	};
}

const until = async (cond: () => boolean) => {
	for (let i = 0; i < 2000 && !cond(); i++) await new Promise((r) => setTimeout(r, 5));
};

describe('Player', () => {
	it('a cheap seek lands at once', () => {
		const p = new Player(walkSim(), { frames: 200, drift: 0 }, 1);
		p.seek(150);
		expect(p.frame).toBe(150);
		expect(p.target).toBeNull();
	});

	it('a long seek is spread over several turns, and lands on the same state', async () => {
		const params = { frames: 400, drift: 0 };
		const p = new Player(slowSim(1), params, 1);
		p.seek(300);
		expect(p.target).toBe(300);
		expect(p.frame).toBeLessThan(300);
		await until(() => p.target === null);
		expect(p.frame).toBe(300);
		const direct = new Timeline(walkSim(), params, 1);
		direct.seek(300);
		expect(p.timeline.state).toEqual(direct.state);
	});

	it('stepping while a seek computes moves relative to where it is going', async () => {
		const p = new Player(slowSim(1), { frames: 400, drift: 0 }, 1);
		p.seek(200);
		p.step(5);
		await until(() => p.target === null);
		expect(p.frame).toBe(205);
	});

	it('destroy stops a seek still computing', async () => {
		const p = new Player(slowSim(1), { frames: 400, drift: 0 }, 1);
		p.seek(390);
		p.destroy();
		const at = p.frame;
		await new Promise((r) => setTimeout(r, 50));
		expect(p.frame).toBe(at);
	});
});

describe('Player.goto', () => {
	it('goes to an absolute frame even while a seek is still computing', async () => {
		const p = new Player(slowSim(1), { frames: 400, drift: 0 }, 1);
		p.seek(300);
		p.goto(0);
		await until(() => p.target === null);
		expect(p.frame).toBe(0);
	});
});
