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
    let redacted = value
    // Longest first: a secret inside another must not leave part of the longer one.
    for (const secret of [...this.secrets].sort((a, b) => b.length - a.length))
      redacted = redacted.replaceAll(secret, '***')
    return redacted
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
