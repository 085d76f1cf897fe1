import fs from 'node:fs';

/** One member of a ZIP archive as its central directory declares it. */
export interface ZipMember {
  name: string;
  compressed: number;
  inflated: number;
}

/**
 * The members of a ZIP archive read from its central directory (end of the file), without inflating anything, so caps
 * on the inflated size and ratio hold before any reader opens it. Null when the file is no plain ZIP (ZIP64, or cut).
 */
export function zipInventory(file: string): ZipMember[] | null {
  const size = fs.statSync(file).size;
  const tailLength = Math.min(size, 65_557);
  const fd = fs.openSync(file, 'r');
  try {
    const tail = Buffer.alloc(tailLength);
    fs.readSync(fd, tail, 0, tailLength, size - tailLength);
    const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (eocd < 0 || eocd + 22 > tail.length) return null;
    const count = tail.readUInt16LE(eocd + 10);
    const dirSize = tail.readUInt32LE(eocd + 12);
    const dirOffset = tail.readUInt32LE(eocd + 16);
    if (count === 0xffff || dirOffset === 0xffffffff || dirOffset + dirSize > size) return null;
    const dir = Buffer.alloc(dirSize);
    fs.readSync(fd, dir, 0, dirSize, dirOffset);
    const members: ZipMember[] = [];
    let pos = 0;
    for (let i = 0; i < count; i++) {
      if (pos + 46 > dir.length || dir.readUInt32LE(pos) !== 0x02014b50) return null;
      const compressed = dir.readUInt32LE(pos + 20);
      const inflated = dir.readUInt32LE(pos + 24);
      if (compressed === 0xffffffff || inflated === 0xffffffff) return null;
      const nameLength = dir.readUInt16LE(pos + 28);
      members.push({ name: dir.toString('utf8', pos + 46, pos + 46 + nameLength), compressed, inflated });
      pos += 46 + nameLength + dir.readUInt16LE(pos + 30) + dir.readUInt16LE(pos + 32);
    }
    return members;
  } finally {
    fs.closeSync(fd);
  }
}
