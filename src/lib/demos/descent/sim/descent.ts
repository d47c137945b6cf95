import { adamUpdate, norm, powInt, sgdUpdate } from '$lib/core';
import type { Observation, Simulation } from '$lib/timeline/types';
import { makeSurface, type Point, type Surface, type SurfaceId } from './surfaces';

/**
 * Gradient descent on a 2D loss surface: SGD, SGD with momentum and Adam start from the same
 * point and take one update each per frame, with the core's raw `sgdUpdate` and `adamUpdate`
 * on θ ∈ ℝ². Frame 0 is the start; frame t shows θ_t after t updates.
 *
 * A path diverges when an update would take θ to a non-finite value, beyond the surface's
 * bound, or to a loss above `lossLimit` (ten times the highest loss on the drawn map). That
 * update is rejected: the path stops at its last good point, so no NaN ever reaches a view.
 *
 * Limitations: the gradient is exact (no minibatch noise), so "SGD" here is full-batch
 * gradient descent, the deterministic core of the stochastic method.
 */

export type OptId = 'sgd' | 'momentum' | 'adam';

export const OPT_IDS: readonly OptId[] = ['sgd', 'momentum', 'adam'];

/** Adam's ε, the paper's default (Kingma & Ba 2015). */
export const ADAM_EPS = 1e-8;

export interface DescentParams {
	surface: SurfaceId;
	condition: number;
	angle: number;
	/** η of SGD and of momentum. */
	lr: number;
	/** η of Adam: roughly the distance each coordinate moves per step. */
	adamLr: number;
	/** μ of momentum. */
	momentum: number;
	beta1: number;
	beta2: number;
	steps: number;
	showSgd: boolean;
	showMomentum: boolean;
	showAdam: boolean;
	focus: OptId;
	start: Point;
}

/** One update as it happened, for the explanation. Vectors are (x, y). */
export interface UpdateRecord {
	/** The frame this update produced (or would have produced, if rejected). */
	step: number;
	from: Point;
	grad: Point;
	/** Where θ went; for a rejected update, where it would have gone (may be non-finite). */
	to: Point;
	lossFrom: number;
	lossTo: number;
	/** Momentum: the previous velocity v_{t−1} and the new one v_t. */
	prevVelocity?: Point;
	velocity?: Point;
	/** Adam: the bias-corrected moments and the per-coordinate factor η / (√v̂ + ε). */
	mHat?: Point;
	vHat?: Point;
	rate?: Point;
	rejected: boolean;
}

interface Walker {
	id: OptId;
	theta: Float64Array;
	/** ∇L at theta: what the next update uses and the arrow the views draw. */
	grad: Float64Array;
	loss: number;
	/** Velocity for SGD and momentum; Adam's second moment. */
	v: Float64Array;
	/** Adam's first moment. */
	m: Float64Array;
	/** Updates applied so far (Adam's t). */
	t: number;
	path: number[];
	losses: number[];
	divergedAt: number | null;
	last: UpdateRecord | null;
}

export interface DescentState {
	params: DescentParams;
	frame: number;
	lossLimit: number;
	walkers: Walker[];
}

/** What the views draw for one optimiser at the current frame. */
export interface PathObs {
	id: OptId;
	/** θ_0 .. θ_current, flat (x0, y0, x1, y1, ...); all finite. */
	path: Float64Array;
	/** L(θ_0) .. L(θ_current). */
	losses: Float64Array;
	theta: Point;
	grad: Point;
	loss: number;
	gradNorm: number;
	/** The frame whose update was rejected, or null while the path is healthy. */
	divergedAt: number | null;
	diverged: boolean;
	/** The latest update tried, which may be older than this frame if the path stopped. */
	last: UpdateRecord | null;
}

export interface DescentObs extends Observation {
	surface: SurfaceId;
	lossLimit: number;
	paths: PathObs[];
}

/** The optimisers the parameters switch on, in their fixed order. */
export function shownOptimisers(p: DescentParams): OptId[] {
	const on: Record<OptId, boolean> = {
		sgd: p.showSgd,
		momentum: p.showMomentum,
		adam: p.showAdam
	};
	return OPT_IDS.filter((id) => on[id]);
}

/** The surface the parameters describe. */
export function surfaceOf(p: DescentParams): Surface {
	return makeSurface(p.surface, { condition: p.condition, angle: p.angle });
}

/** Ten times the largest of L(start) and L over a 33×33 grid of the drawn window. */
function lossLimitOf(s: Surface, start: Point): number {
	let top = s.value(start[0], start[1]);
	const n = 33;
	for (let i = 0; i < n; i++) {
		for (let j = 0; j < n; j++) {
			const x = s.domain.x[0] + ((s.domain.x[1] - s.domain.x[0]) * i) / (n - 1);
			const y = s.domain.y[0] + ((s.domain.y[1] - s.domain.y[0]) * j) / (n - 1);
			top = Math.max(top, s.value(x, y));
		}
	}
	return 10 * top;
}

function walker(id: OptId, s: Surface, start: Point): Walker {
	const theta = Float64Array.from(start);
	const loss = s.value(start[0], start[1]);
	return {
		id,
		theta,
		grad: s.grad(start[0], start[1], new Float64Array(2)),
		loss,
		v: new Float64Array(2),
		m: new Float64Array(2),
		t: 0,
		path: [start[0], start[1]],
		losses: [loss],
		divergedAt: null,
		last: null
	};
}

const pt = (a: ArrayLike<number>): Point => [a[0], a[1]];

/** Whether θ with loss L has left: non-finite, beyond the bound, or above the loss limit. */
export function hasDiverged(theta: ArrayLike<number>, loss: number, s: Surface, limit: number) {
	const [x, y] = [theta[0], theta[1]];
	if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(loss)) return true;
	return Math.max(Math.abs(x), Math.abs(y)) > s.bound || loss > limit;
}

/** Tries one update of `w` on copies; commits it unless it diverges. */
function advance(w: Walker, s: Surface, p: DescentParams, frame: number, limit: number): void {
	const theta = Float64Array.from(w.theta);
	const v = Float64Array.from(w.v);
	const m = Float64Array.from(w.m);
	const t = w.t + 1;
	const rec: UpdateRecord = {
		step: frame,
		from: pt(w.theta),
		grad: pt(w.grad),
		to: [0, 0],
		lossFrom: w.loss,
		lossTo: 0,
		rejected: false
	};

	if (w.id === 'adam') {
		adamUpdate(theta, w.grad, m, v, t, p.adamLr, p.beta1, p.beta2, ADAM_EPS);
		const c1 = 1 - powInt(p.beta1, t);
		const c2 = 1 - powInt(p.beta2, t);
		rec.mHat = [m[0] / c1, m[1] / c1];
		rec.vHat = [v[0] / c2, v[1] / c2];
		rec.rate = [
			p.adamLr / (Math.sqrt(rec.vHat[0]) + ADAM_EPS),
			p.adamLr / (Math.sqrt(rec.vHat[1]) + ADAM_EPS)
		];
	} else {
		if (w.id === 'momentum') rec.prevVelocity = pt(v);
		sgdUpdate(theta, w.grad, v, p.lr, w.id === 'momentum' ? p.momentum : 0);
		if (w.id === 'momentum') rec.velocity = pt(v);
	}

	const loss = s.value(theta[0], theta[1]);
	rec.to = pt(theta);
	rec.lossTo = loss;
	w.last = rec;
	if (hasDiverged(theta, loss, s, limit)) {
		rec.rejected = true;
		w.divergedAt = frame;
		return;
	}

	w.theta = theta;
	w.v = v;
	w.m = m;
	w.t = t;
	w.loss = loss;
	s.grad(theta[0], theta[1], w.grad);
	w.path.push(theta[0], theta[1]);
	w.losses.push(loss);
}

function observePath(w: Walker): PathObs {
	return {
		id: w.id,
		path: Float64Array.from(w.path),
		losses: Float64Array.from(w.losses),
		theta: pt(w.theta),
		grad: pt(w.grad),
		loss: w.loss,
		gradNorm: norm(w.grad),
		divergedAt: w.divergedAt,
		diverged: w.divergedAt !== null,
		last: w.last
	};
}

function metricsOf(st: DescentState): Record<string, number> {
	const out: Record<string, number> = {};
	for (const w of st.walkers) {
		out[`loss_${w.id}`] = w.loss;
		out[`gradNorm_${w.id}`] = norm(w.grad);
	}
	return out;
}

export const descentSim: Simulation<DescentParams, DescentState, DescentObs> = {
	init(params) {
		const s = surfaceOf(params);
		return {
			params,
			frame: 0,
			lossLimit: lossLimitOf(s, params.start),
			walkers: shownOptimisers(params).map((id) => walker(id, s, params.start))
		};
	},

	step(st) {
		const s = surfaceOf(st.params);
		st.frame++;
		for (const w of st.walkers) {
			if (w.divergedAt === null) advance(w, s, st.params, st.frame, st.lossLimit);
		}
		return st;
	},

	clone(st) {
		return {
			params: st.params,
			frame: st.frame,
			lossLimit: st.lossLimit,
			walkers: st.walkers.map((w) => ({
				...w,
				theta: Float64Array.from(w.theta),
				grad: Float64Array.from(w.grad),
				v: Float64Array.from(w.v),
				m: Float64Array.from(w.m),
				path: w.path.slice(),
				losses: w.losses.slice()
			}))
		};
	},

	observe(st) {
		const paths = st.walkers.map(observePath);
		const allGone = paths.length > 0 && paths.every((p) => p.diverged);
		return {
			frame: st.frame,
			phase: st.frame === 0 ? 'start' : 'update',
			metrics: metricsOf(st),
			surface: st.params.surface,
			lossLimit: st.lossLimit,
			paths,
			...(allGone ? { halted: { reason: 'diverged' } } : {})
		};
	},

	metrics: metricsOf,

	frames(params) {
		return Math.max(0, Math.floor(params.steps)) + 1;
	}
};
