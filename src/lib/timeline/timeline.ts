import type { Observation, Simulation } from './types';

export interface TimelineOptions {
	/** Checkpoints kept at most; when full, the interval doubles and every other one goes. */
	maxCheckpoints?: number;
	/** Frames between checkpoints at the start. */
	interval?: number;
}

/**
 * Runs a simulation and seeks to any frame. It keeps deep copies of the state every
 * `interval` frames; a seek restores the nearest checkpoint at or before the target and
 * replays from there, so play, step and seek reach identical states. Memory stays bounded:
 * at most `maxCheckpoints` states, plus one number per frame and metric.
 */
export class Timeline<P, S, O extends Observation = Observation> {
	readonly frames: number;
	readonly params: P;
	readonly seed: number;
	private sim: Simulation<P, S, O>;
	private current: S;
	private currentFrame = 0;
	private checkpoints = new Map<number, S>();
	private interval: number;
	private maxCheckpoints: number;
	private cachedObservation: O | null = null;
	private history = new Map<string, Float64Array>();
	/** Frames replayed by the last seek, for tests and benchmarks. */
	lastReplay = 0;

	constructor(sim: Simulation<P, S, O>, params: P, seed: number, options: TimelineOptions = {}) {
		this.sim = sim;
		this.params = params;
		this.seed = seed;
		this.frames = Math.max(1, Math.floor(sim.frames(params)));
		this.interval = Math.max(1, options.interval ?? 16);
		this.maxCheckpoints = Math.max(2, options.maxCheckpoints ?? 64);
		this.current = sim.init(params, seed);
		this.checkpoints.set(0, sim.clone(this.current));
		this.record();
	}

	get frame(): number {
		return this.currentFrame;
	}

	get state(): S {
		return this.current;
	}

	get checkpointCount(): number {
		return this.checkpoints.size;
	}

	/** The observation of the current frame (computed once per frame). */
	observe(): O {
		this.cachedObservation ??= this.sim.observe(this.current);
		return this.cachedObservation;
	}

	/** Moves to `target` (clamped to the run) and returns the observation there. */
	seek(target: number): O {
		this.seekUntil(target, () => false);
		return this.observe();
	}

	/**
	 * Moves toward `target` like `seek`, but stops between frames as soon as `stop()` is true,
	 * so a long replay can be spread over several animation frames. Returns whether it arrived.
	 */
	seekUntil(target: number, stop: () => boolean): boolean {
		const goal = this.clamp(target);
		if (goal === this.currentFrame) return true;

		let from = this.currentFrame <= goal ? this.currentFrame : -1;
		for (const f of this.checkpoints.keys()) if (f <= goal && f > from) from = f;
		if (from !== this.currentFrame) {
			this.current = this.sim.clone(this.checkpoints.get(from) as S);
			this.currentFrame = from;
			this.cachedObservation = null;
		}

		this.lastReplay = goal - from;
		while (this.currentFrame < goal) {
			this.advance();
			if (this.currentFrame < goal && stop()) return false;
		}
		return true;
	}

	/** A frame index forced into 0 .. frames-1. */
	clamp(frame: number): number {
		return Math.min(this.frames - 1, Math.max(0, Math.floor(frame)));
	}

	/** Moves by `delta` frames (negative goes back). */
	stepBy(delta: number): O {
		return this.seek(this.currentFrame + delta);
	}

	/** Per-frame values of a metric for frames computed so far; NaN where not yet computed. */
	metric(name: string): Float64Array {
		return this.history.get(name) ?? new Float64Array(0);
	}

	metricNames(): string[] {
		return [...this.history.keys()];
	}

	private advance(): void {
		this.current = this.sim.step(this.current);
		this.currentFrame++;
		this.cachedObservation = null;
		if (this.currentFrame % this.interval === 0 && !this.checkpoints.has(this.currentFrame)) {
			this.checkpoints.set(this.currentFrame, this.sim.clone(this.current));
			if (this.checkpoints.size > this.maxCheckpoints) this.thin();
		}
		this.record();
	}

	private thin(): void {
		this.interval *= 2;
		for (const f of [...this.checkpoints.keys()]) {
			if (f % this.interval !== 0) this.checkpoints.delete(f);
		}
	}

	private record(): void {
		const metrics = this.sim.metrics ? this.sim.metrics(this.current) : this.observe().metrics;
		for (const [name, value] of Object.entries(metrics)) {
			let series = this.history.get(name);
			if (!series) {
				series = new Float64Array(this.frames).fill(NaN);
				this.history.set(name, series);
			}
			series[this.currentFrame] = value;
		}
	}
}
