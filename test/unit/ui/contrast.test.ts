import { describe, expect, it } from 'vitest';
import { contrastRatio, readableTextOn } from '../../../src/ui/contrast.ts';

describe('text colour on a clinic’s accent', () => {
  it('is white on dark accents and black on pale ones', () => {
    expect(readableTextOn('rgb(91, 42, 134)')).toBe('#ffffff');
    expect(readableTextOn('rgb(11, 110, 79)')).toBe('#ffffff');
    expect(readableTextOn('rgb(255, 221, 87)')).toBe('#000000');
    expect(readableTextOn('rgb(205, 180, 236)')).toBe('#000000');
  });

  it('gives nothing for a colour it cannot read, so the theme default stays', () => {
    expect(readableTextOn('')).toBeUndefined();
  });
});

describe('contrast between two colours (WCAG)', () => {
  it('is 21 for black on white, 1 for a colour on itself, either way round', () => {
    expect(contrastRatio('rgb(0, 0, 0)', 'rgb(255, 255, 255)')).toBeCloseTo(21, 5);
    expect(contrastRatio('rgb(255, 255, 255)', 'rgb(0, 0, 0)')).toBeCloseTo(21, 5);
    expect(contrastRatio('rgb(91, 42, 134)', 'rgb(91, 42, 134)')).toBe(1);
  });

  it('puts a pale accent on a white panel under 3:1 and the default purple above it', () => {
    expect(contrastRatio('rgb(255, 221, 87)', 'rgb(255, 255, 255)')).toBeLessThan(3);
    expect(contrastRatio('rgb(91, 42, 134)', 'rgb(255, 255, 255)')).toBeGreaterThan(3);
  });

  it('gives nothing for a colour it cannot read', () => {
    expect(contrastRatio('', 'rgb(255, 255, 255)')).toBeUndefined();
  });
});
