/**
 * The numeric core: seeded random streams, dense matrices, activations, layers with hand-written
 * backward passes, losses, optimisers, gradient checking and sample statistics. Pure TypeScript,
 * no DOM: it runs unchanged in Node, in a worker and in the page.
 */
export * from './random';
export * from './matrix';
export * from './activations';
export * from './params';
export * from './dense';
export * from './mlp';
export * from './losses';
export * from './optim';
export * from './gradcheck';
export * from './stats';
export * from './math';
export * from './attention';
