import { expect, test } from '@playwright/test';
import { frame, openDemo, ready, settledQuery, watchErrors } from './helpers';

const PRESETS = ['healthy', 'collapse', 'fix', 'wgan'];

for (const lang of ['zh', 'en']) {
	test(`each GAN preset runs, scrubs back and forth, and its link reopens the same samples (${lang})`, async ({
		page,
		context
	}) => {
		const errors = watchErrors(page);
		await openDemo(page, 'gan', `lang=${lang}`);
		const readout = page.getByTestId('gan-readout');
		for (const preset of PRESETS) {
			await page.getByTestId(`gan-preset-${preset}`).click();
			await expect(page.getByTestId(`gan-preset-${preset}`)).toHaveAttribute(
				'aria-pressed',
				'true'
			);

			// Forward 120 iterations, then back 70: scrubbing back is exact.
			const scrubber = page.getByTestId('scrubber');
			await scrubber.focus();
			await page.keyboard.press('Home');
			for (let i = 0; i < 12; i++) await page.keyboard.press('Shift+ArrowRight');
			await ready(page);
			expect(await frame(page)).toBe(120);
			const at50 = await (async () => {
				for (let i = 0; i < 7; i++) await page.keyboard.press('Shift+ArrowRight');
				await ready(page);
				for (let i = 0; i < 14; i++) await page.keyboard.press('Shift+ArrowLeft');
				await ready(page);
				return readout.getAttribute('data-samples');
			})();
			expect(await frame(page)).toBe(50);
			for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowRight');
			await ready(page);
			for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowLeft');
			await ready(page);
			expect(await readout.getAttribute('data-samples')).toBe(at50);

			const query = await settledQuery(page);
			expect(query.get('t')).toBe('50');
			const again = await context.newPage();
			await again.goto(page.url());
			await ready(again);
			expect(await frame(again)).toBe(50);
			expect(await again.getByTestId('gan-readout').getAttribute('data-samples')).toBe(at50);
			expect(await again.getByTestId('gan-readout').innerText()).toBe(await readout.innerText());
			await again.close();
		}
		expect(errors).toEqual([]);
	});
}

test('the collapse and the fix look different at the end of their runs', async ({ page }) => {
	await openDemo(page, 'gan', 'lang=en');
	const covered: Record<string, number> = {};
	for (const preset of ['collapse', 'fix']) {
		await page.getByTestId(`gan-preset-${preset}`).click();
		await page.getByTestId('scrubber').focus();
		await page.keyboard.press('End');
		await ready(page);
		const text = await page.getByTestId('gan-readout').innerText();
		covered[preset] = Number(/(\d+)\s*\/\s*8/.exec(text)?.[1]);
	}
	expect(covered.collapse).toBeLessThanOrEqual(3);
	expect(covered.fix).toBeGreaterThanOrEqual(7);
});
