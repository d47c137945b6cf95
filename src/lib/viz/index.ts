/**
 * The shared drawing library: colour scales, number formats and the figure components.
 * Import components from their files (`$lib/viz/Heatmap.svelte`) or from here.
 * The three.js helper is not re-exported, so pages without 3D never load three:
 * import it from `$lib/viz/three-scene`.
 */
export * from './colors';
export * from './format';
export * from './field';
export * from './downsample';
export * from './marks';
export * from './types';
export { default as Heatmap } from './Heatmap.svelte';
export { default as HeatmapCanvas } from './HeatmapCanvas.svelte';
export { default as Legend } from './Legend.svelte';
export { default as CategoryLegend } from './CategoryLegend.svelte';
export { default as LineChart } from './LineChart.svelte';
export { default as ScatterPlot } from './ScatterPlot.svelte';
