/**
 * Turning the bytes of a file into text: UTF-8 (with or without BOM), UTF-16 with a BOM, and
 * Latin-1/Windows-1252 as a fallback, refusing binary files. Pure: bytes in, result out.
 */

export type DecodeResult = { ok: true; text: string; warning: string | null } | { ok: false; problem: string };

/** Share of control characters above which a file is taken for binary. */
const BINARY_CONTROL_SHARE = 0.02;

function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  let control = 0;
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return control / Math.max(1, sample.length) > BINARY_CONTROL_SHARE;
}

/** Decodes article bytes; never throws. */
export function decodeArticleBytes(bytes: Uint8Array): DecodeResult {
  let text: string;
  let warning: string | null = null;
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    warning = 'is UTF-16 (little-endian), not UTF-8: read it as UTF-16; save it as UTF-8 to avoid this';
  } else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    warning = 'is UTF-16 (big-endian), not UTF-8: read it as UTF-16; save it as UTF-8 to avoid this';
  } else {
    const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const body = bytes.subarray(start);
    if (body.includes(0)) return { ok: false, problem: 'is a binary file, not text: pass a .txt or .html article' };
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      text = new TextDecoder('windows-1252').decode(body);
      warning = 'is not UTF-8: read it as Latin-1 (Windows-1252); save it as UTF-8 to avoid this';
    }
  }
  if (looksBinary(text)) return { ok: false, problem: 'is a binary file, not text: pass a .txt or .html article' };
  if (text.trim() === '') return { ok: false, problem: 'holds only white space: nothing to parse' };
  return { ok: true, text, warning };
}
