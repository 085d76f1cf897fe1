import { createContext } from 'react';

/** The view whose personal data the analyst revealed (its reads go through the audited `revealCall`), or null: masked. */
export const RevealScope = createContext<string | null>(null);
