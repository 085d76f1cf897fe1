import type { XmlNode } from './XmlNode';

/** One 64 KiB chunk being read: its bytes and the names and templates it defines (offsets are chunk-relative). */
export interface ChunkContext {
  buf: Buffer;
  names: Map<number, string>;
  templates: Map<number, XmlNode[]>;
}

/** A fresh context for the bytes of one chunk. */
export function chunkContext(buf: Buffer): ChunkContext {
  return { buf, names: new Map(), templates: new Map() };
}
