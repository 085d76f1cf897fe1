import path from 'node:path';
import { appHost, appIndexUrl, appScheme } from './resolveAppPath';

declare const MAIN_WINDOW_VITE_DEV_SERVER_URL: string | undefined;
declare const MAIN_WINDOW_VITE_NAME: string;

/**
 * Where the renderer is loaded from: Forge's dev server while developing, otherwise app://bundle/, served from the
 * bundled renderer folder (`dir`) by the app protocol, never file://.
 */
export function rendererLocation(): { url: string; dir: string | null; isAppUrl: (url: string) => boolean } {
  if (typeof MAIN_WINDOW_VITE_DEV_SERVER_URL === 'string' && MAIN_WINDOW_VITE_DEV_SERVER_URL) {
    const origin = new URL(MAIN_WINDOW_VITE_DEV_SERVER_URL).origin;
    return { url: MAIN_WINDOW_VITE_DEV_SERVER_URL, dir: null, isAppUrl: (u) => u.startsWith(`${origin}/`) || u.startsWith('devtools://') };
  }
  return {
    url: appIndexUrl,
    dir: path.join(__dirname, `../renderer/${MAIN_WINDOW_VITE_NAME}`),
    isAppUrl: (u) => u.startsWith(`${appScheme}://${appHost}/`) || u.startsWith('devtools://'),
  };
}
