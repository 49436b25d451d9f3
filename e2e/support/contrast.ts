import type { Locator } from '@playwright/test';

/**
 * WCAG 2 contrast ratio of an element's text against the first opaque background behind it
 * (its own or an ancestor's), from computed styles. Semi-transparent backgrounds are blended
 * over what is behind them.
 *
 * @example
 * expect(await contrastRatio(page.locator('.hint'))).toBeGreaterThanOrEqual(4.5);
 */
export function contrastRatio(locator: Locator): Promise<number> {
  return locator.evaluate((element) => {
    const parse = (value: string): number[] => {
      const numbers = /rgba?\(([^)]+)\)/.exec(value)?.[1]?.split(/[\s,/]+/).filter(Boolean).map(Number);
      if (!numbers) throw new Error(`Cannot read the colour ${value}`);
      return [numbers[0] ?? 0, numbers[1] ?? 0, numbers[2] ?? 0, numbers[3] ?? 1];
    };
    const blend = (top: number[], bottom: number[]): number[] => {
      const alpha = top[3] ?? 1;
      return [0, 1, 2].map((index) => (top[index] ?? 0) * alpha + (bottom[index] ?? 0) * (1 - alpha)).concat(1);
    };
    // Layers from the element outwards, until an opaque one.
    const layers: number[][] = [];
    for (let node: Element | null = element; node; node = node.parentElement) {
      const color = parse(getComputedStyle(node).backgroundColor);
      if ((color[3] ?? 0) > 0) layers.push(color);
      if ((color[3] ?? 0) >= 1) break;
    }
    const canvas = matchMedia('(prefers-color-scheme: dark)').matches ? [0, 0, 0, 1] : [255, 255, 255, 1];
    const background = layers.reduceRight((below, layer) => blend(layer, below), canvas);
    const foreground = blend(parse(getComputedStyle(element).color), background);
    const luminance = (rgb: number[]): number => {
      const [r, g, b] = rgb.slice(0, 3).map((channel) => {
        const value = channel / 255;
        return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
    return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
  });
}
