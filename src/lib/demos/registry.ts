import { m } from '$lib/paraglide/messages.js';
import type { Msg } from '$lib/timeline/schema';
import type { AnyDemo, DemoGroup } from './types';

/**
 * What the gallery needs to know of a demo before loading it. The demo itself (its simulation,
 * views and, for attention, 600 KB of trained weights) loads only on its own page, or after the
 * gallery is up for its thumbnail.
 */
export interface DemoEntry {
	id: string;
	group: DemoGroup;
	title: Msg;
	promise: Msg;
	load: () => Promise<AnyDemo>;
}

/**
 * Every built demo, in the order of the course chapter. A demo that is not built has no entry,
 * so it has no card, no page and no embed.
 */
export const demos: DemoEntry[] = [
	{
		id: 'attention',
		group: 'language',
		title: m.attention_title,
		promise: m.attention_promise,
		load: () => import('./attention').then((d) => d.attention)
	},
	{
		id: 'gan',
		group: 'image',
		title: m.gan_title,
		promise: m.gan_promise,
		load: () => import('./gan').then((d) => d.gan)
	},
	{
		id: 'descent',
		group: 'training',
		title: m.descent_title,
		promise: m.descent_promise,
		load: () => import('./descent').then((d) => d.descent)
	}
];

export const groups: DemoGroup[] = ['language', 'image', 'multimodal', 'training', 'limits'];

export function findDemo(id: string): DemoEntry | undefined {
	return demos.find((d) => d.id === id);
}
