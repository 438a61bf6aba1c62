// A headless Chromium for browser tests and screenshots: the one inside @sparticuz/chromium
// (installed by npm, nothing downloaded), or CHROMIUM_PATH (e.g. Debian's /usr/bin/chromium).
import { chromium, type Browser } from "playwright-core";

// Not the package's own serverless args: --single-process closes the browser with its first
// page, and --disable-web-security would make the script-injection tests meaningless.
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export async function launchBrowser(): Promise<Browser> {
  let executablePath = process.env.CHROMIUM_PATH;
  if (!executablePath) {
    const { default: sparticuz } = await import("@sparticuz/chromium");
    executablePath = await sparticuz.executablePath();
  }
  return chromium.launch({ executablePath, headless: true, args: ARGS });
}
