import type { DataClass } from './dataClasses';

/** Words saying a column is encrypted: dropped before hinting, since they say how the values are kept, not what they are. */
const encryptionWords = /encrypt[a-z]*|chiffr[a-z]*|cipher[a-z]*|crypt[a-z]*|verschl[a-z]*/g;

/** Header words in several languages, most specific first; a hint only, content decides. */
const hints: Array<[DataClass, RegExp]> = [
  ['Email addresses', /e-?mail|courriel|correo|mail/],
  ['Passwords', /pass|pwd|mdp|mot.?de.?passe|kennwort|wachtwoord|contrasena|clave|parola.?chiave|senha|hash|secret/],
  ['Dates of birth', /birth|naiss|dob|geburt|^geb.?dat|nacimiento|^f.?nac|geboorte|nascita|ddn|bday/],
  ['IP addresses', /(^|[^a-z])ip([^a-z]|$)|ip.?addr/],
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
