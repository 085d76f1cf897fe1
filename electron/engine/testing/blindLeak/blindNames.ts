/** The languages a blind leak's headers, places and phone plans are written in. */
export type BlindLanguage = 'en' | 'fr' | 'de' | 'es' | 'it' | 'nl';

/** Every language, so a sweep can pick one. */
export const blindLanguages: BlindLanguage[] = ['en', 'fr', 'de', 'es', 'it', 'nl'];

/** Invented first names (accents and apostrophes included), so no real person is named. */
export const blindFirstNames = ['Aurèle', 'Bérénice', 'Corentin', 'Delphine', 'Émile', 'Fenna', 'Götz', 'Hélène', 'Iñigo', 'Jörg', 'Kasia', 'Lotte', 'Maëlle', 'Niccolò', 'Oona', 'Pilar', 'Quirin', 'Rosalba', 'Søren', 'Tjitske', 'Ulla', 'Valère', 'Wim', 'Ximena', 'Yannick', 'Zoë'];

/** Invented last names, with the apostrophes and particles real dumps carry. */
export const blindLastNames = ['Abelard', "D'Orvanne", 'Brûlé', 'Castagnoli', 'van der Veld', 'Dürrholt', 'Esquivar', 'Fontanesi', 'Gaudreau', 'Hölzlein', 'Ibarrola', "O'Garvey", 'Kerbrat', 'Lindqvaart', 'Marzotto', 'Nauwelaerts', 'Ortigosa', 'Pelletant', 'Quarelli', 'Roncevaux', 'Schwendeler', 'Terhorst', 'Urquijo', 'Vasseuron', 'Wetterau', 'Zanardelli'];

/** Invented streets, cities and postcode shapes per country. */
export const blindPlaces: Record<BlindLanguage, { country: string; streets: string[]; cities: string[]; postcode: (n: number) => string; street: (no: number, s: string) => string }> = {
  en: { country: 'GB', streets: ['Larkspur Lane', 'Cobbler Row', 'Mill Stream Road'], cities: ['Ashbury', 'Fenwick Vale', 'Northam'], postcode: (n) => `ZZ${n % 10} ${n % 9}AA`, street: (no, s) => `${no} ${s}` },
  fr: { country: 'FR', streets: ['rue des Glycines', 'avenue du Pré-Vert', 'impasse Solène'], cities: ['Vaubrecourt', 'Saint-Amelin', 'Lormagne'], postcode: (n) => String(10000 + (n % 85000)).padStart(5, '0'), street: (no, s) => `${no} ${s}` },
  de: { country: 'DE', streets: ['Lindenhofweg', 'Mühlbachstraße', 'Am Kiefernhang'], cities: ['Altbrücken', 'Eschenau', 'Hohenwald'], postcode: (n) => String(10000 + (n % 89000)).padStart(5, '0'), street: (no, s) => `${s} ${no}` },
  es: { country: 'ES', streets: ['Calle del Almendro', 'Avenida Ribera', 'Plaza Sotillo'], cities: ['Villarrubia', 'Castrolento', 'Peñaolmo'], postcode: (n) => String(1000 + (n % 51000)).padStart(5, '0'), street: (no, s) => `${s} ${no}` },
  it: { country: 'IT', streets: ['Via dei Tigli', 'Viale Orsolina', 'Piazza Campanaro'], cities: ['Roccavera', 'Montefiorito', 'Borgolieto'], postcode: (n) => String(10000 + (n % 88000)).padStart(5, '0'), street: (no, s) => `${s} ${no}` },
  nl: { country: 'NL', streets: ['Wilgenlaan', 'Molensingel', 'Kerkpad'], cities: ['Veenhuizerland', 'Oostwoude', 'Brakelsdam'], postcode: (n) => `${1000 + (n % 8999)} ${String.fromCharCode(65 + (n % 26))}${String.fromCharCode(65 + ((n >> 3) % 26))}`, street: (no, s) => `${s} ${no}` },
};

/** Free-text phrases of a call-centre note, some naming a person, so free text is not taken for names. */
export const blindNotePhrases = [
  'rappeler mardi matin',
  'customer asked for a refund, escalated',
  'Kunde wünscht keine Werbung',
  'cliente ha cambiado de dirección',
  'VIP – ne pas relancer',
  'called twice about order, very unhappy',
  'klant belt terug na 17u',
  'inviare catalogo cartaceo',
  'spoke with Mme Kerbrat about the delivery',
  'duplicate account? see other record',
];
