import type { z } from 'zod';
import { caseArgs, type CaseApi } from './api/caseApi';
import { coverageArgs, type CoverageApi } from './api/coverageApi';
import { dataArgs, type DataApi } from './api/dataApi';
import { exportsArgs, type ExportsApi } from './api/exportsApi';
import { jobsArgs, type JobsApi } from './api/jobsApi';
import { sourcesArgs, type SourcesApi } from './api/sourcesApi';
import { spikesArgs, type SpikesApi } from './api/spikesApi';
import { reportArgs, type ReportApi } from './api/reportApi';
import { findingsArgs, type FindingsApi } from './api/findingsApi';
import { exposureArgs, type ExposureApi } from './api/exposureApi';
import { presetsArgs, type PresetsApi } from './api/presetsApi';
import { infrastructureArgs, type InfrastructureApi } from './api/infrastructureApi';
import { intelArgs, type IntelApi } from './api/intelApi';
import { resetAccountsArgs, type ResetAccountsApi } from './api/resetAccountsApi';
import { revealCallSchema, type RevealApi } from './api/revealApi';

const featureArgs = { ...caseArgs, ...sourcesArgs, ...exportsArgs, ...jobsArgs, ...coverageArgs, ...dataArgs, ...spikesArgs, ...findingsArgs, ...exposureArgs, ...reportArgs, ...presetsArgs, ...infrastructureArgs, ...intelArgs, ...resetAccountsArgs };

/** Every argument schema, keyed by method name: the single list both transports are generated from. `revealCall` may reveal any other method. */
export const apiArgs = { ...featureArgs, revealCall: revealCallSchema(Object.keys(featureArgs) as [string, ...string[]]) } satisfies Record<string, z.ZodType>;

/** The engine's whole surface: what the renderer may ask of it, over IPC or HTTP alike. */
export interface Api extends CaseApi, SourcesApi, ExportsApi, JobsApi, CoverageApi, DataApi, SpikesApi, FindingsApi, ExposureApi, ReportApi, PresetsApi, InfrastructureApi, IntelApi, ResetAccountsApi, RevealApi {}

/** A method name of Api. */
export type ApiMethod = keyof typeof apiArgs;

/** The method names, in a stable order, for generating IPC handlers, the preload and HTTP routes. */
export const apiMethods = Object.keys(apiArgs).sort() as ApiMethod[];

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compile-time proof that the interface and the schema list name the same methods. */
export const apiContractIsComplete: Same<keyof Api, ApiMethod> = true;

/** The argument type a method accepts from a caller. */
export type ApiArg<M extends ApiMethod> = Parameters<Api[M]>[0];
/** The argument a method's implementation receives: the caller's, parsed by its schema, every default applied. */
export type ApiParsedArg<M extends ApiMethod> = z.output<(typeof apiArgs)[M]>;
/** The value a method resolves to. */
export type ApiValue<M extends ApiMethod> = Awaited<ReturnType<Api[M]>>;
