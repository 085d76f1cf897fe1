import type { DataClass } from './dataClasses';

/** Words saying a column is encrypted: dropped before hinting, since they say how the values are kept, not what they are. */
const encryptionWords = /encrypt[a-z]*|chiffr[a-z]*|cipher[a-z]*|crypt[a-z]*|verschl[a-z]*/g;

/** Header words in several languages, most specific first; a hint only, content decides. */
const hints: Array<[DataClass, RegExp]> = [
  ['Email addresses', /e-?mail|courriel|correo|mail/],
  [
    'Government issued IDs',
    /passport|passeport|pasaporte|passaporto|reisepass|paspoort|(^|[^a-z])(ssn|nir|nino|dni|nie|nif|bsn|pesel)([^a-z]|$)|social.?sec|secu(rite)?.?soc|numero.?secu|insee|national.?(id|insurance)|identity.?(card|number|document)|carte.?(d.?)?identite|^id.?card|personalausweis|ausweis|codice.?fiscale|tax.?(id|number)|steuer.?(id|nummer)|personnummer|driv(er|ing).?licen|fuhrerschein|permis.?(de.?)?conduire|documento.?identidad/,
  ],
  [
    'Credit cards',
    /credit.?card|debit.?card|card.?(num|no$|nr|pan)|cc.?(num|no$|nr)|(^|[^a-z])(cc|ccn|pan)([^a-z]|$)|carte.?(bancaire|bleue|de.?credit|credit)|kreditkart|karten.?nummer|tarjeta.?(de.?)?(credito|debito)|carta.?(di.?)?credito|kaart.?nummer|masked.?card|card.?mask|card.?last|last.?(4|four)/,
  ],
  ['Bank account numbers', /iban|(^|[^a-z])rib([^a-z]|$)|bank.?(account|acct|konto|details)|compte.?bancaire|bankkonto|kontonummer|konto.?nr|rekening.?nummer|rekeningnummer|numero.?(de.?)?cuenta|cuenta.?bancaria|conto.?corrente/],
  ['Passwords', /pass|pwd|mdp|mot.?de.?passe|kennwort|wachtwoord|contrasena|clave|parola.?chiave|senha|hash|secret/],
  ['Dates of birth', /birth|naiss|dob|geburt|^geb.?dat|nacimiento|^f.?nac|geboorte|nascita|ddn|bday/],
  ['IP addresses', /(^|[^a-z])ip([^a-z]|$)|ip.?addr|ipv[46]|(last|reg|login|user|client|remote|signup|poster|visitor)ip$|remote.?addr/],
  ['Genders', /gender|sexe|^sex$|genre|civilite|civility|geschlecht|geslacht|sexo|sesso|anrede|aanhef|^title$/],
  ['Phone numbers', /phone|^tel|_tel|tele|mobile|portable|handy|gsm|cell/],
  ['Postal codes', /postal|zip|^cp$|code.?post|plz|postleitzahl|postcode|^cap$/],
  ['Usernames', /^user|username|^login$|pseudo|handle|nick|benutzer|nutzer|gebruiker|usuario|utente|utilisateur|^account/],
  ['Names', /name|^nom|_nom|prenom|vorname|nachname|apellido|nombre|naam|cognome|surname/],
  ['Physical addresses', /addr|adresse|address|street|^rue|strasse|ville|city|stadt|^ort$|ciudad|calle|direcc|^pays|country|region|town|^stad|^via|commune|woonplaats|plaats|localit|localidad|poblacion|citta|^land$|^pais$|paese|nazione/],
  ['Dates', /date|time|login|connexion|acces|anmeld|created|erstellt|aangemaakt|creazione|updated|last|seen|datum|fecha|horodat|_at$|^ts$/],
  ['Identifiers', /^id$|_id$|^id_|uuid|guid|identifiant|^ref|nummer|number|^num_|_num$|^nr$|_nr$|_no$|client|kunde|klant|codice|loyalty|fidel|treue|card|carte|karte|kaart|tarjeta|carta/],
];

/**
 * The data class a column title suggests, whatever its language (accents and case ignored; `telephone_chiffre` names phone
 * numbers), or null. A dotted path (a nested JSON leaf, `address.cp`) is read by its last name: the parents say where
 * the value sits, not what it is.
 */
export function headerHint(title: string): DataClass | null {
  const leaf = title.split('.').filter((part) => part.trim() !== '').pop() ?? title;
  const t = leaf.normalize('NFD').replace(/\p{M}/gu, '').replaceAll('ß', 'ss').toLowerCase().replace(encryptionWords, '').trim();
  if (/^col\d+$/.test(t)) return null;
  for (const [cls, re] of hints) if (re.test(t)) return cls;
  return null;
}
