import type { Locator } from '@playwright/test';

/** The WCAG contrast ratio of an element's text colour against its own background colour (both opaque rgb), 1 to 21: legibility a screenshot cannot assert. */
export async function contrastRatio(el: Locator): Promise<number> {
  const [fg, bg] = await el.evaluate((e) => {
    const s = getComputedStyle(e);
    return [s.color, s.backgroundColor];
  });
  const luminance = (css: string): number => {
    const [r = 0, g = 0, b = 0] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [a, b] = [luminance(fg), luminance(bg)].sort((x, y) => y - x) as [number, number];
  return (a + 0.05) / (b + 0.05);
}
