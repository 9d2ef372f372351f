import { chromium } from 'playwright-core';
// usage: url width out [flags...] ; flags: nojs dark top clip=Y:H sel=CSS
const [url, width, out, ...flags] = process.argv.slice(2);
const flag = (name) => flags.find((f) => f.startsWith(name + '='))?.slice(name.length + 1);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, javaScriptEnabled: !flags.includes('nojs'), colorScheme: flags.includes('dark') ? 'dark' : 'light' });
await page.goto(url);
if (flag('sel')) await page.locator(flag('sel')).first().screenshot({ path: out });
else if (flag('clip')) { const [y, h] = flag('clip').split(':').map(Number); await page.screenshot({ path: out, fullPage: true, clip: { x: 0, y, width: Number(width), height: h } }); }
else await page.screenshot({ path: out, fullPage: !flags.includes('top') });
await browser.close();
