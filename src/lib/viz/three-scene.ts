/**
 * A three.js scene for the views that need depth (a loss surface, a latent space), set up the
 * way every demo needs it:
 *
 * - renders on demand: `render()` asks for one frame; OrbitControls keeps frames coming only
 *   while the camera moves or its damping settles, so an idle page costs nothing;
 * - survives a lost WebGL context: rendering stops, `contextLost` is true and the canvas gets
 *   `data-webgl-lost`, `onContextLost` lets the view show a note; on restore `onContextRestored`
 *   lets the view rebuild whatever it must, then it renders again;
 * - `dispose()` frees every geometry, material and texture in the scene, the controls and the
 *   renderer, and releases the context;
 * - z is up (the data's x and y lie on the floor, the value rises), unless `zUp: false`.
 *
 * Without WebGL `createScene` returns null and the view shows a text note instead.
 */
import {
	BufferAttribute,
	BufferGeometry,
	Color,
	Mesh,
	Object3D,
	PerspectiveCamera,
	Scene,
	WebGLRenderer,
	type Material,
	type Texture
} from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { autoDomain, normalise, sequential } from './colors';
import type { Domain2D } from './types';

export interface SceneOptions {
	/** CSS size in px. */
	width: number;
	height: number;
	/** A CSS colour, or null for a transparent canvas (default) that shows the page behind. */
	background?: string | null;
	fov?: number;
	cameraPosition?: [number, number, number];
	target?: [number, number, number];
	zUp?: boolean;
	/** Smooth camera motion after the pointer lets go (default true). */
	damping?: boolean;
	antialias?: boolean;
	onContextLost?: () => void;
	/** Rebuild textures or meshes the view keeps outside the scene; the scene then renders. */
	onContextRestored?: (handle: SceneHandle) => void;
}

export interface SceneHandle {
	renderer: WebGLRenderer;
	scene: Scene;
	camera: PerspectiveCamera;
	controls: OrbitControls;
	/** Asks for one frame (coalesced: many calls before the next animation frame draw once). */
	render(): void;
	/** Sets the CSS size in px (the drawing buffer follows, at up to 2× device pixels). */
	resize(width: number, height: number): void;
	dispose(): void;
	readonly contextLost: boolean;
}

/** A scene on `canvas`, or null when WebGL is unavailable. */
export function createScene(canvas: HTMLCanvasElement, opts: SceneOptions): SceneHandle | null {
	let renderer: WebGLRenderer;
	try {
		renderer = new WebGLRenderer({
			canvas,
			antialias: opts.antialias ?? true,
			alpha: opts.background == null,
			powerPreference: 'low-power'
		});
	} catch {
		return null;
	}
	renderer.setPixelRatio(Math.min(2, window.devicePixelRatio || 1));
	renderer.setSize(opts.width, opts.height);

	const scene = new Scene();
	if (opts.background != null) scene.background = new Color(opts.background);

	const camera = new PerspectiveCamera(opts.fov ?? 45, opts.width / opts.height, 0.01, 1000);
	if (opts.zUp ?? true) camera.up.set(0, 0, 1);
	camera.position.set(...(opts.cameraPosition ?? [2.6, -3.2, 2.4]));

	const controls = new OrbitControls(camera, canvas);
	controls.target.set(...(opts.target ?? [0, 0, 0]));
	controls.enableDamping = opts.damping ?? true;
	controls.update();

	let frame = 0;
	let lost = false;
	let disposed = false;

	const tick = () => {
		frame = 0;
		if (lost || disposed) return;
		// With damping, update() keeps moving the camera (and dispatches 'change', which asks
		// for the next frame) until the motion settles.
		if (controls.enableDamping) controls.update();
		renderer.render(scene, camera);
	};

	const render = () => {
		if (frame || lost || disposed) return;
		frame = requestAnimationFrame(tick);
	};

	const onLost = (e: Event) => {
		e.preventDefault();
		lost = true;
		if (frame) cancelAnimationFrame(frame);
		frame = 0;
		canvas.dataset.webglLost = '1';
		opts.onContextLost?.();
	};

	const onRestored = () => {
		lost = false;
		delete canvas.dataset.webglLost;
		opts.onContextRestored?.(handle);
		render();
	};

	controls.addEventListener('change', render);
	canvas.addEventListener('webglcontextlost', onLost);
	canvas.addEventListener('webglcontextrestored', onRestored);

	const handle: SceneHandle = {
		renderer,
		scene,
		camera,
		controls,
		render,
		resize(width, height) {
			if (!(width > 0 && height > 0)) return;
			renderer.setSize(width, height);
			camera.aspect = width / height;
			camera.updateProjectionMatrix();
			render();
		},
		dispose() {
			if (disposed) return;
			disposed = true;
			if (frame) cancelAnimationFrame(frame);
			controls.removeEventListener('change', render);
			canvas.removeEventListener('webglcontextlost', onLost);
			canvas.removeEventListener('webglcontextrestored', onRestored);
			controls.dispose();
			disposeObject(scene);
			for (const t of [scene.background, scene.environment]) {
				if (t && (t as Texture).isTexture) (t as Texture).dispose();
			}
			renderer.dispose();
			renderer.forceContextLoss();
		},
		get contextLost() {
			return lost;
		}
	};
	render();
	return handle;
}

/**
 * Frees the geometries, materials and material textures of `root` and all its descendants,
 * and detaches its children. Use it on a mesh you replace; `dispose()` calls it on the scene.
 */
export function disposeObject(root: Object3D): void {
	root.traverse((obj) => {
		const { geometry, material } = obj as Mesh;
		geometry?.dispose();
		const materials: Material[] = Array.isArray(material) ? material : material ? [material] : [];
		for (const mat of materials) {
			for (const value of Object.values(mat)) {
				if (value && (value as Texture).isTexture) (value as Texture).dispose();
			}
			mat.dispose();
		}
	});
	root.clear();
}

/**
 * A height field as a triangle mesh geometry with vertex colours.
 *
 * `values` is row-major, `ny` rows × `nx` columns; vertex (i, j) sits at the grid point
 * x_i = xmin + i (xmax − xmin)/(nx − 1), y_j = ymin + j (ymax − ymin)/(ny − 1), at height
 * z = zScale · values[j·nx + i] (z up; a non-finite value is drawn at z = 0). Its colour is
 * `color(t)` with t = (v − lo)/(hi − lo) over `domain` (default [min, max] of the values),
 * viridis unless told otherwise. Two triangles per grid cell; normals computed.
 * Use it with `new MeshStandardMaterial({ vertexColors: true })` or MeshLambertMaterial.
 */
export function surfaceGeometry(
	values: ArrayLike<number>,
	nx: number,
	ny: number,
	extent: Domain2D,
	zScale: number,
	color: (t: number) => string = sequential,
	domain: [number, number] = autoDomain(values, 'sequential')
): BufferGeometry {
	const [[x0, x1], [y0, y1]] = extent;
	const n = nx * ny;
	const position = new Float32Array(3 * n);
	const colour = new Float32Array(3 * n);
	const cache = new Map<number, Color>();

	for (let j = 0; j < ny; j++) {
		for (let i = 0; i < nx; i++) {
			const k = j * nx + i;
			const v = values[k];
			const finite = Number.isFinite(v);
			position[3 * k] = x0 + (nx > 1 ? (i * (x1 - x0)) / (nx - 1) : 0);
			position[3 * k + 1] = y0 + (ny > 1 ? (j * (y1 - y0)) / (ny - 1) : 0);
			position[3 * k + 2] = finite ? v * zScale : 0;

			const level = finite ? Math.round(Math.max(0, Math.min(1, normalise(v, domain))) * 255) : 0;
			let c = cache.get(level);
			if (!c) {
				c = new Color(color(level / 255));
				cache.set(level, c);
			}
			colour.set([c.r, c.g, c.b], 3 * k);
		}
	}

	const quads = Math.max(0, nx - 1) * Math.max(0, ny - 1);
	const index = n > 65535 ? new Uint32Array(6 * quads) : new Uint16Array(6 * quads);
	let o = 0;
	for (let j = 0; j + 1 < ny; j++) {
		for (let i = 0; i + 1 < nx; i++) {
			const a = j * nx + i;
			const b = a + 1;
			const c = a + nx;
			const d = c + 1;
			index.set([a, b, d, a, d, c], o);
			o += 6;
		}
	}

	const geometry = new BufferGeometry();
	geometry.setAttribute('position', new BufferAttribute(position, 3));
	geometry.setAttribute('color', new BufferAttribute(colour, 3));
	geometry.setIndex(new BufferAttribute(index, 1));
	geometry.computeVertexNormals();
	return geometry;
}
