// The authentication inputs: Basic (or anonymous), or ECR as Palette has it: un-protected, or
// protected with access keys and/or a chain of roles. Pure; problems go to the caller's collector.
import type { AwsAuth } from '../aws/role-settings.js'
import { shown } from '../errors.js'
import type { RegistryCredentials } from '../registry/registry-credentials.js'
import type { InputName, RawInputs } from './input-names.js'

export type Problem = (input: InputName, message: string) => void

export type RegistryAuth =
  | RegistryCredentials
  | { type: 'ecr'; protected: false }
  | { type: 'ecr'; protected: true; aws: AwsAuth }

const AWS_INPUTS: readonly InputName[] = [
  'aws-access-key-id',
  'aws-secret-access-key',
  'aws-session-token',
  'role-arn',
  'external-id',
  'role-session-name',
  'role-duration-seconds'
]
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/
const ACCESS_KEY_ID = /^[A-Z0-9]{16,128}$/
export const DEFAULT_ROLE_SESSION_NAME = 'palette-chart-gate'

export function parseAuth(raw: RawInputs, problem: Problem): RegistryAuth {
  const text = (input: InputName): string => (raw[input] ?? '').trim()
  const authType = text('auth-type').toLowerCase() || 'basic'
  const username = text('username')
  // Passwords are taken as given: surrounding spaces may be part of them.
  const password = raw.password ?? ''
  const awsGiven = AWS_INPUTS.filter(input => text(input) !== '')
  if (authType === 'ecr') {
    if (username !== '' || password !== '') {
      problem(
        username !== '' ? 'username' : 'password',
        'applies to auth-type basic; ECR credentials come from AWS'
      )
    }
    const isProtected = parseBoolean(text('protected'), true, 'protected', problem)
    if (!isProtected) {
      for (const input of awsGiven) {
        problem(
          input,
          'is given, but protected is false (un-protected mode pulls anonymously): set protected: true or drop it'
        )
      }
      return { type: 'ecr', protected: false }
    }
    return { type: 'ecr', protected: true, aws: parseAws(text, problem) }
  }
  if (authType !== 'basic') {
    problem('auth-type', `${shown(authType)} is not one of: basic, ecr`)
    return { type: 'anonymous' }
  }
  for (const input of awsGiven) problem(input, 'applies to auth-type ecr')
  if (text('protected') !== '') problem('protected', 'applies to auth-type ecr')
  if (username === '' && password === '') return { type: 'anonymous' }
  if (username.includes(':'))
    problem('username', 'contains ":", which Basic authentication cannot carry in a user name')
  if (username === '') problem('username', 'is required when a password is given')
  if (password === '') problem('password', 'is required when a username is given')
  return { type: 'basic', username, password }
}

function parseAws(text: (input: InputName) => string, problem: Problem): AwsAuth {
  const accessKeyId = text('aws-access-key-id')
  const secretAccessKey = text('aws-secret-access-key')
  const sessionToken = text('aws-session-token')
  if (accessKeyId !== '' && !ACCESS_KEY_ID.test(accessKeyId)) {
    problem(
      'aws-access-key-id',
      'is not an AWS access key ID (16 or more capital letters and digits, e.g. AKIA…)'
    )
  }
  if ((accessKeyId === '') !== (secretAccessKey === '')) {
    problem(
      accessKeyId === '' ? 'aws-access-key-id' : 'aws-secret-access-key',
      'is required with the other access key input'
    )
  }
  if (sessionToken !== '' && accessKeyId === '')
    problem('aws-session-token', 'needs aws-access-key-id and aws-secret-access-key')
  const roleChain = text('role-arn')
    .split(/[\s,]+/)
    .filter(arn => arn !== '')
  for (const arn of roleChain) {
    if (!ROLE_ARN.test(arn))
      problem(
        'role-arn',
        `${shown(arn)} is not an IAM role ARN (arn:aws:iam::123456789012:role/name)`
      )
  }
  const externalId = text('external-id')
  if (externalId !== '' && !EXTERNAL_ID.test(externalId)) {
    problem('external-id', 'must be 2 to 1224 characters of letters, digits and +=,.@:/-')
  }
  if (externalId !== '' && roleChain.length === 0)
    problem('external-id', 'is only sent when assuming a role: set role-arn')
  const roleSessionName = text('role-session-name') || DEFAULT_ROLE_SESSION_NAME
  if (!SESSION_NAME.test(roleSessionName)) {
    problem(
      'role-session-name',
      `${shown(roleSessionName)} is not a valid role session name: 2 to 64 characters of letters, digits and +=,.@_- (no brackets or spaces)`
    )
  }
  const durationText = text('role-duration-seconds') || '900'
  const durationSeconds = Number(durationText)
  if (roleChain.length > 1 && durationSeconds > 3600) {
    problem(
      'role-duration-seconds',
      `is ${durationSeconds}, but AWS limits chained roles to 3600 seconds`
    )
  }
  if (!/^\d+$/.test(durationText) || durationSeconds < 900 || durationSeconds > 43200) {
    problem(
      'role-duration-seconds',
      `${shown(durationText)} is not a whole number of seconds from 900 to 43200`
    )
  }
  return {
    ...(accessKeyId === ''
      ? {}
      : {
          keys: { accessKeyId, secretAccessKey, ...(sessionToken === '' ? {} : { sessionToken }) }
        }),
    roleChain,
    ...(externalId === '' ? {} : { externalId }),
    roleSessionName,
    durationSeconds
  }
}

/** The YAML 1.2 core schema booleans, as core.getBooleanInput accepts them. */
export function parseBoolean<Name extends string>(
  value: string,
  fallback: boolean,
  input: Name,
  problem: (input: Name, message: string) => void
): boolean {
  if (value === '') return fallback
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  problem(input, `${shown(value)} is not a boolean: use true or false`)
  return fallback
}

/** Whether registry requests carry the user's credentials (for the clear-text rule and the layer). */
export function usesCredentials(auth: RegistryAuth): boolean {
  return auth.type === 'basic' || (auth.type === 'ecr' && auth.protected)
}
