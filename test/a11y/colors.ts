// Colour arithmetic for the focus-ring test: WCAG 2 relative luminance and contrast ratio.
export type Rgb = [number, number, number];

export function parseColor(value: string): Rgb {
  const hex = /^#([0-9a-f]{6})$/i.exec(value.trim());
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16)) as Rgb;
  const rgb = /rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)/.exec(value);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  throw new Error(`cannot read colour ${value}`);
}

function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The colours of a focus ring: the outline, then a box-shadow ring if there is one. */
export function ringColors(style: CSSStyleDeclaration): Rgb[] {
  const rings: Rgb[] = [];
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) rings.push(parseColor(style.outlineColor));
  const shadow = /rgba?\([^)]*\)/.exec(style.boxShadow);
  if (style.boxShadow !== 'none' && shadow) rings.push(parseColor(shadow[0]));
  return rings;
}
