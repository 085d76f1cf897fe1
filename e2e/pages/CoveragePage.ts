import type { Locator, Page } from '@playwright/test';

/** Page module for the PII coverage screen: its selectors by data-testid. */
export class CoveragePage {
  constructor(readonly page: Page) {}

  /** Opens the screen from the side navigation and waits for the field chart. */
  async open(): Promise<void> {
    await this.page.getByTestId('nav-coverage').click();
    await this.page.getByTestId('coverage-chart-data').locator('.recharts-bar-rectangle').first().waitFor();
  }

  /** The row of the field table for one column. */
  field(column: string): Locator {
    return this.page.locator(`[data-testid="field-row"][data-column="${column}"]`);
  }

  /** The row of the hash census for one scheme. */
  hash(scheme: string): Locator {
    return this.page.locator(`[data-testid="hash-row"][data-scheme="${scheme}"]`);
  }
}
