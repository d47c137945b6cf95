import type { Component } from 'svelte';
import type { Player } from '$lib/timeline/player.svelte';
import type { Msg, ParamsOf, Schema } from '$lib/timeline/schema';
import type { Observation, Simulation } from '$lib/timeline/types';

/** Where a demo sits in the gallery, in the order of the course chapter. */
export type DemoGroup = 'language' | 'image' | 'multimodal' | 'training' | 'limits';

/** The explanation of one frame: two or three sentences and, optionally, its formula. */
export interface Explanation {
	/** Plain text in the current language; paragraphs separated by blank lines. */
	text: string;
	/** TeX for KaTeX, with the live numbers filled in. */
	formula?: string;
}

/** What the demo shell hands every view. */
export interface ViewProps<P = Record<string, unknown>, O extends Observation = Observation> {
	obs: O;
	params: P;
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	player: Player<P, any, O>;
	/** Changes some parameters (a drag in a view, a preset button); restarts the run. */
	setParams(patch: Partial<P>): void;
	/** Changes the seed (a preset that ships its seed); restarts the run. */
	setSeed(seed: number): void;
	present: boolean;
	embed: boolean;
}

/** One demo as the gallery, its page and its embed see it. */
export interface DemoDef<
	S extends Schema = Schema,
	St = unknown,
	O extends Observation = Observation
> {
	id: string;
	group: DemoGroup;
	title: Msg;
	/** The card's one-line promise. */
	promise: Msg;
	schema: S;
	sim: Simulation<ParamsOf<S>, St, O>;
	/** Frames per second at speed 1×. */
	baseFps: number;
	/** The player bar's label for a phase key. */
	phaseLabel(obs: O): string;
	explain(obs: O, params: ParamsOf<S>): Explanation;
	/** The main figure and its companion views. */
	View: Component<ViewProps<ParamsOf<S>, O>>;
	/** The gallery card's picture, drawn from the demo itself. */
	Thumbnail: Component;
	/** What to tell the reader when `obs.halted` is set: what happened and what to change. */
	haltMessage?(obs: O): string;
	/** The text alternative of the figure: the current frame's finding in a sentence. */
	describe(obs: O, params: ParamsOf<S>): string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDemo = DemoDef<any, any, any>;
