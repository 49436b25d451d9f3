// WCAG 2 contrast ratio between two CSS colours as the browser computes them
// (`rgb()`, `rgba()` or `color(srgb ...)`, the form Chromium gives for color-mix()).

function channels(color: string): [number, number, number] {
  const numbers = color.match(/[\d.]+/g)?.map(Number) ?? [];
  const [red = 0, green = 0, blue = 0] = numbers;
  // color(srgb 0.4 0.4 0.4) is in 0..1; rgb() is in 0..255.
  return color.startsWith('color(') ? [red, green, blue] : [red / 255, green / 255, blue / 255];
}

function luminance(color: string): number {
  const linear = channels(color).map((value) => (value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4));
  const [red = 0, green = 0, blue = 0] = linear;
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** The contrast ratio of `foreground` on `background` (1 to 21). */
export function contrastRatio(foreground: string, background: string): number {
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** What a system colour keyword (`Canvas`, `Highlight`...) computes to here and now. */
export function systemColor(keyword: string): string {
  const probe = document.createElement('div');
  probe.style.color = keyword;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}
