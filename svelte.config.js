import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// BASE_PATH lets a lecturer host the built site under a sub-path of a course website,
// for example BASE_PATH=/genai npm run build.
const base = process.env.BASE_PATH ?? '';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		paths: { base, relative: true },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
