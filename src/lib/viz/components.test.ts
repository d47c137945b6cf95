import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Heatmap from './Heatmap.svelte';
import LineChart from './LineChart.svelte';
import Legend from './Legend.svelte';

const count = (html: string, s: string) => html.split(s).length - 1;

describe('Heatmap', () => {
	it('renders one focusable grid cell per entry, only the first in the tab order', () => {
		const { body } = render(Heatmap, {
			props: { values: [1, -2, 3, -4, 5, -6], rows: 2, cols: 3, ariaLabel: 'Q' }
		});
		expect(count(body, 'role="gridcell"')).toBe(6);
		expect(count(body, 'tabindex="0"')).toBe(1);
		expect(count(body, 'role="row"')).toBe(2);
	});

	it('writes signed values with the real minus sign on the diverging scale', () => {
		const { body } = render(Heatmap, {
			props: {
				values: [0.5, -0.25],
				rows: 1,
				cols: 2,
				scale: 'diverging',
				showValues: true,
				ariaLabel: 'x'
			}
		});
		expect(body).toContain('>+0.500<');
		expect(body).toContain('>\u22120.250<');
	});

	it('hatches masked cells and leaves their value out', () => {
		const { body } = render(Heatmap, {
			props: {
				values: [1, 2, 3, 4],
				rows: 2,
				cols: 2,
				showValues: true,
				masked: (r: number, c: number) => c > r,
				ariaLabel: 'A'
			}
		});
		expect(count(body, '-hatch)')).toBe(1);
		expect(body).not.toContain('>2.00<');
	});
});

describe('LineChart', () => {
	it('draws each series, breaks the line at NaN and labels each line end', () => {
		const { body } = render(LineChart, {
			props: {
				series: [
					{ id: 'a', label: 'alpha', color: '#0072B2', values: [1, 2, NaN, 4] },
					{ id: 'b', label: 'beta', color: '#D55E00', values: [3, 2, 1, 0], dash: '6 4' }
				],
				current: 1
			}
		});
		expect(count(body, 'class="end-label')).toBe(2);
		expect(body).toMatch(/d="M[^"M]*M[^"M]*"/);
		expect(body).toContain('stroke-dasharray="6 4"');
		expect(body).toContain('class="current');
	});
});

describe('Legend', () => {
	it('signs the positive ticks of a diverging scale', () => {
		const { body } = render(Legend, {
			props: { scale: 'diverging', domain: [-2, 2], ticks: [-2, 0, 2] }
		});
		expect(body).toContain('>+2<');
		expect(body).toContain('>\u22122<');
		expect(body).toContain('>0<');
	});
});
