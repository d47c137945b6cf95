/**
 * Dense matrices and the operations on them, gathered in one import:
 * the type and transpose (matrix-base), products (matmul), entry-wise maps with broadcasting
 * (elementwise), stable softmax and log-sum-exp (softmax) and vector helpers (vectors).
 */
export { Matrix, transpose, assertShape } from './matrix-base';
export { matmul, matmulAT, matmulBT } from './matmul';
export { add, sub, hadamard, scale, map, sumRows } from './elementwise';
export { rowSoftmax, rowLogSumExp, softmax, logSumExp } from './softmax';
export { dot, norm, sqDist } from './vectors';
