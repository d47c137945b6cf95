/**
 * Statistics of samples, gathered in one import: summaries and histograms (summary), Gaussian
 * kernel density estimates (kde) and the maximum mean discrepancy (mmd).
 */
export { mean, variance, std, quantile, median, histogram } from './summary';
export { kde, kde2d, silvermanBandwidth } from './kde';
export { mmd2, medianPairwiseDistance } from './mmd';
