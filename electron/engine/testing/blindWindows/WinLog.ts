/** One Security event as a host wrote it: its id, the host (`Computer`), the UTC instant and its EventData fields in order. */
export interface WinEvent {
  ts: number;
  id: number;
  computer: string;
  data: Array<[string, string]>;
}

/** Collects the events of a generated domain, every host's together (a Windows Event Collector holds them so). */
export class WinLog {
  readonly events: WinEvent[] = [];

  /** Appends one event. */
  add(ts: number, id: number, computer: string, data: Array<[string, string]>): void {
    this.events.push({ ts, id, computer, data });
  }
}
