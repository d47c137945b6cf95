import { m } from '$lib/paraglide/messages.js';
import type { BooleanParam, ChoiceParam, CustomParam, NumberParam } from '$lib/timeline/schema';
import { defineSchema } from '$lib/timeline/schema';
import type { OptId } from './sim/descent';
import { decodePoint, encodePoint, pointEquals } from './sim/point-codec';
import type { Point, SurfaceId } from './sim/surfaces';

// Each parameter is declared with its spec type so that ParamsOf gives `number` and `boolean`,
// not the literal type of the default.

const surface: ChoiceParam<SurfaceId> = {
	kind: 'choice',
	label: m.descent_surface,
	default: 'bowl',
	choices: [
		{ value: 'bowl', label: m.descent_surface_bowl },
		{ value: 'rosenbrock', label: m.descent_surface_rosenbrock },
		{ value: 'twoMinima', label: m.descent_surface_twoMinima }
	]
};

const condition: NumberParam = {
	kind: 'number',
	label: m.descent_condition,
	hint: m.descent_condition_hint,
	default: 10,
	min: 1,
	max: 100,
	step: 0.5,
	log: true
};

const angle: NumberParam = {
	kind: 'number',
	label: m.descent_angle,
	hint: m.descent_angle_hint,
	default: 30,
	min: 0,
	max: 90,
	step: 5,
	integer: true
};

const lr: NumberParam = {
	kind: 'number',
	label: m.descent_lr,
	hint: m.descent_lr_hint,
	default: 0.05,
	min: 1e-4,
	max: 1,
	step: 1e-4,
	log: true
};

const adamLr: NumberParam = {
	kind: 'number',
	label: m.descent_adamLr,
	hint: m.descent_adamLr_hint,
	default: 0.1,
	min: 1e-3,
	max: 1,
	step: 1e-3,
	log: true
};

const momentum: NumberParam = {
	kind: 'number',
	label: m.descent_momentum,
	hint: m.descent_momentum_hint,
	default: 0.9,
	min: 0,
	max: 0.99,
	step: 0.01
};

const beta1: NumberParam = {
	kind: 'number',
	label: m.descent_beta1,
	default: 0.9,
	min: 0,
	max: 0.999,
	step: 0.001,
	advanced: true
};

const beta2: NumberParam = {
	kind: 'number',
	label: m.descent_beta2,
	default: 0.999,
	min: 0.9,
	max: 0.9999,
	step: 0.0001,
	advanced: true
};

const steps: NumberParam = {
	kind: 'number',
	label: m.descent_steps,
	default: 60,
	min: 1,
	max: 500,
	step: 1,
	integer: true
};

const show = (label: () => string): BooleanParam => ({ kind: 'boolean', label, default: true });

const focus: ChoiceParam<OptId> = {
	kind: 'choice',
	label: m.descent_focus,
	hint: m.descent_focus_hint,
	default: 'sgd',
	choices: [
		{ value: 'sgd', label: m.descent_opt_sgd },
		{ value: 'momentum', label: m.descent_opt_momentum },
		{ value: 'adam', label: m.descent_opt_adam }
	]
};

const start: CustomParam<Point> = {
	kind: 'custom',
	label: m.descent_start,
	hint: m.descent_start_hint,
	default: [-1.5, 2],
	encode: encodePoint,
	decode: decodePoint,
	equals: pointEquals,
	hidden: true
};

export const descentSchema = defineSchema({
	surface,
	condition,
	angle,
	lr,
	adamLr,
	momentum,
	beta1,
	beta2,
	steps,
	showSgd: show(m.descent_show_sgd),
	showMomentum: show(m.descent_show_momentum),
	showAdam: show(m.descent_show_adam),
	focus,
	start
});

export type DescentSchema = typeof descentSchema;
