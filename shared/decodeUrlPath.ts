/**
 * Decodes the path of a request URL (the part before `?` or `#`), or null when it cannot be a file path: malformed
 * percent-encoding (which makes decodeURIComponent throw), a NUL byte, or a backslash. Every decode of a request path
 * in the bridge and the Electron protocol goes through here, so none can throw.
 */
export function decodeUrlPath(url: string): string | null {
  const raw = url.split(/[?#]/, 1)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  return /[\0\\]/.test(decoded) ? null : decoded;
}
