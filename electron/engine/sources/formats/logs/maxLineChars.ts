/** Longest text line the line-format parsers run their regexes on; longer lines are rejected as malformed, never parsed. */
export const maxLineChars = 65536;
