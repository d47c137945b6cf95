import { describe, expect, it } from 'vitest';
import { Timeline } from './timeline';
import { walkSim } from './test-sim';

const params = { frames: 500, drift: 0.5 };

function playTo(frame: number) {
	const tl = new Timeline(walkSim(), params, 7);
	for (let f = 0; f < frame; f++) tl.stepBy(1);
	return tl;
}

describe('Timeline', () => {
	it('play, step and seek reach bit-identical states', () => {
		const played = playTo(321);
		const sought = new Timeline(walkSim(), params, 7);
		sought.seek(499);
		sought.seek(10);
		sought.seek(321);
		const stepped = new Timeline(walkSim(), params, 7);
		stepped.seek(400);
		for (let i = 0; i < 79; i++) stepped.stepBy(-1);
		expect(sought.state).toEqual(played.state);
		expect(stepped.state).toEqual(played.state);
		expect(sought.observe()).toEqual(played.observe());
	});

	it('the same parameters and seed give the same frames; another seed does not', () => {
		const a = new Timeline(walkSim(), params, 7);
		const b = new Timeline(walkSim(), params, 7);
		const c = new Timeline(walkSim(), params, 8);
		a.seek(200);
		b.seek(200);
		c.seek(200);
		expect(a.state.x).toBe(b.state.x);
		expect(c.state.x).not.toBe(a.state.x);
	});

	it('seeking back replays from the nearest checkpoint, not from the start', () => {
		const tl = new Timeline(walkSim(), params, 7, { interval: 16 });
		tl.seek(450);
		tl.seek(403);
		expect(tl.lastReplay).toBeLessThan(16);
		expect(tl.frame).toBe(403);
	});

	it('clamps seeks to the run and never leaves frame 0 .. frames-1', () => {
		const tl = new Timeline(walkSim(), params, 7);
		expect(tl.seek(-5).frame).toBe(0);
		expect(tl.seek(10_000).frame).toBe(499);
		expect(tl.seek(3.7).frame).toBe(3);
	});

	it('keeps a history of every computed frame’s metrics', () => {
		const tl = new Timeline(walkSim(), params, 7);
		tl.seek(100);
		const xs = tl.metric('x');
		expect(xs.length).toBe(500);
		expect(Number.isNaN(xs[100])).toBe(false);
		expect(Number.isNaN(xs[101])).toBe(true);
		expect(xs[100]).toBe(tl.state.x);
	});

	it('stays bounded in memory over a 100,000-frame run', () => {
		const big = { frames: 100_000, drift: 0 };
		const tl = new Timeline(walkSim(4096), big, 3, { maxCheckpoints: 64 });
		const before = process.memoryUsage().heapUsed;
		tl.seek(99_999);
		const after = process.memoryUsage().heapUsed;
		expect(tl.checkpointCount).toBeLessThanOrEqual(65);
		// 64 checkpoints of 32 KiB each plus 800 KB of history: far below what keeping every
		// state would take (3.2 GB).
		expect(after - before).toBeLessThan(64 * 1024 * 1024);
		const back = new Timeline(walkSim(4096), big, 3);
		back.seek(99_999);
		back.seek(50_000);
		expect(back.lastReplay).toBeLessThanOrEqual(100_000 / 32);
	});
});
