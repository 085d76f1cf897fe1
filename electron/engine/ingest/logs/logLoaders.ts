import type { Loader } from '../Loader';
import { cloudTrailConsoleLogin } from './cloudTrailConsoleLogin';
import { cloudTrailS3Transfer } from './cloudTrailS3Transfer';
import { combinedAccessLog } from './combinedAccessLog';
import { entraDiagnosticJson } from './entraDiagnosticJson';
import { entraSigninLogsCsv } from './entraSigninLogsCsv';
import { entraSigninLogsJson } from './entraSigninLogsJson';
import { googleWorkspaceDownload } from './googleWorkspaceDownload';
import { googleWorkspaceLogin } from './googleWorkspaceLogin';
import { o365FileDownload } from './o365FileDownload';
import { o365SignIn } from './o365SignIn';
import { oktaSystemLog } from './oktaSystemLog';
import { s3ServerAccessLog } from './s3ServerAccessLog';
import { sshdSyslog } from './sshdSyslog';
import { windowsSecurityCsv } from './windowsSecurityCsv';
import { windowsSecurityEvtx } from './windowsSecurityEvtx';
import { windowsSecurityJson } from './windowsSecurityJson';
import { zeekConnJson } from './zeekConnJson';
import { zeekConnTsv } from './zeekConnTsv';

/** Every access-log loader, most specific first; registered before the generic loaders. */
export const logLoaders: Loader[] = [
  windowsSecurityEvtx,
  entraDiagnosticJson,
  entraSigninLogsJson,
  entraSigninLogsCsv,
  windowsSecurityJson,
  windowsSecurityCsv,
  oktaSystemLog,
  cloudTrailConsoleLogin,
  cloudTrailS3Transfer,
  o365SignIn,
  o365FileDownload,
  googleWorkspaceLogin,
  googleWorkspaceDownload,
  zeekConnJson,
  zeekConnTsv,
  sshdSyslog,
  s3ServerAccessLog,
  combinedAccessLog,
];
