/** Exit codes shared by every `breachdesk` command, listed in `--help` so scripts can tell the cases apart. */
export const exitCodes = {
  ok: 0,
  /** An unexpected failure (a bug or the machine): the message says what failed. */
  failed: 1,
  /** An input was refused or an argument was wrong (file, line and reason on stderr); the case keeps what loaded. */
  refused: 2,
  /** `report`: an input changed or disappeared since it was loaded (the report is written and says so). */
  evidence: 3,
  /** The command line itself was wrong (unknown command, missing option): the usage is printed. */
  usage: 64,
} as const;

/** The exit-code lines of the usage text. */
export const exitCodesHelp = `Exit codes (every command):
  0  done
  1  unexpected failure (the message says what)
  2  an input was refused or an argument is wrong (file, line, reason on stderr; the case keeps what loaded)
  3  report: an input changed or disappeared since it was loaded (the report is still written, and says so)
  64 the command line is wrong (usage printed)`;
