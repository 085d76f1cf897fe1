import { valueText, valueType } from './binXmlValue';
import { isElement, type XmlElement, type XmlNode, type XmlPart } from './XmlNode';

/** Where one substitution value lies in the chunk and its type. */
export interface SubValue {
  type: number;
  at: number;
  size: number;
}

/**
 * Fills a compiled template's slots with a record's values read from the chunk bytes `buf`; a BinXML value is parsed
 * by `nested` into nodes; an optional slot with an empty value vanishes (an attribute made only of such slots too).
 */
export function instantiate(template: XmlNode[], values: SubValue[], buf: Buffer, nested: (v: SubValue) => XmlNode[]): XmlNode[] {
  const text = (v: SubValue | undefined): string => (v && v.type !== valueType.binXml ? valueText(v.type, buf, v.at, v.size) : '');
  const fill = (nodes: XmlNode[], into: XmlNode[]): XmlNode[] => {
    for (const n of nodes) {
      if (typeof n === 'string') into.push(n);
      else if (isElement(n)) into.push(element(n));
      else {
        const v = values[n.sub];
        if (v && v.type === valueType.binXml && v.size > 0) into.push(...nested(v));
        else {
          const s = text(v);
          if (s !== '' || !n.optional) into.push(s);
        }
      }
    }
    return into;
  };
  const element = (e: XmlElement): XmlElement => {
    const attrs: Array<[string, XmlPart[]]> = [];
    for (const [name, parts] of e.attrs) {
      let s = '';
      let present = false;
      for (const p of parts) {
        const t = typeof p === 'string' ? p : text(values[p.sub]);
        s += t;
        present ||= typeof p === 'string' || t !== '' || !p.optional;
      }
      if (present) attrs.push([name, [s]]);
    }
    return { name: e.name, attrs, children: fill(e.children, []) };
  };
  return fill(template, []);
}
