import { expect, test } from '@playwright/test';
import { galleryDemos } from './helpers';

const SOURCE = 'genai-playground';

test('an embed answers getState with metrics and obeys play, seek, step and set', async ({
	page,
	baseURL
}) => {
	const ids = await galleryDemos(page);
	for (const id of ids) {
		await page.setContent(
			`<iframe id="f" src="${baseURL}/embed/${id}/?lang=en" width="1200" height="800"></iframe>`
		);
		await page.evaluate(() => {
			const w = window as unknown as { states: unknown[] };
			w.states = [];
			window.addEventListener('message', (e) => w.states.push(e.data));
		});
		const frame = page.frameLocator('#f');
		await expect(frame.locator('.demo[data-ready="1"]')).toBeVisible();

		const send = (msg: object) =>
			page.evaluate(
				(m) =>
					(document.getElementById('f') as HTMLIFrameElement).contentWindow!.postMessage(m, '*'),
				msg
			);
		const lastState = () =>
			page.evaluate(() => {
				const s = (window as unknown as { states: Record<string, unknown>[] }).states.filter(
					(m) => m && m.type === 'state'
				);
				return s[s.length - 1];
			});

		await send({ source: SOURCE, type: 'getState' });
		await expect
			.poll(lastState)
			.toMatchObject({ source: SOURCE, type: 'state', demo: id, frame: 0 });
		const first = (await lastState()) as { metrics: Record<string, number>; frames: number };
		expect(Object.keys(first.metrics).length).toBeGreaterThan(0);
		for (const v of Object.values(first.metrics)) expect(Number.isFinite(v)).toBe(true);

		await send({ source: SOURCE, type: 'seek', frame: 2 });
		await expect.poll(async () => ((await lastState()) as { frame: number }).frame).toBe(2);
		await send({ source: SOURCE, type: 'step', delta: 1 });
		await expect.poll(async () => ((await lastState()) as { frame: number }).frame).toBe(3);

		// Messages of the wrong shape change nothing.
		await send({ source: SOURCE, type: 'seek', frame: 'x' });
		await send({ source: 'someone-else', type: 'seek', frame: 0 });
		await send({ type: 'play' });
		await page.waitForTimeout(300);
		await send({ source: SOURCE, type: 'getState' });
		await expect.poll(async () => ((await lastState()) as { frame: number }).frame).toBe(3);

		await send({ source: SOURCE, type: 'play' });
		await expect.poll(async () => ((await lastState()) as { playing: boolean }).playing).toBe(true);
		await send({ source: SOURCE, type: 'pause' });
		await expect
			.poll(async () => ((await lastState()) as { playing: boolean }).playing)
			.toBe(false);
	}
});

test('an embed with controls=0 shows the figure alone', async ({ page }) => {
	const ids = await galleryDemos(page);
	await page.goto(`/embed/${ids[0]}/?lang=en&controls=0`);
	await expect(page.locator('.demo[data-ready="1"]')).toBeVisible();
	await expect(page.getByTestId('scrubber')).toHaveCount(0);
	await expect(page.locator('.site-header')).toHaveCount(0);
});
