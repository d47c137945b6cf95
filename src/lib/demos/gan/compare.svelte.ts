import { Timeline } from '$lib/timeline/timeline';
import type { GanObservation } from './sim/observe';
import type { GanParams } from './sim/params';
import { ganSim } from './sim/simulation';
import type { GanState } from './sim/train';

/** Longest one animation frame may spend catching up, so the page never stalls. */
const BUDGET_MS = 8;

/**
 * A second run that follows the main player's frame: it steps towards the target a few
 * milliseconds per animation frame (a jump to the end catches up over several frames instead
 * of freezing the page), and seeks back through its own checkpoints.
 */
export class CompareRun {
	obs: GanObservation = $state.raw() as GanObservation;
	frame = $state(0);
	/** Bumped on every new observation, for views that redraw on it. */
	version = $state(0);
	readonly timeline: Timeline<GanParams, GanState, GanObservation>;
	private target = 0;
	private raf = 0;

	constructor(params: GanParams, seed: number) {
		this.timeline = new Timeline(ganSim, params, seed);
		this.obs = this.timeline.observe();
	}

	get catchingUp(): boolean {
		return this.frame !== this.target;
	}

	/** Moves towards `frame` (clamped to this run). */
	follow(frame: number): void {
		this.target = Math.max(0, Math.min(this.timeline.frames - 1, frame));
		if (!this.raf && typeof requestAnimationFrame !== 'undefined') {
			this.raf = requestAnimationFrame(() => this.tick());
		}
	}

	destroy(): void {
		if (this.raf && typeof cancelAnimationFrame !== 'undefined') cancelAnimationFrame(this.raf);
		this.raf = 0;
	}

	private tick(): void {
		this.raf = 0;
		const tl = this.timeline;
		const started = performance.now();
		if (this.target < tl.frame) tl.seek(this.target);
		while (tl.frame < this.target && performance.now() - started < BUDGET_MS) {
			tl.seek(tl.frame + 1);
			if (tl.observe().halted) break;
		}
		this.obs = tl.observe();
		this.frame = tl.frame;
		this.version++;
		if (tl.frame !== this.target && !this.obs.halted) {
			this.raf = requestAnimationFrame(() => this.tick());
		}
	}
}
