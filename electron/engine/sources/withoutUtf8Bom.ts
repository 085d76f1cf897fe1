/**
 * A sniffed head without the UTF-8 byte-order mark some Windows tools write first (Notepad, PowerShell 5's
 * `Out-File -Encoding utf8`): every reader's detection then sees the text itself, as the line stager and DuckDB's
 * readers read it, so a log passed through such a tool is recognised as the original is.
 */
export function withoutUtf8Bom(head: Buffer): Buffer {
  return head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? head.subarray(3) : head;
}
