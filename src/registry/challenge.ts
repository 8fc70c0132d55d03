// WWW-Authenticate (RFC 9110 §11.6.1): one or more challenges, each a scheme with auth-params.
// Never throws: a header the gate cannot read yields no challenges, and the caller says so.

export interface Challenge {
  /** Lower-cased: basic, bearer, … */
  scheme: string
  /** Parameter names lower-cased; values unquoted. */
  params: Record<string, string>
}

const TOKEN_CHAR = /[!#$%&'*+.^_`|~0-9A-Za-z-]/

export function parseChallenges(header: string): Challenge[] {
  const challenges: Challenge[] = []
  let position = 0

  const skip = (pattern: RegExp): void => {
    while (position < header.length && pattern.test(header.charAt(position))) position++
  }
  const readToken = (): string => {
    const start = position
    skip(TOKEN_CHAR)
    return header.slice(start, position)
  }
  const readUntilSeparator = (): string => {
    const start = position
    skip(/[^\s,]/)
    return header.slice(start, position)
  }
  const readQuoted = (): string => {
    let value = ''
    position++ // opening quote
    while (position < header.length) {
      const char = header.charAt(position++)
      if (char === '"') return value
      if (char === '\\' && position < header.length) value += header.charAt(position++)
      else value += char
    }
    return value // unterminated: take what there is
  }

  while (position < header.length) {
    skip(/[\s,]/)
    const scheme = readToken()
    if (scheme === '') {
      position++ // not a token: step over it
      continue
    }
    const challenge: Challenge = { scheme: scheme.toLowerCase(), params: {} }
    challenges.push(challenge)
    for (;;) {
      const mark = position
      skip(/[\s,]/)
      const name = readToken()
      skip(/[ \t]/)
      if (name === '' || header.charAt(position) !== '=') {
        // A token68 value, or the scheme of the next challenge.
        position = name === '' ? Math.max(position, mark + 1) : mark
        if (name !== '' || position >= header.length) break
        continue
      }
      position++ // '='
      skip(/[ \t]/)
      // Unquoted values should be tokens; registries also send bare URLs, so read up to a separator.
      const value = header.charAt(position) === '"' ? readQuoted() : readUntilSeparator()
      challenge.params[name.toLowerCase()] = value
      skip(/[ \t]/)
      if (header.charAt(position) !== ',') break
    }
  }
  return challenges
}
