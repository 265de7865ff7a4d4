/**
 * Text colour for a clinic's accent: black or white, whichever contrasts more (WCAG relative
 * luminance). A clinic that picks a pale accent still gets readable buttons.
 */
export function readableTextOn(rgb: string): '#000000' | '#ffffff' | undefined {
  const l = luminance(rgb);
  if (l === undefined) return undefined;
  // Contrast with black is (L + 0.05) / 0.05, with white 1.05 / (L + 0.05): equal at L ≈ 0.179.
  return l > 0.179 ? '#000000' : '#ffffff';
}

/** WCAG contrast ratio of two computed colours (1 to 21); undefined when either cannot be read. */
export function contrastRatio(a: string, b: string): number | undefined {
  const [la, lb] = [luminance(a), luminance(b)];
  if (la === undefined || lb === undefined) return undefined;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** WCAG relative luminance of an `rgb(…)` colour as `getComputedStyle` gives it. */
function luminance(rgb: string): number | undefined {
  const parts = rgb.match(/[\d.]+/g)?.map(Number);
  if (!parts || parts.length < 3) return undefined;
  const [r, g, b] = parts.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
