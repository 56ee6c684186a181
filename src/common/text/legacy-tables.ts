// Code tables of the legacy 8-bit Vietnamese encodings, as characters of the mis-decoded
// (Latin-1 / Windows-1252) string: TCVN 5712:1993 "ABC" (TCVN3) and VNI-Windows.

// TCVN3 ABC: one byte per lowercase letter; capitals only for Ă Â Ê Ô Ơ Ư Đ (A1–A7).
// Capital toned letters come from the all-caps fonts (.VnTimeH …) drawing the lowercase codes.
export const TCVN3_TABLE: ReadonlyArray<readonly [number, string]> = [
  [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
  [0xa8, 'ă'], [0xa9, 'â'], [0xaa, 'ê'], [0xab, 'ô'], [0xac, 'ơ'], [0xad, 'ư'], [0xae, 'đ'],
  [0xb5, 'à'], [0xb6, 'ả'], [0xb7, 'ã'], [0xb8, 'á'], [0xb9, 'ạ'],
  [0xbb, 'ằ'], [0xbc, 'ẳ'], [0xbd, 'ẵ'], [0xbe, 'ắ'], [0xc6, 'ặ'],
  [0xc7, 'ầ'], [0xc8, 'ẩ'], [0xc9, 'ẫ'], [0xca, 'ấ'], [0xcb, 'ậ'],
  [0xcc, 'è'], [0xce, 'ẻ'], [0xcf, 'ẽ'], [0xd0, 'é'], [0xd1, 'ẹ'],
  [0xd2, 'ề'], [0xd3, 'ể'], [0xd4, 'ễ'], [0xd5, 'ế'], [0xd6, 'ệ'],
  [0xd7, 'ì'], [0xd8, 'ỉ'], [0xdc, 'ĩ'], [0xdd, 'í'], [0xde, 'ị'],
  [0xdf, 'ò'], [0xe1, 'ỏ'], [0xe2, 'õ'], [0xe3, 'ó'], [0xe4, 'ọ'],
  [0xe5, 'ồ'], [0xe6, 'ổ'], [0xe7, 'ỗ'], [0xe8, 'ố'], [0xe9, 'ộ'],
  [0xea, 'ờ'], [0xeb, 'ở'], [0xec, 'ỡ'], [0xed, 'ớ'], [0xee, 'ợ'],
  [0xef, 'ù'], [0xf1, 'ủ'], [0xf2, 'ũ'], [0xf3, 'ú'], [0xf4, 'ụ'],
  [0xf5, 'ừ'], [0xf6, 'ử'], [0xf7, 'ữ'], [0xf8, 'ứ'], [0xf9, 'ự'],
  [0xfa, 'ỳ'], [0xfb, 'ỷ'], [0xfc, 'ỹ'], [0xfd, 'ý'], [0xfe, 'ỵ'],
]

// VNI-Windows: a base letter followed by a diacritic byte; a few letters are single bytes.
// Rows: Unicode letters and their VNI spelling, tones in the order none, sắc, huyền, hỏi, ngã, nặng.
const VNI_ROWS: ReadonlyArray<readonly [string, string]> = [
  ['a á à ả ã ạ', 'a aù aø aû aõ aï'],
  ['â ấ ầ ẩ ẫ ậ', 'aâ aá aà aå aã aä'],
  ['ă ắ ằ ẳ ẵ ặ', 'aê aé aè aú aü aë'],
  ['e é è ẻ ẽ ẹ', 'e eù eø eû eõ eï'],
  ['ê ế ề ể ễ ệ', 'eâ eá eà eå eã eä'],
  ['o ó ò ỏ õ ọ', 'o où oø oû oõ oï'],
  ['ô ố ồ ổ ỗ ộ', 'oâ oá oà oå oã oä'],
  ['ơ ớ ờ ở ỡ ợ', 'ô ôù ôø ôû ôõ ôï'],
  ['u ú ù ủ ũ ụ', 'u uù uø uû uõ uï'],
  ['ư ứ ừ ử ữ ự', 'ö öù öø öû öõ öï'],
  ['i í ì ỉ ĩ ị', 'i í ì æ ó ò'],
  ['y ý ỳ ỷ ỹ ỵ', 'y yù yø yû yõ î'],
  ['đ', 'ñ'],
  ['A Á À Ả Ã Ạ', 'A AÙ AØ AÛ AÕ AÏ'],
  ['Â Ấ Ầ Ẩ Ẫ Ậ', 'AÂ AÁ AÀ AÅ AÃ AÄ'],
  ['Ă Ắ Ằ Ẳ Ẵ Ặ', 'AÊ AÉ AÈ AÚ AÜ AË'],
  ['E É È Ẻ Ẽ Ẹ', 'E EÙ EØ EÛ EÕ EÏ'],
  ['Ê Ế Ề Ể Ễ Ệ', 'EÂ EÁ EÀ EÅ EÃ EÄ'],
  ['O Ó Ò Ỏ Õ Ọ', 'O OÙ OØ OÛ OÕ OÏ'],
  ['Ô Ố Ồ Ổ Ỗ Ộ', 'OÂ OÁ OÀ OÅ OÃ OÄ'],
  ['Ơ Ớ Ờ Ở Ỡ Ợ', 'Ô ÔÙ ÔØ ÔÛ ÔÕ ÔÏ'],
  ['U Ú Ù Ủ Ũ Ụ', 'U UÙ UØ UÛ UÕ UÏ'],
  ['Ư Ứ Ừ Ử Ữ Ự', 'Ö ÖÙ ÖØ ÖÛ ÖÕ ÖÏ'],
  ['I Í Ì Ỉ Ĩ Ị', 'I Í Ì Æ Ó Ò'],
  ['Y Ý Ỳ Ỷ Ỹ Ỵ', 'Y YÙ YØ YÛ YÕ Î'],
  ['Đ', 'Ñ'],
]

// VNI spelling → Unicode letter, for every spelling that is not already itself.
export const VNI_TABLE: ReadonlyMap<string, string> = new Map(
  VNI_ROWS.flatMap(([letters, codes]) => {
    const [us, vs] = [letters.split(' '), codes.split(' ')]
    return us.flatMap((u, i): Array<[string, string]> => (vs[i] === u ? [] : [[vs[i], u]]))
  }),
)
