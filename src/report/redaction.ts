// Secrets kept out of what GitHub does not mask: the pull-request comment. The runner masks its log
// only, so every secret the run read is replaced by *** in the results before a comment is built
// (before cells are cut, so no part of a secret survives a cut).
import type { BatchOutcome, LayerResult } from '../gate/batch.js'

export class SecretRedactor {
  private readonly secrets = new Set<string>()

  add(secret: string): void {
    if (secret === '') return
    this.secrets.add(secret)
    // A comment shows one line of a multi-line secret (a JSON key) at a time: each line is secret.
    for (const line of secret.split(/\r?\n/).map(part => part.trim()))
      if (line.length >= 6) this.secrets.add(line)
  }

  text(value: string): string {
    // Every place any secret occurs, merged where they overlap or touch: two secrets sharing
    // characters must not leave a part of either.
    const ranges: [number, number][] = []
    for (const secret of this.secrets)
      for (let at = value.indexOf(secret); at !== -1; at = value.indexOf(secret, at + 1))
        ranges.push([at, at + secret.length])
    if (ranges.length === 0) return value
    ranges.sort((a, b) => a[0] - b[0])
    let redacted = ''
    let end = 0
    let open: [number, number] | undefined
    for (const range of ranges) {
      if (open !== undefined && range[0] <= open[1]) {
        open[1] = Math.max(open[1], range[1])
        continue
      }
      if (open !== undefined) {
        redacted += `${value.slice(end, open[0])}***`
        end = open[1]
      }
      open = [range[0], range[1]]
    }
    if (open !== undefined) redacted += `${value.slice(end, open[0])}***`
    return redacted + value.slice(open?.[1] ?? end)
  }

  outcome(outcome: BatchOutcome): BatchOutcome {
    const nullable = (value: string | null): string | null =>
      value === null ? null : this.text(value)
    return {
      ...outcome,
      results: outcome.results.map((result): LayerResult => ({
        ...result,
        file: this.text(result.file),
        registry: this.text(result.registry),
        chart: this.text(result.chart),
        version: this.text(result.version),
        region: nullable(result.region),
        reason: nullable(result.reason),
        hint: nullable(result.hint)
      }))
    }
  }

  error<T extends { title: string; message: string; hint: string }>(error: T): T {
    return { ...error, message: this.text(error.message), hint: this.text(error.hint) }
  }
}
