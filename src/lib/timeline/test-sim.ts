import type { Observation, Simulation } from './types';

/**
 * A small simulation for the timeline's tests: a random walk driven by an integer hash, so its
 * states are exact and cheap. Not a demo.
 */
export interface WalkParams {
	frames: number;
	drift: number;
}

export interface WalkState {
	t: number;
	x: number;
	h: number;
	/** Ballast, so memory tests see real state sizes. */
	buffer: Float64Array;
}

function hash(h: number): number {
	h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
	h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
	return (h ^ (h >>> 16)) >>> 0;
}

export function walkSim(bufferSize = 8): Simulation<WalkParams, WalkState, Observation> & {
	steps: number;
} {
	const sim = {
		steps: 0,
		init: (p: WalkParams, seed: number): WalkState => ({
			t: 0,
			x: 0,
			h: hash(seed + p.drift * 1000),
			buffer: new Float64Array(bufferSize)
		}),
		step: (s: WalkState): WalkState => {
			sim.steps++;
			s.h = hash(s.h);
			s.x += (s.h / 2 ** 32 - 0.5) * 0.1;
			s.t++;
			s.buffer[s.t % bufferSize] = s.x;
			return s;
		},
		clone: (s: WalkState): WalkState => ({ ...s, buffer: s.buffer.slice() }),
		observe: (s: WalkState): Observation => ({
			frame: s.t,
			phase: s.t % 2 === 0 ? 'even' : 'odd',
			metrics: { x: s.x }
		}),
		frames: (p: WalkParams) => p.frames
	};
	return sim;
}
