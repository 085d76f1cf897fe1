import type { Page } from '@playwright/test';

/** How many pixels the page overflows its window horizontally (0 when only panels scroll inside themselves). */
export async function pageOverflowX(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
