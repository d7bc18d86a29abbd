/**
 * Bytes of an uploaded file to text. Exports come as UTF-8 (with or without a byte-order mark), UTF-16
 * from some spreadsheet tools, or Windows-1252 / Latin-1 from older ones: a file that is not valid
 * UTF-8 is read as Windows-1252 (a superset of Latin-1's printable characters, as browsers do).
 */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** Whether the file started with a byte-order mark. */
  bom: boolean;
}

export const textEncodings = ["utf-8", "utf-16le", "utf-16be", "windows-1252"] as const;

function byteOrderMark(bytes: Uint8Array): TextEncoding | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

/** Decodes the bytes, detecting the encoding unless one is given; line endings become "\n", text NFC. */
export function decodeText(bytes: Uint8Array, encoding?: TextEncoding): DecodedText {
  const marked = byteOrderMark(bytes);
  const chosen = encoding ?? marked ?? (isUtf8(bytes) ? "utf-8" : "windows-1252");
  // TextDecoder drops a BOM that matches its encoding; Node's "windows-1252" is ISO-8859-1, hence our own.
  const text = chosen === "windows-1252" ? decodeWindows1252(bytes) : new TextDecoder(chosen).decode(bytes);
  return { text: text.replace(/\r\n?/g, "\n").normalize("NFC"), encoding: chosen, bom: marked !== undefined };
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The characters Windows-1252 puts at 0x80–0x9F, where ISO-8859-1 has control codes (undefined bytes kept as is). */
const windows1252High = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const codes = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    codes[i] = b >= 0x80 && b < 0xa0 ? (windows1252High[b - 0x80] as number) : b;
  }
  let text = "";
  for (let i = 0; i < codes.length; i += 8192) text += String.fromCharCode(...codes.subarray(i, i + 8192));
  return text;
}
