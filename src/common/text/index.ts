// Vietnamese text handling shared by the server, the web app and the CLI.

export { cleanName, cleanText, nfc, stripInvisible } from './normalize.ts'
export { fold } from './fold.ts'
export { collationLevels, compareVi, sortKey, viCollator, type CollationLevels } from './collation.ts'
export { compareNames, nameSortKey, sortNames, splitName, type NameParts } from './names.ts'
export {
  decodeAuto,
  decodeTcvn3,
  decodeVni,
  detectEncoding,
  fontEncoding,
  type DecodeResult,
  type DetectedEncoding,
  type FontEncoding,
  type LegacyEncoding,
} from './legacy.ts'
