/** RFC 4180 CSV: comma-separated, fields in double quotes may hold commas, quotes ("") and line breaks. */

export interface CsvRecord {
  /** The 1-based line of the file the record starts on (a quoted field may span lines). */
  line: number;
  fields: string[];
}

export class CsvError extends Error {
  constructor(public line: number, message: string) {
    super(message);
  }
}

/**
 * Splits a CSV text into records. Blank lines are skipped; a byte-order mark is dropped; CRLF, LF
 * and CR all end a line. Throws CsvError where a quote is left open or stray text follows one.
 */
export function parseCsv(text: string): CsvRecord[] {
  const out: CsvRecord[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let fields: string[] = [];
  let field = '';
  let recordLine = 1;
  let atFieldStart = true;
  // A record of one empty field is a blank line, not a row.
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) out.push({ line: recordLine, fields });
    fields = [];
    field = '';
    atFieldStart = true;
  };
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (atFieldStart && c === '"') {
      const openedOn = line;
      i++;
      for (;;) {
        if (i >= n) throw new CsvError(openedOn, 'a quoted field is not closed');
        const q = text[i]!;
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === '\r' || q === '\n') {
          line++;
          if (q === '\r' && text[i + 1] === '\n') {
            field += '\r\n';
            i += 2;
            continue;
          }
        }
        field += q;
        i++;
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') throw new CsvError(line, 'text after a closing quote (write a quote inside a quoted field as "")');
      atFieldStart = false;
      continue;
    }
    if (c === ',') {
      fields.push(field);
      field = '';
      atFieldStart = true;
      i++;
    } else if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      field += c;
      atFieldStart = false;
      i++;
    }
  }
  if (fields.length > 0 || field !== '' || !atFieldStart) endRecord();
  return out;
}
