// neuguong user create | grant, neuguong token create
import type { Command } from 'commander'
import { GRANT_SCOPES, ROLES, type GrantScope, type Role } from '../../common/contracts/enums.ts'
import { systemCtx } from '../lib/actor.ts'
import type { Db } from '../db/client.ts'
import { addGrant, createAccount, getAccountByUsername, type GrantInput } from '../features/accounts/accounts.service.ts'
import { createApiToken } from '../features/auth/auth.service.ts'
import { getOrganizationByCode } from '../features/organizations/organizations.service.ts'
import { CliError, action, readStdin, withDatabase } from './db.ts'

const collect = (value: string, previous: string[]) => [...previous, value]

/** ROLE:ORGCODE[:subtree|unit] */
export function parseGrant(spec: string): { role: Role; orgCode: string; scope: GrantScope } {
  const [role, orgCode, scope = 'subtree', ...rest] = spec.split(':')
  if (!ROLES.includes(role as Role) || !orgCode || !GRANT_SCOPES.includes(scope as GrantScope) || rest.length) {
    throw new CliError(`Quyền không hợp lệ "${spec}": dạng đúng là VAI_TRÒ:MÃ_TỔ_CHỨC[:subtree|unit], vai trò là một trong ${ROLES.join(', ')}`, 2)
  }
  return { role: role as Role, orgCode, scope: scope as GrantScope }
}

async function resolveGrants(db: Db, specs: string[]): Promise<GrantInput[]> {
  const out: GrantInput[] = []
  for (const spec of specs) {
    const g = parseGrant(spec)
    const org = await getOrganizationByCode(db, g.orgCode).catch(() => {
      throw new CliError(`Không có tổ chức mã "${g.orgCode}" (xem: neuguong org list)`)
    })
    out.push({ role: g.role, organizationId: org.id, scope: g.scope })
  }
  return out
}

export function registerUserCommands(program: Command) {
  const user = program.command('user').description('Tài khoản và quyền (accounts and grants)')
  user
    .command('create')
    .description('Tạo tài khoản; mật khẩu đọc từ stdin (create an account; password from stdin)')
    .requiredOption('--username <username>', 'tên đăng nhập')
    .option('--display-name <name>', 'tên hiển thị')
    .option('--password-stdin', 'đọc mật khẩu từ dòng đầu của stdin')
    .option('--grant <ROLE:ORGCODE[:subtree|unit]>', 'cấp quyền (lặp lại được)', collect, [])
    .action(action(async (opts: { username: string; displayName?: string; passwordStdin?: boolean; grant: string[] }) => {
      if (!opts.passwordStdin) throw new CliError('Cần --password-stdin (mật khẩu không được đặt trên dòng lệnh)', 2)
      const password = (await readStdin()).split(/\r?\n/)[0] ?? ''
      if (!password) throw new CliError('Không đọc được mật khẩu từ stdin', 2)
      opts.grant.forEach(parseGrant)
      await withDatabase(async ({ db }) => {
        const account = await createAccount({
          db, ctx: systemCtx(),
          input: { username: opts.username, displayName: opts.displayName ?? opts.username, password, grants: await resolveGrants(db, opts.grant) },
        })
        console.log(`Đã tạo tài khoản ${account.username} (${account.id})`)
      })
    }))
  user
    .command('grant')
    .description('Cấp thêm quyền cho tài khoản (add grants)')
    .requiredOption('--username <username>', 'tên đăng nhập')
    .requiredOption('--grant <ROLE:ORGCODE[:subtree|unit]>', 'quyền (lặp lại được)', collect, [])
    .action(action(async (opts: { username: string; grant: string[] }) => {
      opts.grant.forEach(parseGrant)
      await withDatabase(async ({ db }) => {
        const account = await getAccountByUsername(db, opts.username).catch(() => {
          throw new CliError(`Không có tài khoản "${opts.username}"`)
        })
        for (const grant of await resolveGrants(db, opts.grant)) await addGrant({ db, ctx: systemCtx(), account, grant })
        console.log(`Đã cấp ${opts.grant.length} quyền cho ${account.username}`)
      })
    }))

  program
    .command('token')
    .description('Mã truy cập API cá nhân (personal API tokens)')
    .command('create')
    .description('Tạo mã truy cập; chỉ in ra mã (Authorization: Bearer …)')
    .requiredOption('--username <username>', 'tên đăng nhập')
    .option('--name <name>', 'tên gợi nhớ của mã', 'cli')
    .action(action(async (opts: { username: string; name: string }) => {
      await withDatabase(async ({ db }) => {
        const account = await getAccountByUsername(db, opts.username).catch(() => {
          throw new CliError(`Không có tài khoản "${opts.username}"`)
        })
        process.stdout.write(`${await createApiToken({ db, ctx: systemCtx(), accountId: account.id, name: opts.name })}\n`)
      })
    }))
}
