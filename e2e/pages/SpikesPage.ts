import type { Locator, Page } from '@playwright/test';

/** Page module for the Login spikes screen: its selectors by data-testid. */
export class SpikesPage {
  constructor(readonly page: Page) {}

  /** Opens the screen from the side navigation and waits for the chart's totals. */
  async open(): Promise<void> {
    await this.page.getByTestId('nav-spikes').click();
    await this.bars.first().waitFor();
  }

  /** The element carrying the chart's totals as data attributes. */
  get chartData(): Locator {
    return this.page.getByTestId('signin-chart-data');
  }

  /** The drawn (non-empty) bar rectangles of the chart. */
  get bars(): Locator {
    return this.chartData.locator('.recharts-bar-rectangle path');
  }

  /** Rows of the top-sources table. */
  get topSourceRows(): Locator {
    return this.page.getByTestId('top-source-row');
  }

  /** Rows of the top-accounts table. */
  get topAccountRows(): Locator {
    return this.page.getByTestId('top-account-row');
  }

  /** Rows of the reference-rule table. */
  get spikeRows(): Locator {
    return this.page.getByTestId('spike-row');
  }

  /** Rows of the stored credential campaigns. */
  get campaignRows(): Locator {
    return this.page.getByTestId('campaign-row');
  }

  /** One campaign row by finding id. */
  campaignRow(id: string): Locator {
    return this.page.locator(`[data-testid="campaign-row"][data-id="${id}"]`);
  }

  /** The opened campaign: its facts, member tables and the button to its sign-ins. */
  get campaignDetail(): Locator {
    return this.page.getByTestId('campaign-detail');
  }

  /** Rows of the per-account outcomes (takeovers by confidence, confirmed-valid passwords, MFA fatigue). */
  get outcomeRows(): Locator {
    return this.page.getByTestId('outcome-row');
  }

  /** Rows of the paged owners' own sign-ins after tries (low takeovers), once shown. */
  get ownerSigninRows(): Locator {
    return this.page.getByTestId('owner-signin-row');
  }

  /** Turns every page of the owners' sign-ins after tries, from the first, and returns the finding ids of all their rows in order. */
  async everyOwnerSigninId(): Promise<string[]> {
    return this.everyRowId('owner-signins', 'owner-signin-row');
  }

  /** Turns every page of a list paged in SQL (its box's and its rows' test ids), from the first, and returns the finding ids of all its rows in order. */
  async everyRowId(listTestId: string, rowTestId: string): Promise<string[]> {
    const table = this.page.getByTestId(listTestId);
    const rowsOf = table.getByTestId(rowTestId);
    const prev = table.getByRole('button', { name: '‹ Prev' });
    while ((await prev.count()) > 0 && (await prev.isEnabled())) await prev.click();
    await rowsOf.first().waitFor();
    const ids: string[] = [];
    for (;;) {
      const rows = await rowsOf.evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
      ids.push(...rows);
      const next = table.getByRole('button', { name: 'Next ›' });
      if ((await next.count()) === 0 || !(await next.isEnabled())) return ids;
      await next.click();
      // The pager moves at once, the rows when the next page arrives: wait for the old page's first row to go.
      await table.locator(`[data-testid="${rowTestId}"][data-id="${rows[0] ?? ''}"]`).waitFor({ state: 'detached' });
    }
  }

  /** The opened account outcome. */
  get outcomeDetail(): Locator {
    return this.page.getByTestId('outcome-detail');
  }

  /** The drill-down panel and its rows. */
  get events(): Locator {
    return this.page.getByTestId('signin-events');
  }

  /** The drill-down's total, with its time range as data attributes. */
  get eventsTotal(): Locator {
    return this.page.getByTestId('events-total');
  }

  /** Points at a bar until its tooltip shows, then clicks it, as a person does. */
  async clickBar(index: number): Promise<void> {
    const bar = this.bars.nth(index);
    await bar.hover();
    await this.chartData.locator('.recharts-tooltip-wrapper').getByText(/UTC/).waitFor();
    await bar.click();
  }

  /** Drags across the chart from one fraction of its plot width to another (zoom in). */
  async dragChart(fromShare: number, toShare: number): Promise<void> {
    const grid = this.chartData.locator('.recharts-cartesian-grid');
    await grid.scrollIntoViewIfNeeded();
    const box = await grid.boundingBox();
    if (!box) throw new Error('chart grid not laid out');
    const y = box.y + box.height / 2;
    await this.page.mouse.move(box.x + box.width * fromShare, y);
    await this.chartData.locator('.recharts-tooltip-wrapper').getByText(/UTC/).waitFor();
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + box.width * ((fromShare + toShare) / 2), y, { steps: 5 });
    await this.page.mouse.move(box.x + box.width * toShare, y, { steps: 5 });
    await this.page.mouse.up();
  }
}
