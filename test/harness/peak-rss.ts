// The peak resident memory of a child Node.js process (the bundled action or command line): a hook
// loaded with --import prints process.resourceUsage().maxRSS (KiB) on stderr as the process exits.
const HOOK =
  "process.on('exit', () => process.stderr.write(`peak-rss-kib=${process.resourceUsage().maxRSS}\\n`))"

/** The environment that makes a child report its peak memory; a data: URL, so no file to clean up. */
export const PEAK_RSS_ENV: Record<string, string> = {
  NODE_OPTIONS: `--import=data:text/javascript,${encodeURIComponent(HOOK)}`
}

/** The peak the child reported, in MiB; NaN when it reported none (it was killed). */
export const peakRssMiB = (stderr: string): number =>
  Number(/peak-rss-kib=(\d+)/.exec(stderr)?.[1] ?? 'NaN') / 1024
