import type { DescentParams } from './sim/descent';

/**
 * The preset buttons: each sets the parameters for one lesson. The numbers are chosen from
 * the math, not tuned by eye: see each comment.
 */
export const PRESETS: { id: 'diverge' | 'overshoot' | 'adam'; patch: Partial<DescentParams> }[] = [
	{
		// κ = 10, so SGD is stable only while η·λ_max = 10 η < 2; η = 0.21 gives 2.1 and a
		// zigzag that grows by |1 − 2.1| = 1.1 each update along the steep axis.
		id: 'diverge',
		patch: {
			surface: 'bowl',
			condition: 10,
			angle: 30,
			lr: 0.21,
			steps: 60,
			start: [-1.5, 2],
			showSgd: true,
			focus: 'sgd'
		}
	},
	{
		// On a nearly round bowl SGD heads straight in; with μ = 0.9 momentum keeps 90% of
		// its speed and sails past the minimum, spiralling in.
		id: 'overshoot',
		patch: {
			surface: 'bowl',
			condition: 2,
			angle: 30,
			lr: 0.05,
			momentum: 0.9,
			steps: 80,
			start: [-2, 2],
			showMomentum: true,
			focus: 'momentum'
		}
	},
	{
		// Axis-aligned κ = 50: SGD must keep η < 2/50 and crawls along x; Adam rescales
		// each coordinate by 1/√v̂, so both coordinates move about η per update.
		id: 'adam',
		patch: {
			surface: 'bowl',
			condition: 50,
			angle: 0,
			lr: 0.035,
			adamLr: 0.1,
			steps: 60,
			start: [-2, 1.5],
			showAdam: true,
			focus: 'adam'
		}
	}
];
