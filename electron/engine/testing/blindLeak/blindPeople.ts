import { blindFirstNames, blindLastNames, blindPlaces, type BlindLanguage } from './blindNames';

/** One invented person of a blind leak: what any column of a record about them is written from. */
export interface BlindPerson {
  index: number;
  first: string;
  last: string;
  gender: 'f' | 'm';
  birth: Date;
  /** National significant number of the mobile phone, digits only, no trunk prefix. */
  phone: string;
  email: string | null;
  username: string;
  customerId: string;
  loyalty: string;
  iban: string;
  street: string;
  postcode: string;
  city: string;
  country: string;
  password: string;
}

/** Country calling code and a mobile national number generator per language. */
export const blindPhonePlans: Record<BlindLanguage, { cc: string; trunk: string; nsn: (r: () => number) => string; group: (nsn: string) => string }> = {
  en: { cc: '44', trunk: '0', nsn: (r) => `7${digits(r, 9)}`, group: (n) => `${n.slice(0, 4)} ${n.slice(4)}` },
  fr: { cc: '33', trunk: '0', nsn: (r) => `${r() < 0.7 ? '6' : '7'}${digits(r, 8)}`, group: (n) => `${n[0]} ${pairs(n.slice(1))}` },
  de: { cc: '49', trunk: '0', nsn: (r) => `1${['51', '60', '70'][Math.floor(r() * 3)]}${digits(r, 8)}`, group: (n) => `${n.slice(0, 3)} ${n.slice(3)}` },
  es: { cc: '34', trunk: '', nsn: (r) => `6${digits(r, 8)}`, group: (n) => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` },
  it: { cc: '39', trunk: '', nsn: (r) => `3${digits(r, 9)}`, group: (n) => `${n.slice(0, 3)} ${n.slice(3)}` },
  nl: { cc: '31', trunk: '0', nsn: (r) => `6${digits(r, 8)}`, group: (n) => `${n[0]} ${n.slice(1)}` },
};

function digits(r: () => number, n: number): string {
  return Array.from({ length: n }, () => String(Math.floor(r() * 10))).join('');
}

function pairs(s: string): string {
  return (s.match(/../g) ?? []).join(' ');
}

function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

const domains = ['example.com', 'example.net', 'example.org', 'mail.example', 'shop.example.com'];

/** Writes `n` invented people of one country; `keylessShare` of them have no e-mail at all. */
export function blindPeople(r: () => number, n: number, lang: BlindLanguage, keylessShare: number): BlindPerson[] {
  const place = blindPlaces[lang];
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)] as T;
  return Array.from({ length: n }, (_, index) => {
    const first = pick(blindFirstNames);
    const last = pick(blindLastNames);
    const stem = `${ascii(first)}.${ascii(last)}${index}`;
    const birth = new Date(Date.UTC(1940 + Math.floor(r() * 66), Math.floor(r() * 12), 1 + Math.floor(r() * 28)));
    return {
      index,
      first,
      last,
      gender: r() < 0.5 ? 'f' : 'm',
      birth,
      phone: blindPhonePlans[lang].nsn(r),
      email: r() < keylessShare ? null : `${stem}@${pick(domains)}`,
      username: `${ascii(first).slice(0, 1)}${ascii(last)}${index}`,
      customerId: `${100000 + index * 7}`,
      loyalty: `29${String(10000000000 + index * 13 + Math.floor(r() * 13)).padStart(11, '0')}`,
      iban: `${place.country}${String(10 + Math.floor(r() * 89))} ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 2)}`,
      street: place.street(1 + Math.floor(r() * 120), pick(place.streets)),
      postcode: place.postcode(Math.floor(r() * 1e6)),
      city: pick(place.cities),
      country: place.country,
      password: `${pick(['soleil', 'Sommer', 'dragon', 'azerty', 'qwerty', 'Princesa', 'tulipano'])}${Math.floor(r() * 10000)}`,
    };
  });
}
