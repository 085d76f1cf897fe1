import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../../shared/userError';
import { appRoot } from '../../paths';

/** One shipped IP dataset: which npm package, its version and data date, its licence, and the range files read. */
export interface IntelDataset {
  /** `country` (address → ISO country code) or `asn` (address → AS number and organisation). */
  role: 'country' | 'asn';
  name: string;
  version: string;
  /** The date the data was built, from the package version (`2.3.YYYYMMDDHH`). */
  dataDate: string;
  licence: string;
  attribution: string;
  /** The range files (`start,end,…` in numeric form) for IPv4 and IPv6. */
  files: { v4: string; v6: string };
}

const packages: Array<Omit<IntelDataset, 'version' | 'dataDate' | 'files'> & { stem: string }> = [
  {
    role: 'country',
    name: '@ip-location-db/geo-whois-asn-country',
    stem: 'geo-whois-asn-country',
    licence: 'CC BY 4.0 (NRO statistics; package metadata says CC0-1.0)',
    attribution: 'ip-location-db geo-whois-asn-country by sapics, from GeoFeed, RIR WHOIS and NRO data (nro.net, CC BY 4.0)',
  },
  {
    role: 'asn',
    name: '@ip-location-db/asn',
    stem: 'asn',
    licence: 'CC BY 4.0 (RouteViews, DB-IP, NRO)',
    attribution: 'ip-location-db asn by sapics, from RouteViews (routeviews.org), IP to ASN Lite by DB-IP (db-ip.com) and NRO data (nro.net), CC BY 4.0',
  },
];

/**
 * Where the dataset packages are installed: the app's node_modules (unpacked beside the asar archive in a packaged
 * app, since DuckDB reads the files natively), or BREACHDESK_INTEL_DIR's for a newer copy brought in offline.
 */
export function intelPackagesDir(): string {
  if (process.env.BREACHDESK_INTEL_DIR) return process.env.BREACHDESK_INTEL_DIR;
  return path.join(appRoot, 'node_modules').replace(/app\.asar(?=[\\/])/, 'app.asar.unpacked');
}

/** The data date a package version carries (`2.3.2026061719` → `2026-06-17`), or null when it carries none. */
export function versionDate(version: string): string | null {
  const m = /\.(\d{4})(\d{2})(\d{2})\d{0,2}$/.exec(version);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** The shipped datasets, read from their installed package.json; a clear error when one is missing or incomplete. */
export function intelDatasets(dir = intelPackagesDir()): IntelDataset[] {
  return packages.map(({ stem, ...p }) => {
    const root = path.join(dir, ...p.name.split('/'));
    const manifest = path.join(root, 'package.json');
    if (!fs.existsSync(manifest)) throw new UserError('not_found', `The IP dataset ${p.name} is not installed (expected ${manifest}); reinstall the app or see docs/ip-intelligence.md.`);
    const { version } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string };
    const files = { v4: path.join(root, `${stem}-ipv4-num.csv`), v6: path.join(root, `${stem}-ipv6-num.csv`) };
    for (const f of Object.values(files)) if (!fs.existsSync(f)) throw new UserError('not_found', `The IP dataset ${p.name} ${version} lacks ${f}.`);
    return { ...p, version, dataDate: versionDate(version) ?? 'unknown', files };
  });
}
