/** The domain's DNS and NetBIOS names. */
export const domain = { dns: 'corp.example.com', realm: 'CORP.EXAMPLE.COM', netbios: 'CORP' } as const;

/** A server of the domain: its host name and address. */
export interface DomainHost {
  name: string;
  ip: string;
}

const host = (name: string, ip: string): DomainHost => ({ name, ip });

/** The two domain controllers (DC01 the PDC emulator, which logs lockouts). */
export const dcs = [host('DC01', '10.10.0.10'), host('DC02', '10.10.0.11')] as const;

/** Member servers: files, mail (ActiveSync and OWA validate passwords for phones and browsers), federation, Citrix, SQL, applications, the scanner, the Remote Desktop host published to the internet. */
export const servers = {
  files: host('FS01', '10.10.1.20'),
  mail: host('EXCH01', '10.10.1.30'),
  adfs: host('ADFS01', '10.10.1.40'),
  citrix: host('CTX01', '10.10.2.10'),
  sql: host('SQL01', '10.10.1.60'),
  backup: host('APP01', '10.10.1.70'),
  app: host('APP02', '10.10.1.80'),
  scanner: host('SCAN01', '10.10.3.5'),
  rdp: host('RDS01', '10.10.4.20'),
} as const;

/** Hosts whose Security log the analyst was given besides the DCs': the published Remote Desktop host, Citrix and mail. */
export const collectedHosts: readonly DomainHost[] = [servers.rdp, servers.citrix, servers.mail];

/** The fully qualified name a host writes in `Computer`. */
export const fqdn = (name: string): string => `${name}.${domain.dns}`;

/** The VPN pool: a remote laptop gets any address of 10.30.0.0/22 at each connection. */
export function vpnAddress(k: number): string {
  return `10.30.${k >> 8}.${(k & 255) || 1}`;
}
