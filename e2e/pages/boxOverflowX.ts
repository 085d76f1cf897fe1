import type { Locator } from '@playwright/test';

/** How many pixels a table's box overflows its own width (0 when every column fits): a clipped column the page check cannot see. */
export async function boxOverflowX(box: Locator): Promise<number> {
  return box.evaluate((el) => {
    const scroller = el.closest('.table-scroll') ?? el;
    return Math.max(scroller.scrollWidth - scroller.clientWidth, el.getBoundingClientRect().right - (scroller.parentElement ?? scroller).getBoundingClientRect().right);
  });
}
