import { valueText, valueType } from './binXmlValue';
import { isElement, type XmlElement, type XmlNode, type XmlPart } from './XmlNode';

/** Where one substitution value lies in the chunk and its type. */
export interface SubValue {
  type: number;
  at: number;
  size: number;
}

/** One record's substitution values, the chunk bytes they lie in, and how a BinXML value becomes nodes. */
interface Fill {
  values: SubValue[];
  buf: Buffer;
  nested: (v: SubValue) => XmlNode[];
}

function text(f: Fill, v: SubValue | undefined): string {
  return v && v.type !== valueType.binXml ? valueText(v.type, f.buf, v.at, v.size) : '';
}

function fillNodes(f: Fill, nodes: XmlNode[], into: XmlNode[]): XmlNode[] {
  for (const n of nodes) {
    if (typeof n === 'string') into.push(n);
    else if (isElement(n)) into.push(fillElement(f, n));
    else {
      const v = f.values[n.sub];
      if (v && v.type === valueType.binXml && v.size > 0) into.push(...f.nested(v));
      else {
        const s = text(f, v);
        if (s !== '' || !n.optional) into.push(s);
      }
    }
  }
  return into;
}

function fillElement(f: Fill, e: XmlElement): XmlElement {
  const attrs: Array<[string, XmlPart[]]> = [];
  for (const [name, parts] of e.attrs) {
    let s = '';
    let present = false;
    for (const p of parts) {
      const t = typeof p === 'string' ? p : text(f, f.values[p.sub]);
      s += t;
      present ||= typeof p === 'string' || t !== '' || !p.optional;
    }
    if (present) attrs.push([name, [s]]);
  }
  return { name: e.name, attrs, children: fillNodes(f, e.children, []) };
}

/**
 * Fills a compiled template's slots with a record's values read from the chunk bytes `buf`; a BinXML value is parsed
 * by `nested` into nodes; an optional slot with an empty value vanishes (an attribute made only of such slots too).
 */
export function instantiate(template: XmlNode[], values: SubValue[], buf: Buffer, nested: (v: SubValue) => XmlNode[]): XmlNode[] {
  return fillNodes({ values, buf, nested }, template, []);
}
