import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv } from '../../utils/dataset/csv';

describe('parseCsv', () => {
  it('splits fields and records, with the line each record starts on', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', '2', '3'] },
    ]);
  });
  it('reads quoted commas, doubled quotes and line breaks inside quotes, and counts lines through them', () => {
    const recs = parseCsv('name,note\r\n"Airwars, UK","said ""at least""\r\nthree"\r\nx,y');
    expect(recs).toEqual([
      { line: 1, fields: ['name', 'note'] },
      { line: 2, fields: ['Airwars, UK', 'said "at least"\r\nthree'] },
      { line: 4, fields: ['x', 'y'] },
    ]);
  });
  it('skips blank lines and a byte-order mark, keeps empty fields', () => {
    expect(parseCsv('\ufeffa,b\n\n,\n\r\nc,\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['', ''] },
      { line: 5, fields: ['c', ''] },
    ]);
  });
  it('keeps a last record without a line break and a quoted empty field', () => {
    expect(parseCsv('a,""')).toEqual([{ line: 1, fields: ['a', ''] }]);
  });
  it('reports an unclosed quote on the line it opens', () => {
    const err = (() => {
      try {
        parseCsv('a,b\n1,2\n3,"open\nmore');
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(CsvError);
    expect((err as CsvError).line).toBe(3);
  });
  it('rejects text after a closing quote', () => {
    expect(() => parseCsv('"a"b,c')).toThrow(/after a closing quote/);
  });
});
