import pkg from '../../package.json';

/** The tool version stamped into reports and the evidence manifest. */
export const engineVersion: string = pkg.version;
