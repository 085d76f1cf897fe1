/** Synthetic country and ASN per first octet of the generator's routable blocks (the scenario's stand-in for offline IP intel). */
const blocks: Record<string, { country: string; asn: string; org: string }> = {
  '84': { country: 'DE', asn: 'AS3320', org: 'Deutsche Telekom' },
  '91': { country: 'DE', asn: 'AS3209', org: 'Vodafone DE' },
  '194': { country: 'DE', asn: 'AS3320', org: 'Deutsche Telekom' },
  '146': { country: 'NL', asn: 'AS9009', org: 'M247' },
  '121': { country: 'JP', asn: 'AS4713', org: 'NTT' },
  '24': { country: 'US', asn: 'AS7922', org: 'Comcast' },
  '36': { country: 'CN', asn: 'AS4134', org: 'Chinanet' },
  '177': { country: 'BR', asn: 'AS28573', org: 'Claro' },
  '49': { country: 'IN', asn: 'AS9829', org: 'BSNL' },
  '95': { country: 'RU', asn: 'AS12389', org: 'Rostelecom' },
  '186': { country: 'AR', asn: 'AS7303', org: 'Telecom Argentina' },
  '112': { country: 'VN', asn: 'AS7552', org: 'Viettel' },
  '41': { country: 'EG', asn: 'AS8452', org: 'TE Data' },
  '45': { country: 'NL', asn: 'AS206728', org: 'Media Land' },
  '5': { country: 'RU', asn: 'AS49505', org: 'Selectel' },
  '193': { country: 'SC', asn: 'AS57043', org: 'Hostkey' },
  '185': { country: 'DE', asn: 'AS24940', org: 'Hetzner' },
};

/** Intel for one generated address: country, ASN and organisation, or a range label for carrier-grade NAT and private addresses. */
export function syntheticIntel(ip: string): { country: string | null; asn: string | null; asOrg: string | null; rangeLabel: string | null } {
  if (ip.startsWith('100.')) return { country: null, asn: null, asOrg: null, rangeLabel: 'cgnat' };
  if (ip.startsWith('10.')) return { country: null, asn: null, asOrg: null, rangeLabel: 'private' };
  const b = blocks[ip.split('.')[0] ?? ''];
  return b ? { country: b.country, asn: b.asn, asOrg: b.org, rangeLabel: null } : { country: null, asn: null, asOrg: null, rangeLabel: null };
}
