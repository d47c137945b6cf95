import fs from 'node:fs';
import { expect, test } from '@playwright/test';

// The same links Node computed in tests/unit/determinism.test.ts: Chromium must give the very
// same numbers, to the last bit (JSON keeps every double exactly).
const fixture = JSON.parse(
	fs.readFileSync(new URL('../fixtures/determinism.json', import.meta.url), 'utf8')
) as Record<string, { frame: number; metrics: Record<string, number> }>;

test('Chromium computes the same frames as Node, bit for bit', async ({ page, baseURL }) => {
	for (const [key, expected] of Object.entries(fixture)) {
		const [demo, query] = key.split('?');
		await page.setContent(`<iframe id="f" src="${baseURL}/embed/${demo}/?${query}"></iframe>`);
		await expect(page.frameLocator('#f').locator('.demo[data-ready="1"]')).toBeVisible();
		const state = await page.evaluate(
			() =>
				new Promise<{ frame: number; metrics: Record<string, number> }>((resolve) => {
					window.addEventListener('message', (e) => {
						if (e.data?.type === 'state') resolve(e.data);
					});
					const f = document.getElementById('f') as HTMLIFrameElement;
					f.contentWindow!.postMessage({ source: 'genai-playground', type: 'getState' }, '*');
				})
		);
		expect(state.frame, key).toBe(expected.frame);
		expect(state.metrics, key).toEqual(expected.metrics);
	}
});
