import type { Loader } from '../Loader';
import { entraDiagnosticJson } from './entraDiagnosticJson';
import { entraSigninLogsCsv } from './entraSigninLogsCsv';
import { entraSigninLogsJson } from './entraSigninLogsJson';
import { sshdSyslog } from './sshdSyslog';
import { windowsSecurityJson } from './windowsSecurityJson';

/** Every access-log loader, most specific first; registered before the generic loaders. */
export const logLoaders: Loader[] = [entraDiagnosticJson, entraSigninLogsJson, entraSigninLogsCsv, windowsSecurityJson, sshdSyslog];
