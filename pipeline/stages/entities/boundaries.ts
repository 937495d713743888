// Regex pieces that bound a mention in raw text. `\b` knows only ASCII letters, so Vietnamese words need
// their own lookarounds; digits need stricter ones so that a date is never read out of a code or a number.

export const WORD_START = '(?<![\\p{L}\\p{N}])'
export const WORD_END = '(?![\\p{L}\\p{N}])'
// Digits that form a token of their own, not part of a code or a longer number: 41/2016/NĐ-CP, 3,9, Covid-19.
export const TOKEN_START = '(?<![\\p{L}\\p{N}])(?<![\\p{L}\\p{N}][/.,\\-])'
export const TOKEN_END = '(?![\\p{L}\\p{N}%])(?![/.,\\-]\\p{N})(?![/\\-]\\p{L})'
