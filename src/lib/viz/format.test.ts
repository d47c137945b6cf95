import { describe, expect, it } from 'vitest';
import {
	fmt,
	fmtInt,
	fmtPercent,
	fmtShort,
	fmtSigned,
	shape,
	shapeText,
	shapeUnicode
} from './format';

describe('fmt', () => {
	it.each([
		[1.234, '1.23'],
		[0.012345, '0.0123'],
		[1.5, '1.50'],
		[100, '100'],
		[1234, '1230'],
		[9999, '1.00e4'],
		[12345, '1.23e4'],
		[0.001, '0.00100'],
		[0.0004567, '4.57e\u22124'],
		[-0.5, '\u22120.500'],
		[-12345, '\u22121.23e4'],
		[0.9996, '1.00'],
		[99.96, '100'],
		[0, '0'],
		[-0, '0'],
		[NaN, '\u2013'],
		[Infinity, '∞'],
		[-Infinity, '\u2212∞'],
		[6.02e23, '6.02e23']
	])('formats %d as %s', (v, want) => {
		expect(fmt(v)).toBe(want);
	});

	it.each([
		[Math.PI, 1, '3'],
		[Math.PI, 5, '3.1416'],
		[0.000123456, 2, '1.2e\u22124']
	])('formats %d with %d digits as %s', (v, d, want) => {
		expect(fmt(v, d)).toBe(want);
	});

	it('never uses a hyphen for negatives', () => {
		for (const v of [-1e-9, -0.003, -7, -42.42, -1e9]) expect(fmt(v)).not.toContain('-');
	});
});

describe('fmtSigned', () => {
	it.each([
		[1.234, '+1.23'],
		[-1.234, '\u22121.23'],
		[0, '+0'],
		[2e-5, '+2.00e\u22125'],
		[NaN, '\u2013']
	])('formats %d as %s', (v, want) => {
		expect(fmtSigned(v)).toBe(want);
	});
});

describe('fmtPercent', () => {
	it.each([
		[0.8123, '81.2%'],
		[1, '100%'],
		[0.5, '50.0%'],
		[0, '0%'],
		[-0.05, '\u22125.00%']
	])('formats %d as %s', (v, want) => {
		expect(fmtPercent(v)).toBe(want);
	});
});

describe('shape', () => {
	it('writes a TeX shape', () => {
		expect(shape(8, 16)).toBe('\\mathbb{R}^{8 \\times 16}');
		expect(shape(8)).toBe('\\mathbb{R}^{8}');
	});

	it('writes a plain-text shape', () => {
		expect(shapeText(8, 16)).toBe('8×16');
		expect(shapeText(3)).toBe('3');
		expect(shapeUnicode(8, 16)).toBe('ℝ⁸ˣ¹⁶');
	});
});

describe('fmtShort', () => {
	it.each([
		[0.5, '0.5'],
		[2, '2'],
		[100, '100'],
		[1.25, '1.25'],
		[20000, '2e4'],
		[-0.1, '\u22120.1'],
		[1.5e-5, '1.5e\u22125'],
		[0, '0']
	])('formats %d as %s', (v, want) => {
		expect(fmtShort(v)).toBe(want);
	});
});

describe('fmtInt', () => {
	it.each([
		[0, '0'],
		[9999, '9999'],
		[20000, '20\u202f000'],
		[-1234567, '\u22121\u202f234\u202f567'],
		[2.6, '3']
	])('formats %d as %s', (v, want) => {
		expect(fmtInt(v)).toBe(want);
	});
});
