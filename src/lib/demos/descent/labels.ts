import { m } from '$lib/paraglide/messages.js';
import { categorical } from '$lib/viz/colors';
import type { OptId } from './sim/descent';
import type { SurfaceId } from './sim/surfaces';

/**
 * How each optimiser looks in every view: an Okabe-Ito colour (skipping orange, the accent,
 * and the blue and vermilion that mean real and generated data), a dash pattern and a marker,
 * so colour is never the only cue.
 */
export const OPT_STYLE: Record<
	OptId,
	{ color: string; dash: string; shape: 'circle' | 'square' | 'cross' }
> = {
	sgd: { color: categorical(1), dash: '', shape: 'circle' },
	momentum: { color: categorical(6), dash: '8 5', shape: 'square' },
	adam: { color: categorical(2), dash: '2 4', shape: 'cross' }
};

export function optLabel(id: OptId): string {
	if (id === 'momentum') return m.descent_opt_momentum();
	if (id === 'adam') return m.descent_opt_adam();
	return m.descent_opt_sgd();
}

export function surfaceName(id: SurfaceId): string {
	if (id === 'rosenbrock') return m.descent_surface_name_rosenbrock();
	if (id === 'twoMinima') return m.descent_surface_name_twoMinima();
	return m.descent_surface_name_bowl();
}
