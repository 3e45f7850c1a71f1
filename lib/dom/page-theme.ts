/**
 * Light or dark, from the site's own background (X "Lights out", LinkedIn and
 * Facebook dark modes follow their own setting, not always the OS).
 */
export function readPageTheme(doc: Document): 'light' | 'dark' {
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const color = getComputedStyle(element).backgroundColor;
    const rgb = color.match(/[\d.]+/g)?.map(Number);
    if (!rgb || rgb.length < 3) continue;
    if (rgb.length === 4 && rgb[3] === 0) continue; // transparent: look further out
    const [r = 255, g = 255, b = 255] = rgb;
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
  }
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
