// Reading JSON that a registry sent: never throws, and narrows instead of casting.

export function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'))
  } catch {
    return undefined
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function parseJsonObject(bytes: Buffer): Record<string, unknown> | undefined {
  const value = parseJson(bytes)
  return isRecord(value) ? value : undefined
}

/** The field when it is a string. */
export function stringField(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key]
  return typeof value === 'string' ? value : undefined
}
