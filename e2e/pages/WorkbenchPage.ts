import type { Locator, Page } from '@playwright/test';

/** Page module for the workbench: every selector the specs use lives here, by data-testid. */
export class WorkbenchPage {
  constructor(readonly page: Page) {}

  /** Opens the bridge address and waits for the app-ready attribute, never a sleep. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.locator('html[data-app-ready="true"]').waitFor();
  }

  /** Creates or opens a case by typing its folder into the path field. */
  async openCase(dir: string): Promise<void> {
    await this.page.getByTestId('case-path').fill(dir);
    await this.page.getByTestId('case-open').click();
    await this.page.getByTestId('case-name').waitFor();
  }

  /** Detects an input file of a kind through the path field, showing the format and mapping. */
  async detectSource(kind: string, file: string): Promise<void> {
    await this.page.getByTestId('source-kind').selectOption(kind);
    await this.page.getByTestId('source-path').fill(file);
    await this.page.getByTestId('source-detect').click();
  }

  /** Detects then loads an input file; returns once the load has finished or failed. */
  async addSource(kind: string, file: string): Promise<void> {
    await this.detectSource(kind, file);
    const preview = this.page.getByTestId('detection-preview');
    const error = this.page.getByTestId('source-error');
    await preview.or(error).first().waitFor();
    if (await error.isVisible()) return;
    await this.page.getByTestId('source-add').click();
    await this.page.getByTestId('source-added').or(error).first().waitFor();
  }

  /** Saves a screenshot of one panel under test-results/screens/, for a person to read it at full size. */
  async screenshotOf(panel: Locator, name: string): Promise<void> {
    await panel.screenshot({ path: `test-results/screens/${name}.png` });
  }

  /** Saves a full-page screenshot under test-results/ for a person to look at. */
  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
  }
}
