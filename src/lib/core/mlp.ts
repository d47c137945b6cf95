import type { ActivationName } from './activations';
import { Dense } from './dense';
import type { Matrix } from './matrix-base';
import { zeroGrad, type Param } from './params';
import { Rng } from './random';

/**
 * Layer widths from input to output (at least two entries), the activation of every hidden layer
 * and that of the last layer.
 */
export interface MLPConfig {
	sizes: number[];
	hidden: ActivationName;
	output: ActivationName;
}

/** The plain-JSON form of an MLP: its config and one array per parameter, in `params()` order. */
export interface MLPJSON {
	config: MLPConfig;
	weights: number[][];
}

/**
 * A multilayer perceptron: a chain of {@link Dense} layers, sizes[0] → sizes[1] → … → sizes[L].
 * Layer i is named `${name}.${i}`, so its parameters are `${name}.${i}.W` and `${name}.${i}.b`.
 * Layers are initialised in order from one stream, so a seed fixes every weight.
 */
export class MLP {
	layers: Dense[];
	config: MLPConfig;
	readonly name: string;

	constructor(config: MLPConfig, rng: Rng, name = 'mlp') {
		if (config.sizes.length < 2 || config.sizes.some((s) => !Number.isInteger(s) || s < 1)) {
			throw new RangeError(`MLP: sizes must be ≥ 2 positive integers, got [${config.sizes}]`);
		}
		this.config = { sizes: [...config.sizes], hidden: config.hidden, output: config.output };
		this.name = name;
		const L = config.sizes.length - 1;
		this.layers = [];
		for (let i = 0; i < L; i++) {
			const act = i === L - 1 ? config.output : config.hidden;
			this.layers.push(new Dense(config.sizes[i], config.sizes[i + 1], act, rng, `${name}.${i}`));
		}
	}

	/** The output for x (batch×sizes[0]), batch×sizes[L]; each layer caches for `backward`. */
	forward(x: Matrix): Matrix {
		let h = x;
		for (const layer of this.layers) h = layer.forward(h);
		return h;
	}

	/** Accumulates every layer's gradients from dL/dy and returns dL/dx (batch×sizes[0]). */
	backward(dY: Matrix): Matrix {
		let g = dY;
		for (let i = this.layers.length - 1; i >= 0; i--) g = this.layers[i].backward(g);
		return g;
	}

	/** All parameters, layer by layer, W before b. */
	params(): Param[] {
		return this.layers.flatMap((l) => l.params());
	}

	/** Sets every gradient to zero. */
	zeroGrad(): void {
		zeroGrad(this.params());
	}

	/** A deep copy (weights and gradients) with empty caches. */
	clone(): MLP {
		// Any seed will do: the fresh layers are replaced by copies at once.
		const c = new MLP(this.config, Rng.fromSeed(0), this.name);
		c.layers = this.layers.map((l) => l.clone());
		return c;
	}

	/** Config and weights as plain arrays; gradients are not saved. */
	toJSON(): MLPJSON {
		return {
			config: { ...this.config, sizes: [...this.config.sizes] },
			weights: this.params().map((p) => Array.from(p.value))
		};
	}

	/** Rebuilds an MLP saved by `toJSON`; throws if the weights do not fit the config. */
	static fromJSON(j: MLPJSON, name = 'mlp'): MLP {
		// Any seed will do: every weight is overwritten below.
		const net = new MLP(j.config, Rng.fromSeed(0), name);
		const ps = net.params();
		if (j.weights.length !== ps.length) {
			throw new RangeError(`MLP.fromJSON: ${j.weights.length} arrays for ${ps.length} parameters`);
		}
		ps.forEach((p, i) => {
			if (j.weights[i].length !== p.value.length) {
				throw new RangeError(`MLP.fromJSON: ${p.name} needs ${p.value.length} values`);
			}
			p.value.set(j.weights[i]);
		});
		return net;
	}
}
