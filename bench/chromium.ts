// Headless Debian Chromium driven by playwright-core (no browser download): how the report
// tests (test/report) and the report benchmark (bench/report.ts) open pages. The flags keep
// Chromium from its background connections (component updates, sync, QUIC), which are refused
// here and would count as failed requests.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';

export const CHROMIUM = process.env.TPE_CHROMIUM ?? '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

export interface Session {
  browser: BrowserContext;
  close: () => Promise<void>;
}

/** A fresh persistent context: a new profile folder (playwright passes it as --user-data-dir), removed on close. */
export async function launch(): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'tpe-chromium-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 900 },
  });
  return {
    browser: ctx,
    close: async () => {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface PageLog {
  errors: string[];
  failed: string[];
  requests: string[];
  dialogs: string[];
}

/** A new page that records console errors, page errors, failed and all requests, and dialogs (dismissed). */
export async function openPage(s: Session, url: string, waitReady = true): Promise<{ page: Page; log: PageLog }> {
  const page = await s.browser.newPage();
  const log: PageLog = { errors: [], failed: [], requests: [], dialogs: [] };
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') log.errors.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('requestfailed', (r) => log.failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('dialog', (d) => {
    log.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(url, { waitUntil: 'load' });
  if (waitReady)
    await page.waitForFunction(() => (window as unknown as { tpeReport?: { ready: boolean } }).tpeReport?.ready === true, undefined, {
      timeout: 30_000,
    });
  return { page, log };
}

export type { Browser, Page };
