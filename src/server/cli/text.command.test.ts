import { describe, it, expect } from 'vitest'
import { Readable, Writable } from 'node:stream'
import { Command } from 'commander'
import { decodeLine, readAll, registerTextCommand, runTextFilter, splitLines } from './text.command.ts'

const TCVN3_LINE = 'Tr\u00ADêng S¬n'
const VNI_LINE = 'Tröôøng Sôn'

describe('splitLines', () => {
  it('splits on newlines and remembers a trailing newline', () => {
    expect(splitLines('a\nb\n')).toEqual({ lines: ['a', 'b'], trailingNewline: true })
    expect(splitLines('a\r\nb')).toEqual({ lines: ['a', 'b'], trailingNewline: false })
    expect(splitLines('')).toEqual({ lines: [], trailingNewline: false })
  })
})

describe('runTextFilter', () => {
  it('folds each line', () => {
    expect(runTextFilter('fold', 'Lê Văn Dũng\nĐOÀN  Thị\n')).toBe('le van dung\ndoan thi\n')
  })

  it('keeps the absence of a trailing newline', () => {
    expect(runTextFilter('fold', 'Hà Nội')).toBe('ha noi')
  })

  it('normalizes each line to NFC', () => {
    expect(runTextFilter('nfc', 'Nguye\u0302\u0303n\nTr\u01B0\u01A1\u0300ng\n')).toBe('Nguyễn\nTrường\n')
  })

  it('sorts names by given, middle and family name and drops empty lines', () => {
    const input = 'Trần Văn Bình\n\nLê Thị Ánh\n  \nNguyễn Anh\nĐỗ Văn An\n'
    expect(runTextFilter('sort-names', input)).toBe('Đỗ Văn An\nNguyễn Anh\nLê Thị Ánh\nTrần Văn Bình\n')
    expect(runTextFilter('sort-names', '\n\n')).toBe('')
  })

  it('decodes by detection and leaves Unicode and ASCII lines unchanged', () => {
    const input = [TCVN3_LINE, VNI_LINE, 'Trường Sơn', 'Truong Son', ''].join('\n') + '\n'
    expect(runTextFilter('decode', input)).toBe('Trường Sơn\nTrường Sơn\nTrường Sơn\nTruong Son\n\n')
    expect(runTextFilter('decode', input, { from: 'auto' })).toBe(runTextFilter('decode', input))
  })

  it('decodes with a forced encoding', () => {
    expect(runTextFilter('decode', `${TCVN3_LINE}\n`, { from: 'tcvn3' })).toBe('Trường Sơn\n')
    expect(runTextFilter('decode', `${VNI_LINE}\n`, { from: 'vni' })).toBe('Trường Sơn\n')
  })

  it('upper-cases TCVN3 text on request', () => {
    expect(decodeLine(TCVN3_LINE, { from: 'tcvn3', uppercase: true })).toBe('TRƯỜNG SƠN')
    expect(decodeLine(TCVN3_LINE, { uppercase: true })).toBe('TRƯỜNG SƠN')
    expect(decodeLine(VNI_LINE, { uppercase: true })).toBe('Trường Sơn')
  })
})

describe('readAll', () => {
  it('reads UTF-8 split across chunks and drops a byte order mark', async () => {
    const bytes = Buffer.from('\uFEFFLê Văn', 'utf8')
    const stream = Readable.from([bytes.subarray(0, 5), bytes.subarray(5)])
    expect(await readAll(stream)).toBe('Lê Văn')
  })
})

describe('registerTextCommand', () => {
  function run(args: string[], input: string): Promise<string> {
    let output = ''
    const stdout = new Writable({
      write(chunk, _encoding, done) {
        output += chunk.toString()
        done()
      },
    })
    const program = new Command().exitOverride().configureOutput({ writeErr: () => {} })
    registerTextCommand(program, { stdin: Readable.from([Buffer.from(input)]), stdout })
    return program.parseAsync(['text', ...args], { from: 'user' }).then(() => output)
  }

  it('registers the subcommands with bilingual descriptions', () => {
    const program = new Command()
    const text = registerTextCommand(program)
    const subcommands = text.commands.map((c) => [c.name(), c.description()])
    expect(subcommands.map(([name]) => name)).toEqual(['fold', 'sort-names', 'nfc', 'decode'])
    for (const [, description] of subcommands) expect(description).toMatch(/\(.*[ạ-ỹàáâãèéêìíòóôõùúýăđơư].*\)/)
  })

  it('pipes stdin through the chosen filter', async () => {
    expect(await run(['fold'], 'Lê Văn Dũng\n')).toBe('le van dung\n')
    expect(await run(['decode', '--from', 'vni'], `${VNI_LINE}\n`)).toBe('Trường Sơn\n')
  })

  it('rejects an unknown --from value', async () => {
    await expect(run(['decode', '--from', 'viscii'], '')).rejects.toThrow(/viscii/)
  })
})
