/** Bounds shared by argument schemas so no transport can push unbounded input into the engine. */
export const limits = {
  pathChars: 4096,
  textChars: 10_000,
  idChars: 128,
  listItems: 1000,
} as const;
