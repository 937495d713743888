// TCVN3: the Vietnamese standard TCVN 5712:1993 in its "VN3" form, the 8-bit encoding of the ABC fonts
// (.VnTime, .VnArial, ...) most northern and government documents were typed in before Unicode. Bytes
// below 0x80 are ASCII; the Vietnamese letters sit in 0xA1–0xFE, one byte each, tone included.
//
// Capitals: VN3 has only the seven capitals without a tone (Ă Â Ê Ô Ơ Ư Đ; A, E, ... are ASCII). A toned
// capital was typed in the companion capitals font (.VnTimeH), which draws "Á" at the byte of "á": once
// the font is gone the bytes cannot tell them apart, so those bytes decode as small letters. The fuller
// VN1 form puts toned capitals in the C0 controls, 0x80–0x9F and the gaps of the table below; ABC files
// use 0x80–0x9F for Windows-1252's quotes and dashes, so every byte not listed reads as Windows-1252.
import { fromCodeUnits, windows1252Units } from './single-byte.js'

/**
 * The letters of TCVN3, each run as [its first byte, the letters at that byte and the ones after it].
 * Within a vowel the tones run in the standard's order: grave, hook above, tilde, acute, dot below.
 * From the TCVN3 column of the usual comparison charts of Vietnamese encodings (TCVN 5712:1993, VN3).
 * The bytes skipped inside 0xB5–0xFE (0xBA, 0xBF–0xC5, 0xCD, 0xD9–0xDB, 0xE0, 0xF0) are where VN1 puts capitals.
 */
export const TCVN3_LETTERS: ReadonlyArray<readonly [number, string]> = [
  [0xa1, 'ĂÂÊÔƠƯĐ'], // the capitals with a letter diacritic, no tone
  [0xa8, 'ăâêôơưđ'], // the same, small
  [0xb5, 'àảãáạ'],
  [0xbb, 'ằẳẵắ'], // ă with grave to acute; its dot below comes after the gap, at 0xC6
  [0xc6, 'ặầẩẫấậ'], // ặ, then â
  [0xcc, 'è'],
  [0xce, 'ẻẽéẹ'],
  [0xd2, 'ềểễếệìỉ'], // ê, then i with grave and hook above
  [0xdc, 'ĩíịò'], // the rest of i, then o with grave
  [0xe1, 'ỏõóọồổỗốộờởỡớợù'], // the rest of o, ô, ơ, then u with grave
  [0xf1, 'ủũúụừửữứựỳỷỹýỵ'], // the rest of u, ư, y
]

const TABLE = windows1252Units()
for (const [first, letters] of TCVN3_LETTERS) for (let i = 0; i < letters.length; i++) TABLE[first + i] = letters.charCodeAt(i)

/** TCVN3 (ABC) bytes as NFC text; toned capitals, which TCVN3 cannot tell from small letters, come out small. */
export function decodeTcvn3(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length)
  for (let i = 0; i < bytes.length; i++) units[i] = TABLE[bytes[i]!]!
  return fromCodeUnits(units)
}
