import type { XmlElement, XmlNode } from '../evtx/XmlNode';

const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Text with its XML character and entity references replaced; an unknown reference is an error. */
function decode(text: string): string {
  return text.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);/g, (_, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    const v = entities[ref];
    if (v === undefined) throw new Error(`unknown entity &${ref};`);
    return v;
  });
}

const startTag = /^<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/;
const attribute = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * Parses the text of one exported Windows event (`<Event xmlns=…>…</Event>`, as wevtutil and Event Viewer write it) into
 * the element tree the EVTX reader builds, so flattenEvent reads both alike. Well-formed XML only: a mismatched or
 * unclosed tag, or an unknown entity, throws with what was expected.
 */
export function parseEventXml(text: string): XmlNode[] {
  const root: XmlElement = { name: '#root', attrs: [], children: [] };
  const open: XmlElement[] = [root];
  let at = 0;
  while (at < text.length) {
    const lt = text.indexOf('<', at);
    const top = open[open.length - 1] as XmlElement;
    if (lt < 0 || lt > at) {
      const chunk = text.slice(at, lt < 0 ? text.length : lt);
      if (chunk.trim() !== '' || open.length > 1) top.children.push(decode(chunk));
      if (lt < 0) break;
      at = lt;
      continue;
    }
    const rest = text.slice(at);
    if (rest.startsWith('<!--')) at = skipPast(text, at, '-->');
    else if (rest.startsWith('<?')) at = skipPast(text, at, '?>');
    else if (rest.startsWith('<![CDATA[')) {
      const end = skipPast(text, at, ']]>');
      top.children.push(text.slice(at + 9, end - 3));
      at = end;
    } else if (rest.startsWith('</')) {
      const m = /^<\/([A-Za-z_][\w.:-]*)\s*>/.exec(rest);
      if (!m || m[1] !== top.name) throw new Error(`expected </${top.name}>, found ${m ? `</${m[1]}>` : 'a broken end tag'}`);
      open.pop();
      at += m[0].length;
    } else {
      const m = startTag.exec(rest);
      if (!m) throw new Error('expected a start tag after <');
      const element: XmlElement = { name: m[1] as string, attrs: [], children: [] };
      for (const a of (m[2] ?? '').matchAll(attribute)) element.attrs.push([a[1] as string, [decode(a[2] ?? a[3] ?? '')]]);
      top.children.push(element);
      if (m[3] !== '/') open.push(element);
      at += m[0].length;
    }
  }
  if (open.length > 1) throw new Error(`expected </${(open[open.length - 1] as XmlElement).name}> before the end of the event`);
  return root.children;
}

function skipPast(text: string, from: number, end: string): number {
  const i = text.indexOf(end, from);
  if (i < 0) throw new Error(`expected ${end} before the end of the event`);
  return i + end.length;
}
