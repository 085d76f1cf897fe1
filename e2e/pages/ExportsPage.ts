import type { Locator, Page } from '@playwright/test';

/** Page module for the Export volumes screen: its selectors by data-testid. */
export class ExportsPage {
  constructor(readonly page: Page) {}

  /** Opens the screen from the side navigation and waits for the chart and both methods. */
  async open(): Promise<void> {
    await this.page.getByTestId('nav-exports').click();
    await this.chartData.locator('.recharts-bar-rectangle').first().waitFor();
    await this.page.getByTestId('export-comparison').waitFor();
  }

  /** The element carrying the chart's totals as data attributes. */
  get chartData(): Locator {
    return this.page.getByTestId('export-chart-data');
  }

  /** Rows of the top-users table. */
  get topUserRows(): Locator {
    return this.page.getByTestId('top-user-row');
  }

  /** Rows of the reference method's table. */
  get referenceRows(): Locator {
    return this.page.getByTestId('ref-row');
  }

  /** Rows of the baseline method's table. */
  get baselineRows(): Locator {
    return this.page.getByTestId('base-row');
  }

  /** The drill-down panel of one user-hour. */
  get userHour(): Locator {
    return this.page.getByTestId('user-hour-panel');
  }
}
