import type { Locator, Page } from '@playwright/test';

/** Page module for the Findings screen: its selectors by data-testid. */
export class FindingsPage {
  constructor(readonly page: Page) {}

  /** Opens the screen from the side navigation and waits for the list's total. */
  async open(): Promise<void> {
    await this.page.getByTestId('nav-findings').click();
    await this.page.getByTestId('findings-total').getByText(/findings$/).waitFor();
  }

  /** Rows of the findings list. */
  get rows(): Locator {
    return this.page.getByTestId('finding-row');
  }

  /** The list row of one finding by id. */
  row(id: string): Locator {
    return this.page.locator(`[data-testid="finding-row"][data-id="${id}"]`);
  }

  /** The opened finding's panel. */
  get detail(): Locator {
    return this.page.getByTestId('finding-detail');
  }
}
