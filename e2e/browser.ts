import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource: string = require('axe-core').source;

export const SCREENSHOT_DIR = 'test-results/screenshots';

/**
 * A fontconfig file that adds the BIZ UDPGothic the project ships (for its PDF copies) to the
 * system's fonts: the machine may have no Japanese font, and screenshots must be readable.
 */
function fontConfigWithJapanese(): string {
  const fonts = dirname(require.resolve('@expo-google-fonts/biz-udpgothic/package.json'));
  const dir = mkdtempSync(join(tmpdir(), 'yakuba-fonts-'));
  const file = join(dir, 'fonts.conf');
  writeFileSync(file, `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  <dir>${fonts}</dir>\n  <cachedir>${join(dir, 'cache')}</cachedir>\n</fontconfig>\n`);
  return file;
}

let fontConfig: string | undefined;

/** Debian's Chromium, headless, with no network beyond this machine. */
export function launchBrowser(): Promise<Browser> {
  fontConfig ??= fontConfigWithJapanese();
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    env: { ...process.env, FONTCONFIG_FILE: fontConfig },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function newContext(browser: Browser, options: { javaScript?: boolean; width?: number } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScript ?? true,
    viewport: { width: options.width ?? 390, height: 844 },
    locale: 'ja-JP',
  });
  context.setDefaultTimeout(15_000);
  return context;
}

/**
 * Collects CSP violations, script errors and failed sub-resources (stylesheets, scripts, images):
 * a page that needs inline code or links a missing asset shows up here. The page's own status
 * (a 404 page, a 400 form error) is checked by the test, not here.
 */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text());
  });
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'document' && response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  // A request the browser dropped because the page moved on (a favicon during a quick navigation) is not a fault of the page.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

const pagesWithoutJavaScript = new WeakSet<Page>();

export async function newPage(context: BrowserContext, javaScript: boolean): Promise<Page> {
  const page = await context.newPage();
  if (!javaScript) pagesWithoutJavaScript.add(page);
  return page;
}

/**
 * Runs axe-core with the WCAG 2.0/2.1/2.2 A and AA rules on the page as it is now. A page with
 * JavaScript turned off cannot run axe, so its HTML is replayed at the same address in a second,
 * scripted page (same stylesheets, same layout) and checked there.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!pagesWithoutJavaScript.has(page)) return runAxe(page);
  const html = await page.content();
  const url = page.url();
  const viewport = page.viewportSize() ?? undefined;
  const replayContext = await page.context().browser()!.newContext({ viewport });
  try {
    const replay = await replayContext.newPage();
    await replay.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await replay.goto(url);
    return await runAxe(replay);
  } finally {
    await replayContext.close();
  }
}

async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('\n');
}

/** Every page is checked the same way: lang, a title no other page uses, axe, console and CSP problems, screenshot. */
export async function checkPage(page: Page, name: string, expected: { lang?: string; title: RegExp }, problems: string[], titles = new Map<string, string>()) {
  assert.equal(await page.getAttribute('html', 'lang'), expected.lang ?? 'ja', `${name}: lang`);
  const title = await page.title();
  assert.match(title, expected.title, `${name}: title`);
  const seen = titles.get(title);
  assert.ok(!seen || seen === name, `${name}: title "${title}" is also used by ${seen}`);
  titles.set(title, name);
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, `${name}: axe violations\n${describeViolations(violations)}`);
  assert.deepEqual(problems, [], `${name}: console errors or failed resources`);
  await screenshot(page, name);
}

/** A platform authenticator with a verified user, as a phone's fingerprint reader would be. */
export async function addVirtualAuthenticator(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
  });
}

/** Clicks a choice of the header: behind 「メニュー」 on a narrow screen, in the header itself on a wide one. */
export async function chooseInHeader(page: Page, selector: string): Promise<void> {
  const menu = page.locator('header .header-menu > summary');
  if (await menu.isVisible()) {
    await menu.click();
    await page.locator(`header .header-menu ${selector}`).click();
  } else {
    await page.locator(`header .header-wide ${selector}`).click();
  }
}
