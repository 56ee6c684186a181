// `neuguong text …`: line-oriented stdin → stdout filters over the Vietnamese text module.

import { Command, Option } from 'commander'
import type { Readable, Writable } from 'node:stream'
import { decodeAuto, decodeTcvn3, decodeVni, fold, nfc, sortNames } from '../../common/text/index.ts'

export type TextFilterKind = 'fold' | 'sort-names' | 'nfc' | 'decode'
export type DecodeFrom = 'tcvn3' | 'vni' | 'auto'

export interface TextFilterOptions {
  from?: DecodeFrom
  uppercase?: boolean
}

export interface TextIo {
  stdin: Readable
  stdout: Writable
}

export function splitLines(input: string): { lines: string[]; trailingNewline: boolean } {
  if (input === '') return { lines: [], trailingNewline: false }
  const trailingNewline = input.endsWith('\n')
  const body = trailingNewline ? input.slice(0, -1) : input
  return { lines: body.split('\n').map((line) => line.replace(/\r$/, '')), trailingNewline }
}

export function decodeLine(line: string, opts: TextFilterOptions = {}): string {
  const from = opts.from ?? 'auto'
  if (from === 'vni') return decodeVni(line)
  if (from === 'tcvn3') return decodeTcvn3(line, { uppercase: opts.uppercase })
  const { text, from: detected } = decodeAuto(line)
  return detected === 'tcvn3' && opts.uppercase ? text.toUpperCase() : text
}

function filterLines(kind: TextFilterKind, lines: string[], opts: TextFilterOptions): string[] {
  switch (kind) {
    case 'fold':
      return lines.map(fold)
    case 'nfc':
      return lines.map(nfc)
    case 'decode':
      return lines.map((line) => decodeLine(line, opts))
    case 'sort-names':
      return sortNames(lines.filter((line) => fold(line) !== ''))
  }
}

export function runTextFilter(kind: TextFilterKind, input: string, opts: TextFilterOptions = {}): string {
  const { lines, trailingNewline } = splitLines(input)
  const out = filterLines(kind, lines, opts)
  if (out.length === 0) return ''
  return out.join('\n') + (trailingNewline ? '\n' : '')
}

export async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks))
}

export function registerTextCommand(
  program: Command,
  io: TextIo = { stdin: process.stdin, stdout: process.stdout },
): Command {
  const filter = (kind: TextFilterKind) => async (opts: TextFilterOptions) => {
    io.stdout.write(runTextFilter(kind, await readAll(io.stdin), opts))
  }
  const text = program
    .command('text')
    .description('Vietnamese text filters, stdin to stdout (xử lý văn bản tiếng Việt)')
  text.command('fold').description('Fold to the search key (bỏ dấu, chữ thường)').action(filter('fold'))
  text
    .command('sort-names')
    .description('Sort person names by given, middle, family name (sắp xếp theo tên, tên đệm, họ)')
    .action(filter('sort-names'))
  text
    .command('nfc')
    .description('Normalize to precomposed Unicode NFC (chuẩn hoá Unicode dựng sẵn)')
    .action(filter('nfc'))
  text
    .command('decode')
    .description('Decode legacy TCVN3 (ABC) or VNI text to Unicode (chuyển mã TCVN3, VNI sang Unicode)')
    .addOption(
      new Option('--from <encoding>', 'source encoding (bảng mã nguồn)')
        .choices(['tcvn3', 'vni', 'auto'])
        .default('auto'),
    )
    .option('--uppercase', 'upper-case TCVN3 text from all-caps fonts like .VnTimeH (phông chữ hoa)')
    .action(filter('decode'))
  return text
}
