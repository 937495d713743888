// Shared by the 8-bit font encodings: TCVN3 and VNI-Windows fonts are Windows fonts with Vietnamese
// glyphs drawn over some Windows-1252 positions. A byte a font did not redraw still shows its
// Windows-1252 character (the curly quotes and dashes Word typed into .VnTime documents, 0x91–0x97).

// 0x80–0x9F, from the Windows-1252 chart: Node's TextDecoder reads 'windows-1252' as Latin-1 there.
// The five bytes the code page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) keep their C1 code.
const ROW_80 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'

/** Windows-1252 as UTF-16 code units by byte: a fresh copy, for a font encoding to draw its letters over. */
export function windows1252Units(): Uint16Array {
  const units = new Uint16Array(256)
  // ASCII, and 0xA0–0xFF, are Latin-1: the code unit is the byte.
  for (let byte = 0; byte < 256; byte++) units[byte] = byte
  for (let i = 0; i < ROW_80.length; i++) units[0x80 + i] = ROW_80.charCodeAt(i)
  return units
}

// A Uint16Array holds its code units in the machine's byte order; read them back in that order.
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1
const utf16 = new TextDecoder(LITTLE_ENDIAN ? 'utf-16le' : 'utf-16be', { ignoreBOM: true })

/** The string of the first `length` code units (every character these encodings decode to is one unit). */
export function fromCodeUnits(units: Uint16Array, length = units.length): string {
  return utf16.decode(units.subarray(0, length))
}
