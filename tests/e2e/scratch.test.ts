import { it } from 'vitest';
import { launchApp, openApp } from './browser.ts';
it('scratch', async () => {
  const app = await launchApp();
  const page = app.page;
  for (const [w, h, name, proj] of [[1024, 600, 'net', false], [1366, 768, 'wide', false], [853, 480, 'proj150', true], [1366, 768, 'projwide', true]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await openApp(page, app.server.url);
    const on = await page.locator('#projector').getAttribute('aria-pressed');
    if (String(proj) !== on) await page.keyboard.press('F9');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/shot-${name}.png` });
    const boxes = await page.evaluate(() => Object.fromEntries(['editor', 'run', 'stop', 'view', 'kit'].map((id) => { const r = document.getElementById(id)!.getBoundingClientRect(); return [id, [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)]]; })));
    console.log(name, JSON.stringify(boxes), await page.getByRole('combobox', { name: 'Language', exact: true }).count());
  }
  await app.close();
}, 120_000);
