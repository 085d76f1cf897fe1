/** A language Event Viewer writes a "Save All Events As… CSV" export in: its header, and (for the languages read) its Security messages. */
interface EventViewerLanguage {
  name: string;
  /** The header: all five names where they are known as Windows writes them, else the first two (Level, or Keywords in the Security log's view, and Date and Time). */
  header: RegExp;
  /** Whether the header is matched whole, so that it alone tells the export (else a record must follow it). */
  wholeHeader?: true;
  /** Labels and opening sentences of its Security logon messages; absent for the languages named but not read. */
  messages?: RegExp;
}

/**
 * The languages recognised, read ones first. The German header is as a real export writes it (`Ebene,Datum und Uhrzeit,
 * Quelle,Ereignis-ID,Aufgabenkategorie`); the others are Windows' translations of the column names. Messages are known by
 * the labels and sentences of the 4624 / 4625 / 4648 templates each language's Windows writes.
 */
const languages: readonly EventViewerLanguage[] = [
  {
    name: 'English',
    header: /^(Level|Keywords)[,\t]Date and Time[,\t]Source[,\t]Event ID[,\t]Task Category/i,
    wholeHeader: true,
    messages: /Account Name:|Logon Account:|An account (was successfully logged on|failed to log on)|Kerberos (authentication ticket|pre-authentication)/,
  },
  {
    name: 'German',
    header: /^(Ebene|Schlüsselwörter)[,\t]Datum und Uhrzeit[,\t]Quelle[,\t]Ereignis-ID[,\t]Aufgabenkategorie/i,
    wholeHeader: true,
    messages: /Kontoname:|Ein Konto wurde erfolgreich angemeldet|Fehler beim Anmelden eines Kontos/,
  },
  { name: 'French', header: /^(Niveau|Mots clés)[,\t]Date et heure[,\t]/i, messages: /Nom du compte[ \u00a0\u202f]*:|ouverture de session d[’']un compte/ },
  { name: 'Spanish', header: /^(Nivel|Palabras clave)[,\t]Fecha y hora[,\t]/i, messages: /Nombre de cuenta:|iniciar sesión en una cuenta|sesión correctamente en una cuenta/ },
  { name: 'Italian', header: /^(Livello|Parole chiave)[,\t]Data e ora[,\t]/i },
  { name: 'Portuguese', header: /^(Nível|Palavras-chave)[,\t]Data e hora[,\t]/i },
  { name: 'Dutch', header: /^(Niveau|Trefwoorden)[,\t]Datum en tijd[,\t]/i },
];

/** The names of the languages whose messages are read, for messages and docs: `English, German, French and Spanish`. */
export const eventViewerReadLanguages = languages.filter((l) => l.messages).map((l) => l.name);

/** A header of five names with no quotes (Level, Date and Time, Source, Event ID, Task Category in any language). */
const fiveNames = /^[^,\t"]+([,\t])[^,\t"]+\1[^,\t"]+\1[^,\t"]+\1[^,\t"]+$/;
/** A record's first line: a level word, a numeric date and time, a source, an event id, then the task and message. */
const recordStart = /^[^,\t"]+[,\t]"?[0-9]{1,4}[./-][0-9]{1,2}[./-][0-9]{1,4},? [0-9]{1,2}:[0-9]{2}[^,\t]*[,\t][^,\t"]+[,\t][0-9]+[,\t]/;

/** The decoded text of a head, without a byte-order mark. */
function headText(head: Buffer): string {
  return head.toString(head[0] === 0xff && head[1] === 0xfe ? 'utf16le' : 'utf8').replace(/^\uFEFF/, '');
}

/** The first two lines of a head's text. */
function headLines(head: Buffer): [string, string] {
  const [first = '', second = ''] = headText(head).split(/\r?\n/, 2);
  return [first, second];
}

/**
 * Whether a file is an Event Viewer CSV export, in any language: its header is a known one whole (English, German), or
 * the start of a known one or any five names, followed by a record that starts as Event Viewer writes one (level, date
 * and time, source, event id).
 */
export function isEventViewerCsv(head: Buffer): boolean {
  const [first, second] = headLines(head);
  if (languages.some((l) => l.wholeHeader && l.header.test(first))) return true;
  return (languages.some((l) => l.header.test(first)) || fiveNames.test(first)) && recordStart.test(second);
}

/** The read language of an export's messages (first match, English first), or null when they are in none of them. */
export function eventViewerMessageLanguage(head: Buffer): string | null {
  const text = headText(head);
  return languages.find((l) => l.messages?.test(text))?.name ?? null;
}

/** The language of an export that is not read, named from its header when known, for its refusal. */
export function eventViewerHeaderLanguage(head: Buffer): string | null {
  const [first] = headLines(head);
  return languages.find((l) => l.header.test(first))?.name ?? null;
}
