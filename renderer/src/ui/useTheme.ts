import { useEffect, useState } from 'react';

/** Light or dark theme, remembered per machine, applied as a data attribute the CSS keys on. */
export function useTheme(): [string, () => void] {
  const [theme, setTheme] = useState(() => localStorage.getItem('breachdesk-theme') ?? 'light');
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    localStorage.setItem('breachdesk-theme', theme);
  }, [theme]);
  return [theme, () => setTheme((t) => (t === 'light' ? 'dark' : 'light'))];
}
