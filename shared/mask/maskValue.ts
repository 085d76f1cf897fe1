/** How a value is masked, decided by the data class of its column. */
export type MaskStyle = 'email' | 'ip' | 'secret' | 'initial' | 'none';

/** Masks an e-mail as `j***@o***.fr`: first letters and the top-level domain stay readable. */
function maskEmail(v: string): string {
  const at = v.lastIndexOf('@');
  if (at <= 0) return maskInitial(v);
  const domain = v.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  const tld = dot > 0 ? domain.slice(dot) : '';
  return `${v[0]}***@${domain[0] ?? ''}***${tld}`;
}

/** Masks an IP address down to its network part: `203.0.*.*`, `2001:db8:*`. */
function maskIp(v: string): string {
  if (v.includes(':')) return `${v.split(':').slice(0, 2).join(':')}:*`;
  const parts = v.split('.');
  return parts.length === 4 ? `${parts[0]}.${parts[1]}.*.*` : maskInitial(v);
}

/** Masks a name-like value as `M*****`: the initial and the length, nothing else. */
function maskInitial(v: string): string {
  const chars = [...v];
  return chars.length <= 1 ? '*' : `${chars[0]}${'*'.repeat(Math.min(chars.length - 1, 8))}`;
}

/** Masks a secret (hash, phone, encrypted blob) keeping only a scheme prefix such as `$2y$10$`. */
function maskSecret(v: string): string {
  const scheme = /^(\$[0-9a-z]+\$(?:\d+\$)?)/i.exec(v)?.[1] ?? '';
  return `${scheme}${'•'.repeat(6)}`;
}

/** Masks one value for display; null and empty stay as they are so coverage gaps remain visible. */
export function maskValue(value: string | null, style: MaskStyle): string | null {
  if (value === null || value === '' || style === 'none') return value;
  switch (style) {
    case 'email':
      return maskEmail(value);
    case 'ip':
      return maskIp(value);
    case 'secret':
      return maskSecret(value);
    default:
      return maskInitial(value);
  }
}
