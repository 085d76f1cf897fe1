/** A substitution slot of a template: value number `sub`; an optional one vanishes when its value is empty. */
export interface Sub {
  sub: number;
  optional: boolean;
}

/** Text or a substitution slot (slots only in compiled templates, never in an instantiated event). */
export type XmlPart = string | Sub;

/** An XML element of an event or of a compiled template. */
export interface XmlElement {
  name: string;
  attrs: Array<[string, XmlPart[]]>;
  children: XmlNode[];
}

/** What an element holds: child elements, text and (in templates) substitution slots. */
export type XmlNode = XmlElement | XmlPart;

/** True when a node is an element (not text or a slot). */
export function isElement(n: XmlNode): n is XmlElement {
  return typeof n === 'object' && 'name' in n;
}

/** The text directly inside an instantiated element. */
export function textOf(e: XmlElement): string {
  let s = '';
  for (const c of e.children) if (typeof c === 'string') s += c;
  return s;
}

/** The value of an instantiated attribute, or undefined. */
export function attrOf(e: XmlElement, name: string): string | undefined {
  const a = e.attrs.find(([n]) => n === name);
  return a ? a[1].join('') : undefined;
}
