import path from 'node:path';

/** The repository (or packaged app) root, from which the renderer build and demo case are found. */
export const appRoot = path.resolve(__dirname, '..');

/** Where `npm run build:renderer` writes the renderer that the bridge serves. */
export const rendererBuildDir = path.join(appRoot, 'dist', 'renderer');

/** The demo case `npm start` opens; generated locally, never committed. */
export const demoCaseDir = path.join(appRoot, '.demo-case');

/** Per-user settings (recent cases) for the CLI and bridge; Electron uses its own userData folder. */
export const defaultUserDataDir = path.join(process.env.XDG_CONFIG_HOME ?? path.join(process.env.HOME ?? appRoot, '.config'), 'breachdesk');
