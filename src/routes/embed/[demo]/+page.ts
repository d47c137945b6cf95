import { error } from '@sveltejs/kit';
import { demos, findDemo } from '$lib/demos/registry';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => demos.map((d) => ({ demo: d.id }));

export const load: PageLoad = async ({ params }) => {
	const entry = findDemo(params.demo);
	if (!entry) error(404, 'No such demo');
	return { demo: await entry.load() };
};
