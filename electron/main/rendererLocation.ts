import path from 'node:path';

declare const MAIN_WINDOW_VITE_DEV_SERVER_URL: string | undefined;
declare const MAIN_WINDOW_VITE_NAME: string;

/** Where the renderer is loaded from: Forge's dev server while developing, the bundled index.html otherwise. */
export function rendererLocation(): { url: string; isAppUrl: (url: string) => boolean } {
  if (typeof MAIN_WINDOW_VITE_DEV_SERVER_URL === 'string' && MAIN_WINDOW_VITE_DEV_SERVER_URL) {
    const origin = new URL(MAIN_WINDOW_VITE_DEV_SERVER_URL).origin;
    return { url: MAIN_WINDOW_VITE_DEV_SERVER_URL, isAppUrl: (u) => u.startsWith(`${origin}/`) || u.startsWith('devtools://') };
  }
  const dir = path.join(__dirname, `../renderer/${MAIN_WINDOW_VITE_NAME}`);
  const prefix = `file://${dir}`;
  return {
    url: `file://${path.join(dir, 'index.html')}`,
    isAppUrl: (u) => decodeURI(u.split('#')[0]?.split('?')[0] ?? '').startsWith(prefix + '/') || u.startsWith('devtools://'),
  };
}
