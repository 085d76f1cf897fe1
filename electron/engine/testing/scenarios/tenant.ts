/** Midnight UTC of the generated tenant's first day (a Monday). */
export const tenantStart = Date.UTC(2024, 4, 6);
export const minute = 60_000;
export const hour = 3_600_000;
export const day = 86_400_000;

/** A tenant account. */
export const account = (i: number): string => `u${i}@tenant.example`;
/** A leaked address with no account in the tenant (the attacker does not know that). */
export const outsider = (i: number): string => `x${i}@mail.example`;
/** The home address of account i (two German ISPs). */
export const homeIp = (i: number): string => `${i % 2 === 0 ? 84 : 91}.${(i >> 8) & 255}.${i & 255}.${10 + (i % 7)}`;
/** The corporate NAT addresses. */
export const corpNat = ['194.25.0.10', '194.25.0.11', '194.25.0.12'] as const;
/** The VPN egress addresses. */
export const vpnEgress = ['146.70.10.1', '146.70.10.2', '146.70.10.3', '146.70.10.4'] as const;
/** Carrier-grade NAT address k of the mobile carrier. */
export const cgnatIp = (k: number): string => `100.64.${(k >> 8) & 255}.${k & 255}`;

/** Browser user agents honest users and residential-proxy stuffers alike send. */
export const browserAgents = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0',
] as const;
/** Mobile user agents. */
export const mobileAgents = [
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
  'Microsoft Outlook iOS/4.2415',
] as const;
