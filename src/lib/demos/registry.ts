import { attention } from './attention';
import { descent } from './descent';
import { gan } from './gan';
import type { AnyDemo, DemoGroup } from './types';

/**
 * Every built demo, in the order of the course chapter. A demo that is not built has no entry,
 * so it has no card, no page and no embed.
 */
export const demos: AnyDemo[] = [attention, descent, gan];

export const groups: DemoGroup[] = ['language', 'image', 'multimodal', 'training', 'limits'];

export function findDemo(id: string): AnyDemo | undefined {
	return demos.find((d) => d.id === id);
}
