/**
 * Benign phenomena a real tenant has beside its everyday habits, each one a ScenarioParams switch (benignPhenomena.ts):
 * why they exist is that each looks like an attack to a rule written only against the everyday habits.
 */
export const benignPhenomena = ['password_change', 'idp_outage', 'service_account', 'kiosk', 'conference', 'dst', 'pentest', 'phone_reinstall'] as const;
/** One of benignPhenomena. */
export type BenignPhenomenon = (typeof benignPhenomena)[number];
