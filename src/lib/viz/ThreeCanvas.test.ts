import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ThreeCanvas from './ThreeCanvas.svelte';

describe('ThreeCanvas', () => {
	it('renders the labelled canvas with its test id and the hint below it before any scene', () => {
		const { body } = render(ThreeCanvas, {
			props: {
				height: 320,
				fontSize: 24,
				ariaLabel: 'Loss surface',
				hint: 'Drag to rotate',
				unavailableText: 'No WebGL',
				lostText: 'Context lost',
				testid: 'x-3d'
			}
		});
		expect(body).toContain('aria-label="Loss surface"');
		expect(body).toContain('data-testid="x-3d"');
		expect(body).toContain('height: 320px');
		expect(body).toContain('font-size: 24px');
		expect(body).toContain('Drag to rotate');
		expect(body).not.toContain('No WebGL');
		expect(body).not.toContain('Context lost');
	});
});
