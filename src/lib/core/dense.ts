import { activation, LEAKY_SLOPE, type ActivationName } from './activations';
import { sumRows } from './elementwise';
import { assertShape, Matrix } from './matrix-base';
import { matmul, matmulAT, matmulBT } from './matmul';
import type { Param } from './params';
import { Rng } from './random';

/**
 * Uniform init bound for a layer. He-uniform (He et al. 2015, https://arxiv.org/abs/1502.01852)
 * for relu, leakyRelu and gelu: √(6 / ((1 + a²) fanIn)) with a the negative slope (0 for relu
 * and gelu, 0.2 for leakyRelu). Glorot-uniform (Glorot & Bengio 2010) for tanh, sigmoid and
 * linear: √(6 / (fanIn + fanOut)).
 */
export function initBound(inDim: number, outDim: number, act: ActivationName): number {
	if (act === 'relu' || act === 'gelu') return Math.sqrt(6 / inDim);
	if (act === 'leakyRelu') return Math.sqrt(6 / ((1 + LEAKY_SLOPE * LEAKY_SLOPE) * inDim));
	return Math.sqrt(6 / (inDim + outDim));
}

/**
 * A fully connected layer, y = act(x W + b).
 *
 * Shapes: x is batch×inDim, W inDim×outDim, b 1×outDim (broadcast over the batch), y batch×outDim.
 * W starts uniform in ±{@link initBound}, drawn row by row from `rng`; b starts at zero.
 *
 * Backward, with z = x W + b and dZ = dY ⊙ act'(z):
 * dW += xᵀ dZ, db += Σ_rows dZ, dX = dZ Wᵀ. Gradients accumulate; zero them between steps.
 *
 * `forward` keeps a reference to x (not a copy): do not mutate x before calling `backward`.
 */
export class Dense {
	W: Matrix;
	b: Matrix;
	dW: Matrix;
	db: Matrix;
	act: ActivationName;
	readonly name: string;
	private x: Matrix | null = null;
	private z: Matrix | null = null;
	private y: Matrix | null = null;

	constructor(inDim: number, outDim: number, act: ActivationName, rng: Rng, name = 'dense') {
		const bound = initBound(inDim, outDim, act);
		this.W = new Matrix(inDim, outDim);
		for (let k = 0; k < this.W.data.length; k++) this.W.data[k] = rng.uniform(-bound, bound);
		this.b = new Matrix(1, outDim);
		this.dW = new Matrix(inDim, outDim);
		this.db = new Matrix(1, outDim);
		this.act = act;
		this.name = name;
	}

	/** Width of the input, W.rows. */
	get inDim(): number {
		return this.W.rows;
	}

	/** Width of the output, W.cols. */
	get outDim(): number {
		return this.W.cols;
	}

	/** y = act(x W + b) for x batch×inDim; caches x, z and y for `backward`. */
	forward(x: Matrix): Matrix {
		if (x.cols !== this.inDim) {
			throw new RangeError(
				`${this.name}.forward: input has ${x.cols} columns, expected ${this.inDim}`
			);
		}
		const { f } = activation(this.act);
		const z = matmul(x, this.W);
		const y = new Matrix(z.rows, z.cols);
		const m = this.outDim;
		for (let k = 0; k < z.data.length; k++) {
			z.data[k] += this.b.data[k % m];
			y.data[k] = f(z.data[k]);
		}

		this.x = x;
		this.z = z;
		this.y = y;
		return y;
	}

	/** Given dL/dy (batch×outDim), adds into dW and db and returns dL/dx (batch×inDim). */
	backward(dY: Matrix): Matrix {
		const { x, z, y } = this;
		if (!x || !z || !y) throw new Error(`${this.name}.backward: call forward first`);
		assertShape(dY, y.rows, y.cols, `${this.name}.backward`);

		const { df } = activation(this.act);
		const dZ = new Matrix(dY.rows, dY.cols);
		for (let k = 0; k < dZ.data.length; k++) dZ.data[k] = dY.data[k] * df(z.data[k], y.data[k]);

		const gW = matmulAT(x, dZ);
		for (let k = 0; k < gW.data.length; k++) this.dW.data[k] += gW.data[k];
		const gb = sumRows(dZ);
		for (let k = 0; k < gb.data.length; k++) this.db.data[k] += gb.data[k];

		return matmulBT(dZ, this.W);
	}

	/** [W, b] as {@link Param} views over W.data/dW.data and b.data/db.data. */
	params(): Param[] {
		return [
			{ name: `${this.name}.W`, value: this.W.data, grad: this.dW.data },
			{ name: `${this.name}.b`, value: this.b.data, grad: this.db.data }
		];
	}

	/** A deep copy of weights and gradients with empty caches. */
	clone(): Dense {
		// Any seed will do: the initial draws are overwritten at once.
		const c = new Dense(this.inDim, this.outDim, this.act, Rng.fromSeed(0), this.name);
		c.W.data.set(this.W.data);
		c.b.data.set(this.b.data);
		c.dW.data.set(this.dW.data);
		c.db.data.set(this.db.data);
		return c;
	}
}
