import { describe, expect, it } from 'vitest';
import { readableTextOn } from '../../../src/ui/contrast.ts';

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
