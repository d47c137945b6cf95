import { contours, type ContourMultiPolygon } from 'd3';
import { logLoss, lossFloor, surfaceGrid } from './sim/grid';
import type { PathObs } from './sim/descent';
import type { Surface } from './sim/surfaces';

/** A linear map from data to pixels, as d3 scales give. */
type Scale = (v: number) => number;

/**
 * Filled contour bands of log₁₀ L over an n × n grid of the surface's window (d3-contour), with
 * `levels` equal steps between the lowest and highest value, and that range for the legend.
 */
export function contourBands(
	surface: Surface,
	n: number,
	levels: number
): { bands: ContourMultiPolygon[]; lo: number; hi: number } {
	const raw = surfaceGrid(surface, n, n);
	const floor = lossFloor(raw);
	const z = raw.map((v) => logLoss(v, floor));
	let lo = Infinity;
	let hi = -Infinity;
	for (const v of z) {
		lo = Math.min(lo, v);
		hi = Math.max(hi, v);
	}
	const thresholds = Array.from({ length: levels }, (_, k) => lo + ((hi - lo) * k) / levels);
	return { bands: contours().size([n, n]).thresholds(thresholds)(Array.from(z)), lo, hi };
}

/** The SVG path of an optimiser's θ₀ … θₜ in pixels. */
export function pathData(p: PathObs, sx: Scale, sy: Scale): string {
	let d = '';
	for (let i = 0; i < p.path.length; i += 2) {
		d += `${i === 0 ? 'M' : 'L'}${sx(p.path[i]).toFixed(1)},${sy(p.path[i + 1]).toFixed(1)}`;
	}
	return d;
}

/**
 * The arrow of −∇L at the current point, `length` px long whatever |∇L| (it shows direction;
 * the size is in the readouts), or null where the gradient vanishes.
 */
export function gradientArrow(
	p: PathObs,
	sx: Scale,
	sy: Scale,
	length: number
): { x1: number; y1: number; x2: number; y2: number } | null {
	// In screen space y grows downwards, hence the sign flip on y.
	const dx = -p.grad[0];
	const dy = p.grad[1];
	const len = Math.sqrt(dx * dx + dy * dy);
	if (!(len > 1e-12) || !Number.isFinite(len)) return null;
	const x1 = sx(p.theta[0]);
	const y1 = sy(p.theta[1]);
	return { x1, y1, x2: x1 + (length * dx) / len, y2: y1 + (length * dy) / len };
}
