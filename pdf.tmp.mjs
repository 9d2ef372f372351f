import { chromium } from 'playwright-core';
const [url, out] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.goto(url);
await page.emulateMedia({ media: 'print' });
await page.pdf({ path: out, preferCSSPageSize: true, displayHeaderFooter: false });
await browser.close();
