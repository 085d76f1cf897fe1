/** How many floors beyond its usual a run must move to be high (docs/design.md §1): the engine judges by it and the workbench explains by it. */
export const bulkPullFloors = 10;

/**
 * Whether a run's own hours (outside a crowd) moved enough to be a bulk pull by volume: at least `bulkPullFloors` floors
 * more than their usual and at least twice it. One definition for the severity the engine gives and the reason the
 * workbench shows.
 */
export function isBulkPull(total: number, usual: number, floor: number): boolean {
  return total - usual >= bulkPullFloors * Math.max(floor, 1) && total >= 2 * usual;
}
