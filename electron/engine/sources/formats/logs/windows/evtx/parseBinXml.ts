import type { ChunkContext } from './ChunkContext';
import { instantiate, type SubValue } from './instantiate';
import { utf16 } from './binXmlValue';
import type { XmlElement, XmlNode, XmlPart } from './XmlNode';

/** BinXML tokens (MS-EVEN6 2.2.12); bit 0x40 marks "more follows" (attributes, or more data). */
const tok = {
  eof: 0x00,
  openStart: 0x01,
  closeStart: 0x02,
  closeEmpty: 0x03,
  end: 0x04,
  value: 0x05,
  attribute: 0x06,
  cdata: 0x07,
  charRef: 0x08,
  entityRef: 0x09,
  piTarget: 0x0a,
  piData: 0x0b,
  templateInstance: 0x0c,
  normalSub: 0x0d,
  optionalSub: 0x0e,
  fragmentHeader: 0x0f,
} as const;

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Reads BinXML from a chunk, from `pos` on; positions are chunk-relative, as every offset inside BinXML is. */
class BinXmlReader {
  constructor(
    private readonly ctx: ChunkContext,
    public pos: number,
    private readonly end: number,
    /** Elements of a template definition carry a dependency identifier; those written directly in a record or value do not. */
    private readonly inTemplate: boolean,
  ) {}

  private fail(what: string): never {
    throw new Error(`${what} at chunk offset ${this.pos}`);
  }

  private byte(): number {
    if (this.pos >= this.end) this.fail('BinXML ends early');
    return this.ctx.buf[this.pos++] as number;
  }

  private u16(): number {
    if (this.pos + 2 > this.end) this.fail('BinXML ends early');
    const v = this.ctx.buf.readUInt16LE(this.pos);
    this.pos += 2;
    return v;
  }

  private u32(): number {
    if (this.pos + 4 > this.end) this.fail('BinXML ends early');
    const v = this.ctx.buf.readUInt32LE(this.pos);
    this.pos += 4;
    return v;
  }

  /** A name: a chunk offset to a name record, which follows inline when it points right here. */
  private name(): string {
    const at = this.u32();
    const cached = this.ctx.names.get(at);
    const buf = this.ctx.buf;
    if (at + 8 > buf.length) this.fail(`name offset ${at} is outside the chunk`);
    const chars = buf.readUInt16LE(at + 6);
    const bytes = 8 + chars * 2 + 2;
    if (at + bytes > buf.length) this.fail(`name at ${at} runs past the chunk end`);
    if (at === this.pos) this.pos += bytes;
    if (cached !== undefined) return cached;
    const name = buf.toString('utf16le', at + 8, at + 8 + chars * 2);
    this.ctx.names.set(at, name);
    return name;
  }

  /** Nodes up to an end-element or end-of-fragment token (consumed), or the end of the data. */
  nodes(): XmlNode[] {
    const out: XmlNode[] = [];
    while (this.pos < this.end) {
      const t = (this.ctx.buf[this.pos] as number) & 0xbf;
      if (t === tok.eof || t === tok.end) {
        this.pos++;
        return out;
      }
      if (t === tok.fragmentHeader) this.pos += 4;
      else if (t === tok.openStart) out.push(this.element());
      else if (t === tok.templateInstance) out.push(...this.templateInstance());
      else if (t === tok.piTarget) {
        this.pos++;
        this.name();
      } else if (t === tok.piData) {
        this.pos++;
        this.pos += this.u16() * 2;
      } else out.push(this.part());
    }
    return out;
  }

  /** One text piece: a value, CDATA, character or entity reference, or a substitution slot. */
  private part(): XmlPart {
    const t = this.byte() & 0xbf;
    if (t === tok.value) {
      const type = this.byte();
      if (type !== 0x01) this.fail(`value token of type 0x${type.toString(16)} (only strings are expected here)`);
      const chars = this.u16();
      const s = utf16(this.ctx.buf, this.pos, chars * 2);
      this.pos += chars * 2;
      return s;
    }
    if (t === tok.cdata) {
      const chars = this.u16();
      const s = this.ctx.buf.toString('utf16le', this.pos, this.pos + chars * 2);
      this.pos += chars * 2;
      return s;
    }
    if (t === tok.charRef) return String.fromCharCode(this.u16());
    if (t === tok.entityRef) {
      const n = this.name();
      return entities[n] ?? `&${n};`;
    }
    if (t === tok.normalSub || t === tok.optionalSub) {
      const sub = this.u16();
      this.pos++;
      return { sub, optional: t === tok.optionalSub };
    }
    this.pos--;
    return this.fail(`unexpected BinXML token 0x${(this.ctx.buf[this.pos] ?? 0).toString(16)}`);
  }

  private element(): XmlElement {
    const hasAttrs = (this.byte() & 0x40) !== 0;
    if (this.inTemplate) this.pos += 2;
    this.u32();
    const name = this.name();
    const attrs: Array<[string, XmlPart[]]> = [];
    if (hasAttrs) {
      this.u32();
      while (this.pos < this.end && ((this.ctx.buf[this.pos] as number) & 0xbf) === tok.attribute) {
        this.pos++;
        const attrName = this.name();
        const parts: XmlPart[] = [];
        for (;;) {
          const t = ((this.ctx.buf[this.pos] ?? 0) as number) & 0xbf;
          if (t !== tok.value && t !== tok.normalSub && t !== tok.optionalSub && t !== tok.charRef && t !== tok.entityRef) break;
          parts.push(this.part());
        }
        attrs.push([attrName, parts]);
      }
    }
    const close = this.byte() & 0xbf;
    if (close === tok.closeEmpty) return { name, attrs, children: [] };
    if (close !== tok.closeStart) {
      this.pos--;
      this.fail(`expected the end of <${name}>'s start tag, found token 0x${close.toString(16)}`);
    }
    return { name, attrs, children: this.nodes() };
  }

  /** A template instance: the template (defined inline the first time, else referenced) and its substitution values. */
  private templateInstance(): XmlNode[] {
    this.pos += 2;
    this.u32();
    const defAt = this.u32();
    const buf = this.ctx.buf;
    if (defAt + 24 > buf.length) this.fail(`template offset ${defAt} is outside the chunk`);
    const size = buf.readUInt32LE(defAt + 20);
    if (defAt === this.pos) this.pos += 24 + size;
    let template = this.ctx.templates.get(defAt);
    if (!template) {
      if (defAt + 24 + size > buf.length) this.fail(`template at ${defAt} runs past the chunk end`);
      template = new BinXmlReader(this.ctx, defAt + 24, defAt + 24 + size, true).nodes();
      this.ctx.templates.set(defAt, template);
    }
    const count = this.u32();
    if (this.pos + count * 4 > this.end) this.fail(`${count} substitution values do not fit the record`);
    const values: SubValue[] = [];
    let at = this.pos + count * 4;
    for (let i = 0; i < count; i++) {
      const size = buf.readUInt16LE(this.pos + i * 4);
      values.push({ type: buf[this.pos + i * 4 + 2] as number, at, size });
      at += size;
    }
    if (at > this.end) this.fail('substitution values run past the record');
    this.pos = at;
    return instantiate(template, values, buf, (v) => parseBinXml(this.ctx, v.at, v.at + v.size));
  }
}

/** Parses the BinXML between `start` and `end` of a chunk into instantiated XML nodes. */
export function parseBinXml(ctx: ChunkContext, start: number, end: number): XmlNode[] {
  return new BinXmlReader(ctx, start, end, false).nodes();
}
