import { composeLogPrefixRegex } from '../composeLogPrefix';
import { composeOwnLine, type ContainerWrapping, jsonFileRecord, platformTimePrefix } from './ContainerWrapping';
import { serviceNoticeLine } from './serviceNoticeLine';

/** A line as staged: its number in the input file and its text once unwrapped. */
export interface UnwrappedLine {
  ln: number;
  line: string;
}

/**
 * Unwraps a container log's lines in file order, so a line format reads the service's own lines with the input's line
 * numbers. Why one reader: staging and detection must unwrap alike. A json-file line Docker split (a line over 16 KiB
 * comes as pieces without a final `\n`) is joined and numbered by its first piece; the compose prefix and the
 * platform's time are cut (the record's own time stays its event time); compose's own lines and the service's notices
 * (serviceNoticeLine) are skipped and counted. A line without the wrapping is passed on as it is, for the format to read
 * or reject by its number. Both streams of a json-file are read alike: Caddy writes its access log to stderr.
 */
export class ContainerLineReader {
  /** Lines skipped as compose's or the service's own output. */
  skipped = 0;
  private readonly pending = new Map<string, UnwrappedLine>();

  constructor(private readonly wrapping: ContainerWrapping) {}

  /** The lines that line `ln` of the input completes: none while a json-file line is split, none when it is skipped. */
  take(ln: number, text: string): UnwrappedLine[] {
    if (this.wrapping.jsonFile) return this.takeJsonFile(ln, text);
    let line = text;
    if (this.wrapping.compose) {
      const prefix = composeLogPrefixRegex.exec(line);
      if (prefix) line = line.slice(prefix[0].length);
      else if (composeOwnLine.test(line)) return this.skip();
    }
    if (this.wrapping.timestamps) line = line.replace(platformTimePrefix, '');
    return this.emit(ln, line);
  }

  /** What is left at the end of the input: a json-file line written without a final line break. */
  end(): UnwrappedLine[] {
    const left = [...this.pending.values()].sort((a, b) => a.ln - b.ln);
    this.pending.clear();
    return left.flatMap((p) => this.emit(p.ln, p.line));
  }

  private takeJsonFile(ln: number, text: string): UnwrappedLine[] {
    const record = jsonFileRecord(text);
    if (!record) return [{ ln, line: text }];
    const before = this.pending.get(record.stream);
    const joined = { ln: before?.ln ?? ln, line: (before?.line ?? '') + record.log };
    if (!record.log.endsWith('\n')) {
      this.pending.set(record.stream, joined);
      return [];
    }
    this.pending.delete(record.stream);
    return this.emit(joined.ln, joined.line.replace(/\r?\n$/, ''));
  }

  private emit(ln: number, line: string): UnwrappedLine[] {
    return serviceNoticeLine.test(line) ? this.skip() : [{ ln, line }];
  }

  private skip(): UnwrappedLine[] {
    this.skipped++;
    return [];
  }
}
