import { BufferGeometry, Group, Mesh, MeshBasicMaterial, Texture } from 'three';
import { describe, expect, it, vi } from 'vitest';
import { disposeObject, surfaceGeometry } from './three-scene';

describe('surfaceGeometry', () => {
	const extent: [[number, number], [number, number]] = [
		[-1, 1],
		[0, 2]
	];

	it('places vertices on the grid with z = zScale · value', () => {
		const g = surfaceGeometry([0, 1, 2, 3, 4, 5], 3, 2, extent, 0.5);
		const p = g.getAttribute('position');
		expect(p.count).toBe(6);
		expect([p.getX(0), p.getY(0), p.getZ(0)]).toEqual([-1, 0, 0]);
		expect([p.getX(2), p.getY(2), p.getZ(2)]).toEqual([1, 0, 1]);
		expect([p.getX(5), p.getY(5), p.getZ(5)]).toEqual([1, 2, 2.5]);
	});

	it('makes two counter-clockwise triangles per cell, facing +z', () => {
		const g = surfaceGeometry([0, 0, 0, 0], 2, 2, extent, 1);
		expect([...(g.getIndex()?.array ?? [])]).toEqual([0, 1, 3, 0, 3, 2]);
		expect(g.getAttribute('normal').getZ(0)).toBeCloseTo(1);
	});

	it('colours the lowest and highest values with the ends of the scale', () => {
		const g = surfaceGeometry([0, 10], 2, 1, extent, 1, (t) => (t < 0.5 ? '#000000' : '#ffffff'));
		const c = g.getAttribute('color');
		expect([c.getX(0), c.getX(1)]).toEqual([0, 1]);
	});

	it('draws a missing value at height 0', () => {
		const g = surfaceGeometry([NaN, 1], 2, 1, extent, 3);
		expect(g.getAttribute('position').getZ(0)).toBe(0);
	});
});

describe('disposeObject', () => {
	it('frees geometries, materials and their textures', () => {
		const geometry = new BufferGeometry();
		const map = new Texture();
		const material = new MeshBasicMaterial({ map });
		const group = new Group();
		group.add(new Mesh(geometry, material));
		const spies = [geometry, map, material].map((o) => vi.spyOn(o, 'dispose'));

		disposeObject(group);

		for (const s of spies) expect(s).toHaveBeenCalledOnce();
		expect(group.children).toHaveLength(0);
	});
});
