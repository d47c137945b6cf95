import { expect, test } from 'vitest';
import * as core from './index';

test('the index re-exports the whole public API', () => {
	const names = [
		'Rng',
		'cyrb128',
		'Matrix',
		'matmul',
		'matmulAT',
		'matmulBT',
		'transpose',
		'add',
		'sub',
		'hadamard',
		'scale',
		'map',
		'sumRows',
		'rowSoftmax',
		'rowLogSumExp',
		'softmax',
		'logSumExp',
		'dot',
		'norm',
		'activation',
		'sigmoid',
		'zeroGrad',
		'Dense',
		'MLP',
		'mse',
		'bceWithLogits',
		'softmaxCrossEntropy',
		'klDiagGaussians',
		'SGD',
		'Adam',
		'sgdUpdate',
		'adamUpdate',
		'numericGrad',
		'gradCheck',
		'mean',
		'variance',
		'histogram',
		'kde',
		'kde2d',
		'mmd2'
	];
	for (const name of names) expect(core, name).toHaveProperty(name);
});
