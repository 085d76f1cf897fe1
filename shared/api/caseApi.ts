import { z } from 'zod';
import { pathArg } from '../pathArg';

/** What the UI needs to know about the open case. */
export interface CaseInfo {
  id: string;
  dir: string;
  name: string;
  createdAt: string;
  sources: number;
}

/** Facts about the running engine, shown in the header and the report manifest. */
export interface AppInfo {
  version: string;
  transport: 'electron' | 'http';
  caseInfo: CaseInfo | null;
}

/** Argument schemas of the case methods; dispatch validates every call against these. */
export const caseArgs = {
  appInfo: z.object({}).strict(),
  openCase: z
    // inputs: the files about to be loaded (analyze knows them), granted at open so the first load need not reopen the case.
    .object({ dir: pathArg, create: z.boolean().default(true), inputs: z.array(pathArg).optional() })
    .strict(),
  recentCases: z.object({}).strict(),
};

/** Opening and describing investigations. */
export interface CaseApi {
  appInfo(a: z.input<typeof caseArgs.appInfo>): Promise<AppInfo>;
  openCase(a: z.input<typeof caseArgs.openCase>): Promise<CaseInfo>;
  recentCases(a: z.input<typeof caseArgs.recentCases>): Promise<string[]>;
}
