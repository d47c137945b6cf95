import { error } from '@sveltejs/kit';
import { demos, findDemo } from '$lib/demos/registry';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => demos.map((d) => ({ demo: d.id }));

export const load: PageLoad = ({ params }) => {
	if (!findDemo(params.demo)) error(404, 'No such demo');
	return { id: params.demo };
};
