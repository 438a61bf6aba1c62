// Runs once before the test workers start: unpacks the npm-shipped Chromium to /tmp, so browser
// tests running in parallel workers never unpack it at the same time on a fresh machine.
export default async function unpackChromium(): Promise<void> {
  if (process.env.CHROMIUM_PATH) return;
  const { default: sparticuz } = await import("@sparticuz/chromium");
  await sparticuz.executablePath();
}
