/**
 * The simulation contract (ARCHITECTURE.md). A simulation is pure: the same parameters and
 * seed give the same frames, bit for bit, in Node and in Chromium.
 */

/** What every observation carries besides the demo's own drawing data. */
export interface Observation {
	/** The frame this observation belongs to. */
	frame: number;
	/** A key naming the stage or sub-step (`score`, `softmax`, `updateD`...). */
	phase: string;
	/** Named numbers for charts, readouts and the embed `state` message. */
	metrics: Record<string, number>;
	/** Set when the run cannot go on (a loss became NaN, a path diverged). */
	halted?: { reason: string };
}

export interface Simulation<P, S, O extends Observation = Observation> {
	/** The first state, frame 0. */
	init(params: P, seed: number): S;
	/** The next frame's state. May update `state` in place and return it. */
	step(state: S): S;
	/** A deep copy for checkpoints: stepping the copy must not touch the original. */
	clone(state: S): S;
	/** What the views draw. Must not change the state. */
	observe(state: S): O;
	/**
	 * The named numbers of this frame, for the history charts. Optional: a simulation whose
	 * `observe` is costly gives a cheaper one here, since the timeline asks it every frame.
	 */
	metrics?(state: S): Record<string, number>;
	/** How many frames the run has (frame indices 0 .. frames-1). */
	frames(params: P): number;
}
