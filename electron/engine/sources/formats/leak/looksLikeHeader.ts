import { headerHint } from '../../../coverage/headerHint';

/** True when a value reads as data rather than a column title: an email, three digits, a hash, a long blob. */
function dataLike(v: string): boolean {
  return /@/.test(v) || /\d{3}/.test(v) || /^\$\w+\$/.test(v) || v.length > 48;
}

/**
 * Decides from content whether the first record is a header, assuming nothing about its language:
 * every title is non-empty, distinct and not data-like, and either half the titles name a data class
 * in some language, or some column holds data-like values below its title, or the titles are all
 * lower-case/snake-case words while the values below are capitalised.
 */
export function looksLikeHeader(records: string[][]): boolean {
  const [first, ...rest] = records;
  if (!first || first.length === 0) return false;
  const titles = first.map((t) => t.trim());
  if (titles.some((t) => t === '' || dataLike(t)) || new Set(titles).size !== titles.length) return false;
  if (rest.length === 0) return true;
  if (titles.filter((t) => headerHint(t) !== null).length >= Math.max(1, titles.length / 2)) return true;
  const sample = rest.slice(0, 100);
  const share = (j: number, test: (v: string) => boolean) => sample.filter((r) => test((r[j] ?? '').trim())).length / sample.length;
  if (titles.some((_, j) => share(j, dataLike) >= 0.5)) return true;
  const titleCase = titles.every((t) => /^[\p{Ll}\p{Lo}_][\p{Ll}\p{Lo}\p{N}_ .-]*$/u.test(t));
  return titleCase && titles.some((_, j) => share(j, (v) => /^\p{Lu}/u.test(v)) >= 0.5);
}
