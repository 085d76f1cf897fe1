/** Serialises the first SVG inside `container` with its computed colours inlined, so it renders standalone. */
function standaloneSvg(container: HTMLElement): { text: string; width: number; height: number } | null {
  const svg = container.querySelector('svg.recharts-surface') ?? container.querySelector('svg');
  if (!svg) return null;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const styles = getComputedStyle(document.documentElement);
  const text = new XMLSerializer()
    .serializeToString(clone)
    .replace(/var\((--[a-z-]+)\)/g, (_m, name: string) => styles.getPropertyValue(name).trim() || '#888');
  const box = svg.getBoundingClientRect();
  const withNs = text.includes('xmlns=') ? text : text.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"');
  return { text: withNs, width: Math.ceil(box.width), height: Math.ceil(box.height) };
}

/** Saves a blob under a file name through a temporary link (no network, no new window). */
function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Exports the chart inside `container` as an SVG file. */
export function exportSvg(container: HTMLElement, name: string): void {
  const svg = standaloneSvg(container);
  if (svg) save(new Blob([svg.text], { type: 'image/svg+xml' }), `${name}.svg`);
}

/** Exports the chart inside `container` as a PNG file at twice the screen resolution. */
export function exportPng(container: HTMLElement, name: string): void {
  const svg = standaloneSvg(container);
  if (!svg) return;
  const img = new Image();
  img.onload = () => {
    const canvas = document.createElement('canvas');
    canvas.width = svg.width * 2;
    canvas.height = svg.height * 2;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.fillStyle = getComputedStyle(document.documentElement).getPropertyValue('--panel').trim() || '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0);
    canvas.toBlob((b) => b && save(b, `${name}.png`), 'image/png');
  };
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.text)}`;
}
