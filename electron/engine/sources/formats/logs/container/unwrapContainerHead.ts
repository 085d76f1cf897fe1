import { ContainerLineReader } from './ContainerLineReader';
import { type ContainerWrapping, jsonFileRecord } from './ContainerWrapping';

/**
 * A sniffed head as the service wrote it, for the detectors: each line unwrapped as staging will unwrap it, compose's
 * and the service's own lines left out (so nginx's start-up notices do not outnumber its first requests). A json-file
 * line the head cuts short is left out; a text line cut short is kept, as in any head.
 */
export function unwrapContainerHead(head: Buffer, wrapping: ContainerWrapping): Buffer {
  const segments = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  const last = segments.pop() ?? '';
  const reader = new ContainerLineReader(wrapping);
  const lines = segments.flatMap((text, i) => reader.take(i + 1, text));
  const tail = last === '' || (wrapping.jsonFile && jsonFileRecord(last) === null) ? [] : reader.take(segments.length + 1, last);
  const ended = [...lines, ...tail, ...reader.end()].map((l) => l.line);
  return Buffer.from(ended.join('\n') + (last === '' ? '\n' : ''), 'utf8');
}
