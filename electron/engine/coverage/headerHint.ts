import type { DataClass } from './dataClasses';

/** Words saying a column is encrypted: dropped before hinting, since they say how the values are kept, not what they are. */
const encryptionWords = /encrypt[a-z]*|chiffr[a-z]*|cipher[a-z]*|crypt[a-z]*|verschl[a-z]*/g;

/** Header words in several languages, most specific first; a hint only, content decides. */
const hints: Array<[DataClass, RegExp]> = [
  ['Email addresses', /e-?mail|courriel|correo|mail/],
  ['Passwords', /pass|pwd|mdp|mot.?de.?passe|kennwort|wachtwoord|contrasena|senha|hash|secret/],
  ['Dates of birth', /birth|naissance|dob|geburt|nacimiento|geboorte|nascita|ddn|bday/],
  ['IP addresses', /(^|[^a-z])ip([^a-z]|$)|ip.?addr/],
  ['Genders', /gender|sexe|^sex$|genre|civilite|civility|geschlecht|geslacht|sexo|anrede|^title$/],
  ['Phone numbers', /phone|^tel|_tel|tele|mobile|portable|handy|gsm|cell/],
  ['Postal codes', /postal|zip|^cp$|code.?post|plz|postleitzahl|postcode|^cap$/],
  ['Usernames', /^user|username|^login$|pseudo|handle|nick|benutzer|gebruiker|usuario|^account/],
  ['Names', /name|^nom|_nom|prenom|vorname|nachname|apellido|nombre|naam|cognome|surname/],
  ['Physical addresses', /addr|adresse|address|street|^rue|strasse|ville|city|stadt|^ort$|ciudad|calle|direcc|^pays|country|region|town|^stad|^via|commune|woonplaats/],
  ['Dates', /date|time|login|connexion|created|updated|last|seen|datum|fecha|horodat|_at$|^ts$/],
  ['Identifiers', /^id$|_id$|^id_|uuid|guid|identifiant|^ref/],
];

/** The data class a column title suggests, whatever its language (accents and case ignored; `telephone_chiffre` names phone numbers), or null. */
export function headerHint(title: string): DataClass | null {
  const t = title.normalize('NFD').replace(/\p{M}/gu, '').replaceAll('ß', 'ss').toLowerCase().replace(encryptionWords, '').trim();
  if (/^col\d+$/.test(t)) return null;
  for (const [cls, re] of hints) if (re.test(t)) return cls;
  return null;
}
