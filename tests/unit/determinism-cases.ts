import { descentSchema } from '$lib/demos/descent/schema';
import { descentSim } from '$lib/demos/descent/sim/descent';
import { ganSchema } from '$lib/demos/gan/schema';
import { ganSim } from '$lib/demos/gan/sim/simulation';
import type { Schema } from '$lib/timeline/schema';
import type { Simulation } from '$lib/timeline/types';

/**
 * Links whose frames Node and Chromium must compute bit for bit alike. The unit test checks
 * Node against tests/fixtures/determinism.json; the browser test checks Chromium against it.
 */
export interface DeterminismCase {
	demo: string;
	query: string;
	schema: Schema;
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	sim: Simulation<any, any, any>;
}

export const cases: DeterminismCase[] = [
	{ demo: 'descent', query: 'surface=rosenbrock&t=60', schema: descentSchema, sim: descentSim },
	{
		demo: 'descent',
		query: 'surface=twoMinima&t=45&seed=3',
		schema: descentSchema,
		sim: descentSim
	},
	{ demo: 'descent', query: 'lr=0.21&t=30', schema: descentSchema, sim: descentSim },
	{ demo: 'gan', query: 't=120', schema: ganSchema, sim: ganSim },
	{ demo: 'gan', query: 'preset=wgan&t=60&seed=4', schema: ganSchema, sim: ganSim }
];
