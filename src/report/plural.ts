// Counts in messages: "1 file", "2 files", never "1 files".

/** `count` with its noun, singular for exactly one. */
export function counted(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`
}

/** "is" for one, "are" for any other count. */
export function isAre(count: number): string {
  return count === 1 ? 'is' : 'are'
}
