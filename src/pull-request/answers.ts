// GitHub's list answers, checked as they are read: a page that is not what was asked for fails
// the list, rather than being taken for fewer files or comments than there are.
import type { ListedComment } from './comment-identity.js'

/** What GitHub answered that is not what the gate asked for. */
export class GitHubAnswerError extends Error {
  constructor(url: string, expected: string) {
    super(`GitHub's answer to GET ${pathOf(url)} is not ${expected}`)
    this.name = 'GitHubAnswerError'
  }
}

export function filesOf(data: unknown, url: string): { name: string; previous?: string }[] {
  if (!Array.isArray(data)) throw new GitHubAnswerError(url, 'a list of files')
  return data.map((file: unknown) => {
    if (!isRecord(file) || typeof file.filename !== 'string')
      throw new GitHubAnswerError(url, 'a list of files')
    return typeof file.previous_filename === 'string'
      ? { name: file.filename, previous: file.previous_filename }
      : { name: file.filename }
  })
}

export function commentsOf(data: unknown, url: string): ListedComment[] {
  if (!Array.isArray(data)) throw new GitHubAnswerError(url, 'a list of comments')
  return data.flatMap((comment: unknown) => {
    if (!isRecord(comment) || typeof comment.id !== 'number')
      throw new GitHubAnswerError(url, 'a list of comments')
    const { user } = comment
    const login = isRecord(user) && typeof user.login === 'string' ? user.login : undefined
    return [
      {
        id: comment.id,
        body: typeof comment.body === 'string' ? comment.body : undefined,
        user: login === undefined ? null : { login }
      }
    ]
  })
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname
  } catch {
    return url
  }
}
