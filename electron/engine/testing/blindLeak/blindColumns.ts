import { createHash } from 'node:crypto';
import type { BlindLanguage } from './blindNames';
import { blindNotePhrases } from './blindNames';
import { blindPhonePlans, type BlindPerson } from './blindPeople';

/** What one record adds beyond its person: the last login, its address, the account's creation. */
export interface BlindRecordContext {
  lastLogin: Date;
  ip4: string;
  ip6: string;
  created: Date;
}

/** One generated value and whether it is garbage for its class (a typo, a placeholder), for the valid share. */
export interface BlindValue {
  value: string | null;
  invalid?: boolean;
}

/** A kind of column third-party dumps carry: its headers per language, the classes that are right for it, its spellings. */
export interface BlindColumnKind {
  kind: string;
  headers: Record<BlindLanguage, string[]>;
  /** Classes a correct classification may give; the first is the one expected. */
  classes: string[];
  variants: string[];
  /** Share of records left empty. */
  empty: number;
  write: (p: BlindPerson, c: BlindRecordContext, variant: string, r: () => number, lang: BlindLanguage) => BlindValue;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Writes a date in one of the spellings dumps use. */
export function blindDate(d: Date, variant: string): string {
  const [y, m, day] = [d.getUTCFullYear(), pad(d.getUTCMonth() + 1), pad(d.getUTCDate())];
  const hms = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  switch (variant) {
    case 'iso': return `${y}-${m}-${day}`;
    case 'dmy': return `${day}/${m}/${y}`;
    case 'mdy': return `${m}/${day}/${y}`;
    case 'dotted': return `${day}.${m}.${y}`;
    case 'compact': return `${y}${m}${day}`;
    case 'epoch': return String(Math.floor(d.getTime() / 1000));
    case 'excel': return String(Math.round(d.getTime() / 86_400_000 + 25569));
    case 'isoTime': return `${y}-${m}-${day} ${hms}`;
    case 'isoZ': return `${y}-${m}-${day}T${hms}Z`;
    case 'dmyTime': return `${day}/${m}/${y} ${hms.slice(0, 5)}`;
    default: throw new Error(`unknown date variant ${variant}`);
  }
}

function phone(p: BlindPerson, variant: string, lang: BlindLanguage): string {
  const plan = blindPhonePlans[lang];
  const n = p.phone;
  switch (variant) {
    case 'e164': return `+${plan.cc}${n}`;
    case 'national': return `${plan.trunk}${plan.group(n)}`;
    case 'dotted': return `${plan.trunk}${plan.group(n)}`.replaceAll(' ', '.');
    case 'plain': return `${plan.trunk}${n}`;
    case 'intlParen': return `+${plan.cc} ${plan.trunk ? `(${plan.trunk})` : ''}${plan.group(n)}`;
    case 'intlSpaced': return `+${plan.cc} ${plan.group(n)}`;
    case 'lostZero': return n;
    default: throw new Error(`unknown phone variant ${variant}`);
  }
}

const b64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const bcryptAlphabet = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const randomOf = (r: () => number, alphabet: string, n: number) => Array.from({ length: n }, () => alphabet[Math.floor(r() * alphabet.length)]).join('');

/** The password schemes a blind leak mixes, named as the truth census counts them. */
export const blindPasswordSchemes = ['bcrypt', 'argon2', 'sha1', 'md5', 'md5salted', 'plain'] as const;

/** Writes one password in a scheme; bcrypt's cost is part of the value as in real hashes. */
export function blindPassword(p: BlindPerson, scheme: string, r: () => number): string {
  switch (scheme) {
    case 'bcrypt': return `$2${['a', 'b', 'y'][Math.floor(r() * 3)]}$${pad([8, 10, 12][Math.floor(r() * 3)] as number)}$${randomOf(r, bcryptAlphabet, 53)}`;
    case 'argon2': return `$argon2id$v=19$m=65536,t=3,p=4$${randomOf(r, b64, 22)}$${randomOf(r, b64, 43)}`;
    case 'sha1': return createHash('sha1').update(p.password).digest('hex');
    case 'md5': return createHash('md5').update(p.password).digest('hex');
    case 'md5salted': {
      const salt = randomOf(r, b64.slice(0, 62), 8);
      return `${createHash('md5').update(p.password + salt).digest('hex')}:${salt}`;
    }
    case 'plain': return p.password;
    default: throw new Error(`unknown password scheme ${scheme}`);
  }
}

function cipher(r: () => number, variant: string): string {
  const bytes = Buffer.from(Array.from({ length: 16 * (2 + Math.floor(r() * 2)) }, () => Math.floor(r() * 256)));
  return variant === 'hex' ? bytes.toString('hex') : bytes.toString('base64');
}

const genders: Record<string, [string, string]> = {
  MF: ['F', 'M'], HF: ['F', 'H'], '12': ['2', '1'], words: ['female', 'male'], anrede: ['Frau', 'Herr'], civilite: ['Mme', 'M.'],
};

/** Every column kind the blind generator writes. */
export const blindColumnKinds: BlindColumnKind[] = [
  {
    kind: 'email', classes: ['Email addresses'], variants: ['plain', 'misleadingId'], empty: 0,
    headers: { en: ['email', 'email_address'], fr: ['courriel', 'adresse_mail', 'email'], de: ['E-Mail', 'email_adresse'], es: ['correo', 'correo_electronico'], it: ['email', 'posta_elettronica'], nl: ['e-mailadres', 'email'] },
    write: (p, _c, _v, r) => (r() < 0.01 ? { value: 'pas-de-mail', invalid: true } : { value: p.email === null ? null : r() < 0.1 ? p.email.toUpperCase() : p.email }),
  },
  {
    kind: 'first', classes: ['Names'], variants: ['plain'], empty: 0.02,
    headers: { en: ['first_name', 'firstname', 'fname'], fr: ['prenom', 'prénom'], de: ['Vorname'], es: ['nombre'], it: ['nome'], nl: ['voornaam'] },
    write: (p) => ({ value: p.first }),
  },
  {
    kind: 'last', classes: ['Names'], variants: ['plain', 'upper'], empty: 0.02,
    headers: { en: ['last_name', 'surname', 'lname'], fr: ['nom', 'nom_famille'], de: ['Nachname', 'Name'], es: ['apellidos', 'apellido'], it: ['cognome'], nl: ['achternaam'] },
    write: (p, _c, v) => ({ value: v === 'upper' ? p.last.toUpperCase() : p.last }),
  },
  {
    kind: 'fullname', classes: ['Names'], variants: ['firstLast', 'lastFirst'], empty: 0.03,
    headers: { en: ['name', 'full_name', 'customer'], fr: ['nom_complet', 'client'], de: ['Kunde', 'vollstaendiger_name'], es: ['nombre_completo', 'titular'], it: ['nominativo'], nl: ['naam', 'volledige_naam'] },
    write: (p, _c, v) => ({ value: v === 'firstLast' ? `${p.first} ${p.last}` : `${p.last.toUpperCase()} ${p.first}` }),
  },
  {
    kind: 'gender', classes: ['Genders'], variants: Object.keys(genders), empty: 0.05,
    headers: { en: ['gender', 'sex', 'title'], fr: ['civilite', 'sexe'], de: ['Anrede', 'Geschlecht'], es: ['sexo', 'genero'], it: ['sesso'], nl: ['geslacht', 'aanhef'] },
    write: (p, _c, v) => ({ value: (genders[v] as [string, string])[p.gender === 'f' ? 0 : 1] }),
  },
  {
    kind: 'dob', classes: ['Dates of birth'], variants: ['iso', 'dmy', 'mdy', 'dotted', 'compact', 'epoch', 'excel'], empty: 0.1,
    headers: { en: ['dob', 'birthdate', 'date_of_birth'], fr: ['date_naissance', 'ddn', 'datenaiss'], de: ['Geburtsdatum', 'geb_datum'], es: ['fecha_nacimiento', 'fnac'], it: ['data_nascita', 'data_di_nascita'], nl: ['geboortedatum', 'geb_datum'] },
    write: (p, _c, v) => ({ value: blindDate(p.birth, v) }),
  },
  {
    kind: 'phone', classes: ['Phone numbers'], variants: ['e164', 'national', 'dotted', 'plain', 'intlParen', 'intlSpaced', 'lostZero'], empty: 0.15,
    headers: { en: ['phone', 'tel', 'mobile'], fr: ['telephone', 'tel', 'portable'], de: ['Telefon', 'Handy', 'tel'], es: ['telefono', 'movil'], it: ['telefono', 'cellulare'], nl: ['telefoon', 'mobiel'] },
    write: (p, _c, v, _r, lang) => ({ value: phone(p, v, lang) }),
  },
  {
    kind: 'phoneEncrypted', classes: ['Phone numbers (encrypted)'], variants: ['base64', 'hex'], empty: 0.1,
    headers: { en: ['phone_enc', 'encrypted_phone'], fr: ['telephone_chiffre', 'tel_chiffre'], de: ['telefon_verschluesselt'], es: ['telefono_cifrado'], it: ['telefono_cifrato'], nl: ['telefoon_versleuteld'] },
    write: (_p, _c, v, r) => ({ value: cipher(r, v) }),
  },
  {
    kind: 'password', classes: ['Passwords'], variants: ['bcrypt', 'argon2', 'sha1', 'md5', 'md5salted', 'plain', 'mixed'], empty: 0.02,
    headers: { en: ['password', 'pwd', 'pass_hash'], fr: ['mot_de_passe', 'mdp'], de: ['Passwort', 'kennwort'], es: ['contrasena', 'clave'], it: ['password', 'parola_chiave'], nl: ['wachtwoord'] },
    write: (p, _c, v, r) => ({ value: blindPassword(p, v === 'mixed' ? (blindPasswordSchemes[Math.floor(r() * 5)] as string) : v, r) }),
  },
  {
    kind: 'ip', classes: ['IP addresses'], variants: ['v4', 'mixed'], empty: 0.1,
    headers: { en: ['last_ip', 'ip', 'login_ip'], fr: ['derniere_ip', 'adresse_ip'], de: ['letzte_ip', 'ip_adresse'], es: ['ultima_ip', 'ip'], it: ['ultimo_ip', 'indirizzo_ip'], nl: ['laatste_ip', 'ip_adres'] },
    write: (_p, c, v, r) => ({ value: v === 'mixed' && r() < 0.3 ? c.ip6 : c.ip4 }),
  },
  {
    kind: 'lastLogin', classes: ['Dates'], variants: ['isoTime', 'isoZ', 'epoch', 'dmyTime'], empty: 0.05,
    headers: { en: ['last_login', 'lastlogin'], fr: ['derniere_connexion', 'date_derniere_cnx'], de: ['letzter_login', 'letzte_anmeldung'], es: ['ultimo_acceso'], it: ['ultimo_accesso'], nl: ['laatste_login'] },
    write: (_p, c, v) => ({ value: blindDate(c.lastLogin, v) }),
  },
  {
    kind: 'created', classes: ['Dates'], variants: ['iso', 'isoTime', 'dmy'], empty: 0,
    headers: { en: ['created_at', 'signup_date'], fr: ['date_creation', 'date_inscription'], de: ['erstellt_am', 'anmeldedatum'], es: ['fecha_alta'], it: ['data_creazione'], nl: ['aangemaakt'] },
    write: (_p, c, v) => ({ value: blindDate(c.created, v) }),
  },
  {
    kind: 'street', classes: ['Physical addresses'], variants: ['plain'], empty: 0.08,
    headers: { en: ['address', 'street', 'addr1'], fr: ['adresse', 'rue', 'adr1'], de: ['Strasse', 'Anschrift'], es: ['direccion', 'calle'], it: ['indirizzo', 'via'], nl: ['adres', 'straat'] },
    write: (p) => ({ value: p.street }),
  },
  {
    kind: 'postcodeCity', classes: ['Physical addresses', 'Postal codes'], variants: ['plain'], empty: 0.08,
    headers: { en: ['town', 'locality'], fr: ['cp_ville', 'localite'], de: ['plz_ort', 'wohnort'], es: ['cp_poblacion', 'localidad'], it: ['cap_citta', 'localita'], nl: ['postcode_plaats', 'woonplaats'] },
    write: (p) => ({ value: `${p.postcode} ${p.city}` }),
  },
  {
    kind: 'postcode', classes: ['Postal codes'], variants: ['plain'], empty: 0.08,
    headers: { en: ['zip', 'postcode', 'zipcode'], fr: ['cp', 'code_postal'], de: ['PLZ', 'postleitzahl'], es: ['cp', 'codigo_postal'], it: ['cap'], nl: ['postcode'] },
    write: (p) => ({ value: p.postcode }),
  },
  {
    kind: 'city', classes: ['Physical addresses'], variants: ['plain'], empty: 0.08,
    headers: { en: ['city', 'town'], fr: ['ville'], de: ['Ort', 'Stadt'], es: ['ciudad', 'poblacion'], it: ['citta', 'città'], nl: ['plaats', 'stad'] },
    write: (p) => ({ value: p.city }),
  },
  {
    kind: 'country', classes: ['Physical addresses', 'Other'], variants: ['plain'], empty: 0.05,
    headers: { en: ['country'], fr: ['pays'], de: ['Land'], es: ['pais'], it: ['paese', 'nazione'], nl: ['land'] },
    write: (p) => ({ value: p.country }),
  },
  {
    kind: 'customerId', classes: ['Identifiers'], variants: ['number', 'prefixed'], empty: 0,
    headers: { en: ['customer_id', 'id'], fr: ['id_client', 'num_client'], de: ['Kundennummer', 'kd_nr'], es: ['id_cliente'], it: ['codice_cliente'], nl: ['klantnummer'] },
    write: (p, _c, v) => ({ value: v === 'number' ? p.customerId : `C-${p.customerId}` }),
  },
  {
    kind: 'loyalty', classes: ['Identifiers'], variants: ['plain'], empty: 0.4,
    headers: { en: ['loyalty_number', 'card_no'], fr: ['carte_fidelite', 'num_carte'], de: ['Treuekarte', 'kartennummer'], es: ['tarjeta_fidelidad'], it: ['carta_fedelta'], nl: ['klantenkaart'] },
    write: (p) => ({ value: p.loyalty }),
  },
  {
    kind: 'iban', classes: ['Bank account numbers'], variants: ['plain'], empty: 0.5,
    headers: { en: ['iban'], fr: ['iban', 'rib'], de: ['IBAN'], es: ['iban'], it: ['iban'], nl: ['iban', 'rekeningnummer'] },
    write: (p) => ({ value: p.iban }),
  },
  {
    kind: 'username', classes: ['Usernames'], variants: ['plain'], empty: 0.02,
    headers: { en: ['username', 'login', 'user'], fr: ['pseudo', 'identifiant'], de: ['Benutzername', 'benutzer'], es: ['usuario'], it: ['utente', 'nome_utente'], nl: ['gebruikersnaam'] },
    write: (p) => ({ value: p.username }),
  },
  {
    kind: 'notes', classes: ['Other'], variants: ['oneLine', 'multiLine'], empty: 0.6,
    headers: { en: ['notes', 'comment'], fr: ['commentaire', 'remarques'], de: ['Bemerkung', 'notiz'], es: ['comentario', 'observaciones'], it: ['note'], nl: ['opmerking'] },
    write: (_p, _c, v, r) => {
      const one = () => blindNotePhrases[Math.floor(r() * blindNotePhrases.length)] as string;
      return { value: v === 'multiLine' && r() < 0.3 ? `${one()}\n${one()}` : one() };
    },
  },
  {
    kind: 'sparsePhone', classes: ['Phone numbers'], variants: ['national', 'e164'], empty: 0.95,
    headers: { en: ['phone2', 'fax'], fr: ['tel2', 'fax'], de: ['telefon2', 'fax'], es: ['telefono2', 'fax'], it: ['telefono2', 'fax'], nl: ['telefoon2', 'fax'] },
    write: (p, _c, v, _r, lang) => ({ value: phone(p, v, lang) }),
  },
];
