import { cos, sin } from '$lib/core/math';

/**
 * The loss surfaces L(x, y) the optimisers descend. Each gives its value and its analytic
 * gradient; both are plain formulas in two variables, so the numbers on screen are exactly
 * these.
 */

export type SurfaceId = 'bowl' | 'rosenbrock' | 'twoMinima';

export const SURFACE_IDS: readonly SurfaceId[] = ['bowl', 'rosenbrock', 'twoMinima'];

/** A point θ = (x, y). */
export type Point = [number, number];

/** What shapes a surface: only the bowl uses them. */
export interface SurfaceOptions {
	/** Condition number κ = λ_max / λ_min of the bowl's Hessian, ≥ 1. */
	condition: number;
	/** Angle of the bowl's shallow axis from the x axis, in degrees. */
	angle: number;
}

export interface Surface {
	id: SurfaceId;
	/** The window drawn by the views. */
	domain: { x: Point; y: Point };
	/** A path whose |x| or |y| exceeds this has left for good: it counts as diverged. */
	bound: number;
	/** The local minima, global first. */
	minima: Point[];
	/** The saddle points, if any. */
	saddles: Point[];
	/** Eigenvalues of the Hessian, ascending, where it is the same everywhere (the bowl). */
	curvature?: Point;
	/** L(x, y). */
	value(x: number, y: number): number;
	/** ∇L(x, y) = (∂L/∂x, ∂L/∂y), written into `out` and returned. */
	grad(x: number, y: number, out: Float64Array): Float64Array;
}

/**
 * The quadratic bowl L = ½ (u² + κ v²) in coordinates (u, v) rotated by φ from (x, y):
 * u = x cos φ + y sin φ, v = −x sin φ + y cos φ. Its Hessian has eigenvalues 1 and κ, so plain
 * gradient descent is stable for η < 2 / κ. Minimum L = 0 at the origin.
 */
export function bowl(condition: number, angleDeg: number): Surface {
	const k = Math.max(1, condition);
	const phi = (angleDeg * Math.PI) / 180;
	const c = cos(phi);
	const s = sin(phi);
	return {
		id: 'bowl',
		domain: { x: [-2.5, 2.5], y: [-2.5, 2.5] },
		bound: 25,
		minima: [[0, 0]],
		saddles: [],
		curvature: [1, k],
		value(x, y) {
			const u = c * x + s * y;
			const v = -s * x + c * y;
			return 0.5 * (u * u + k * v * v);
		},
		grad(x, y, out) {
			// ∇L = Rᵀ (u, κ v): the rotated gradient rotated back.
			const u = c * x + s * y;
			const v = -s * x + c * y;
			out[0] = c * u - s * k * v;
			out[1] = s * u + c * k * v;
			return out;
		}
	};
}

/**
 * Rosenbrock's valley L = (a − x)² + b (y − x²)² with the usual a = 1, b = 100
 * (Rosenbrock 1960, https://doi.org/10.1093/comjnl/3.3.175): a curved, flat-bottomed valley
 * whose minimum L = 0 sits at (1, 1). ∂L/∂x = −2(a − x) − 4b x (y − x²), ∂L/∂y = 2b (y − x²).
 */
export function rosenbrock(): Surface {
	const a = 1;
	const b = 100;
	return {
		id: 'rosenbrock',
		domain: { x: [-2, 2], y: [-1, 3] },
		bound: 20,
		minima: [[1, 1]],
		saddles: [],
		value(x, y) {
			const r = y - x * x;
			return (a - x) * (a - x) + b * r * r;
		},
		grad(x, y, out) {
			const r = y - x * x;
			out[0] = -2 * (a - x) - 4 * b * x * r;
			out[1] = 2 * b * r;
			return out;
		}
	};
}

/** Tilt of the double well: it makes the left minimum the global one. */
const TILT = 0.3;

/** A root of ∂/∂x[(x² − 1)² + c x] = 4x³ − 4x + c by Newton's method from x0. */
function wellRoot(x0: number): number {
	let x = x0;
	for (let i = 0; i < 50; i++) x -= (4 * x * x * x - 4 * x + TILT) / (12 * x * x - 4);
	return x;
}

const wellLeft = wellRoot(-1);
const wellSaddle = wellRoot(0);
const wellRight = wellRoot(1);
const wellRaw = (x: number) => (x * x - 1) * (x * x - 1) + TILT * x;
const wellFloor = wellRaw(wellLeft);

/**
 * A tilted double well L = (x² − 1)² + c x + y² − L* with c = 0.3: two minima on the x axis
 * near x = −1.04 (global, L = 0) and x = 0.96 (local, L ≈ 0.60) and a saddle between them near
 * x = 0.075 (L ≈ 1.32). L* (the global minimum of the first three terms) shifts the floor to 0.
 * ∂L/∂x = 4x (x² − 1) + c, ∂L/∂y = 2y.
 */
export function twoMinima(): Surface {
	return {
		id: 'twoMinima',
		domain: { x: [-2.25, 2.25], y: [-2, 2.5] },
		bound: 25,
		minima: [
			[wellLeft, 0],
			[wellRight, 0]
		],
		saddles: [[wellSaddle, 0]],
		value(x, y) {
			return wellRaw(x) + y * y - wellFloor;
		},
		grad(x, y, out) {
			out[0] = 4 * x * (x * x - 1) + TILT;
			out[1] = 2 * y;
			return out;
		}
	};
}

/** The surface named `id`, with the bowl's shape from `opts`. */
export function makeSurface(id: SurfaceId, opts: SurfaceOptions): Surface {
	if (id === 'rosenbrock') return rosenbrock();
	if (id === 'twoMinima') return twoMinima();
	return bowl(opts.condition, opts.angle);
}
