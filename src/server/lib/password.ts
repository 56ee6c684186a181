// argon2id with OWASP's minimum (m = 19 MiB, t = 2, p = 1: the library's defaults); length over composition rules.
import { hash, verify } from '@node-rs/argon2'
import { AppError } from './errors.ts'

const COMMON = new Set([
  '123456789012', '1234567890123', 'qwertyuiopas', 'password1234', 'matkhau12345', 'matkhau123456', '111111111111',
  '000000000000', 'abc123456789', 'iloveyou1234', 'admin1234567', 'administrator', 'neuguong1234', 'dangcongsan1',
  'vietnam12345', 'hochiminh1234', 'passwordpassword', '123123123123', 'qwerty123456', 'zaq12wsxcde3',
])

export const PASSWORD_MIN = 12
export const PASSWORD_MAX = 128

export function assertPasswordAcceptable(password: string): void {
  if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) {
    throw new AppError('validation_failed', 'passwordLength', { min: PASSWORD_MIN, max: PASSWORD_MAX }, { fields: [{ path: 'password', message: 'passwordLength' }] })
  }
  const lowered = password.toLowerCase()
  if (COMMON.has(lowered) || /^(.)\1+$/.test(password) || /^(0123456789|1234567890)+\d*$/.test(password)) {
    throw new AppError('validation_failed', 'passwordTooCommon', {}, { fields: [{ path: 'password', message: 'passwordTooCommon' }] })
  }
}

export const hashPassword = (password: string) => hash(password)
export const verifyPassword = (passwordHash: string, password: string) => verify(passwordHash, password).catch(() => false)

/** Verified against when the account does not exist, so both answers take the same time. */
let dummyHash: Promise<string> | null = null
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hash('không-có-tài-khoản-này')
  return dummyHash
}
