// Renders the app icons (any + maskable, 192 and 512) with headless Chromium.
// Run once after changing the design: node scripts/make-icons.mjs
import { chromium } from 'playwright-core';

const glyph = (size, maskable) => {
  const radius = maskable ? 0 : size * 0.22;
  const font = maskable ? size * 0.36 : size * 0.46;
  return `<html><body style="margin:0">
  <div style="width:${size}px;height:${size}px;background:#7a1f2b;border-radius:${radius}px;display:flex;align-items:center;justify-content:center;flex-direction:column">
    <div style="color:#f7e7c6;font:700 ${font}px 'WenQuanYi Micro Hei',sans-serif;line-height:1">会</div>
    <div style="width:${size * 0.3}px;height:${size * 0.03}px;background:#d9b25f;margin-top:${size * 0.05}px;border-radius:${size}px"></div>
  </div></body></html>`;
};

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
for (const size of [192, 512]) {
  for (const maskable of [false, true]) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(glyph(size, maskable));
    await page.screenshot({
      path: `public/icons/${maskable ? 'maskable' : 'icon'}-${size}.png`,
      omitBackground: !maskable,
    });
  }
}
await browser.close();
