import { Timeline } from './timeline';
import type { Observation, Simulation } from './types';

export const SPEEDS = [0.25, 0.5, 1, 2, 4, 8, 16] as const;

/** Longest a single animation frame may spend stepping, so the page never stalls. */
const FRAME_BUDGET_MS = 12;

/** How often the picture refreshes while a long seek computes. */
const PREVIEW_INTERVAL_MS = 500;

/** A seek that takes longer than this goes on over the next animation frames. */
const SEEK_BUDGET_MS = 40;

function budget(ms: number): () => boolean {
	const end = performance.now() + ms;
	return () => performance.now() > end;
}

function later(fn: () => void): void {
	if (typeof requestAnimationFrame !== 'undefined') requestAnimationFrame(() => fn());
	else setTimeout(fn, 0);
}

/**
 * The reactive player every demo shares: it owns a timeline and turns play, pause, step and
 * seek into frames. Playback speed changes frames per second, never what a frame means.
 */
export class Player<P, S, O extends Observation = Observation> {
	timeline: Timeline<P, S, O>;
	obs: O = $state.raw() as O;
	frame = $state(0);
	playing = $state(false);
	speed = $state(1);
	loop = $state<{ from: number; to: number } | null>(null);
	/** Bumped whenever the timeline is replaced, so views can drop cached drawings. */
	generation = $state(0);
	/**
	 * The frame a seek is still computing toward, or null. A deep link into a long training
	 * run replays it over many animation frames, showing progress, instead of freezing the page.
	 */
	target = $state<number | null>(null);
	readonly baseFps: number;
	private sim: Simulation<P, S, O>;
	private raf = 0;
	private last = 0;
	private carry = 0;
	private shownAt = 0;

	constructor(sim: Simulation<P, S, O>, params: P, seed: number, baseFps = 2) {
		this.sim = sim;
		this.baseFps = baseFps;
		this.timeline = new Timeline(sim, params, seed);
		this.obs = this.timeline.observe();
	}

	get frames(): number {
		return this.timeline.frames;
	}

	get params(): P {
		return this.timeline.params;
	}

	get seed(): number {
		return this.timeline.seed;
	}

	/** Starts a new run with other parameters or seed, staying on the same frame if it exists. */
	reset(params: P, seed: number, frame = this.target ?? this.frame): void {
		this.timeline = new Timeline(this.sim, params, seed);
		this.generation++;
		this.seek(frame);
	}

	seek(frame: number): void {
		const goal = this.timeline.clamp(frame);
		const arrived = this.timeline.seekUntil(goal, budget(SEEK_BUDGET_MS));
		this.show();
		const wasPending = this.target !== null;
		this.target = arrived ? null : goal;
		if (!arrived && !wasPending) later(() => this.catchUp());
	}

	private catchUp(): void {
		if (this.target === null) return;
		const arrived = this.timeline.seekUntil(this.target, budget(FRAME_BUDGET_MS * 2));
		// Observing can cost as much as a training step (a GAN's field on a grid), so while
		// catching up the picture refreshes a few times a second and the counter every frame.
		const now = performance.now();
		if (arrived || now - this.shownAt > PREVIEW_INTERVAL_MS) {
			this.show();
			this.shownAt = now;
		} else {
			this.frame = this.timeline.frame;
		}
		if (arrived) this.target = null;
		else later(() => this.catchUp());
	}

	private show(): void {
		this.obs = this.timeline.observe();
		this.frame = this.timeline.frame;
		if (this.obs.halted) {
			this.pause();
			this.target = null;
		}
	}

	/** Pauses and goes to an absolute frame (Home, End, the first and last buttons). */
	goto(frame: number): void {
		this.pause();
		this.seek(frame);
	}

	/** Pauses and moves by `delta` frames from where the player is, or is going. */
	step(delta: number): void {
		this.pause();
		this.seek((this.target ?? this.frame) + delta);
	}

	toggle(): void {
		if (this.playing) this.pause();
		else this.play();
	}

	play(): void {
		if (this.playing || typeof requestAnimationFrame === 'undefined') return;
		if (this.obs.halted) return;
		const end = this.loop ? this.loop.to : this.frames - 1;
		if (this.frame >= end) this.seek(this.loop ? this.loop.from : 0);
		this.playing = true;
		this.last = performance.now();
		this.carry = 0;
		this.raf = requestAnimationFrame((t) => this.tick(t));
	}

	pause(): void {
		this.playing = false;
		if (this.raf && typeof cancelAnimationFrame !== 'undefined') cancelAnimationFrame(this.raf);
		this.raf = 0;
	}

	/** Stops playback and any catch-up still computing; the player is not used again. */
	destroy(): void {
		this.pause();
		this.target = null;
	}

	private tick(now: number): void {
		if (!this.playing) return;
		if (this.target !== null) {
			this.last = now;
			this.raf = requestAnimationFrame((t) => this.tick(t));
			return;
		}
		this.carry += ((now - this.last) / 1000) * this.baseFps * this.speed;
		this.last = now;
		let due = Math.floor(this.carry);
		this.carry -= due;

		const started = performance.now();
		const end = this.loop ? this.loop.to : this.frames - 1;
		let frame = this.timeline.frame;
		while (due > 0 && frame < end && performance.now() - started < FRAME_BUDGET_MS) {
			this.timeline.seek(frame + 1);
			frame = this.timeline.frame;
			due--;
			if (this.timeline.observe().halted) break;
		}
		// Frames that did not fit the budget are dropped, not queued: falling behind must
		// never turn into a stall.
		if (due > 0) this.carry = 0;
		if (frame !== this.frame) this.seek(frame);

		if (this.obs.halted) return this.pause();
		if (frame >= end) {
			if (this.loop) this.seek(this.loop.from);
			else return this.pause();
		}
		this.raf = requestAnimationFrame((t) => this.tick(t));
	}
}
