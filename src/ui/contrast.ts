/**
 * Text colour for a clinic's accent: black or white, whichever contrasts more (WCAG relative
 * luminance). A clinic that picks a pale accent still gets readable buttons.
 */
export function readableTextOn(rgb: string): '#000000' | '#ffffff' | undefined {
  const parts = rgb.match(/[\d.]+/g)?.map(Number);
  if (!parts || parts.length < 3) return undefined;
  const [r, g, b] = parts.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast with black is (L + 0.05) / 0.05, with white 1.05 / (L + 0.05): equal at L ≈ 0.179.
  return luminance > 0.179 ? '#000000' : '#ffffff';
}
