import { UserError } from '../../../shared/userError';

/** A load refused for its malformed rows, with how many good ones a retry keeping the malformed as rejects would load (the workbench offers that retry). */
export class MalformedRowsError extends UserError {
  constructor(
    message: string,
    readonly goodRows: number,
    readonly malformedRows: number,
  ) {
    super('bad_input', message);
    this.name = 'MalformedRowsError';
  }
}
