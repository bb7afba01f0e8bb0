import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from '../../src/collections/Enquiries/csv/csv.ts';

describe('CSV cells', () => {
  it('leaves plain text alone and writes nothing for missing values', () => {
    expect(csvCell('Sam Carer')).toBe('Sam Carer');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvCell('Smith, Jo')).toBe('"Smith, Jo"');
    expect(csvCell('Jo "JJ" Smith')).toBe('"Jo ""JJ"" Smith"');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
  });

  it('prefixes an apostrophe to every cell a spreadsheet would treat as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t']) expect(csvCell(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(csvCell('\r1')).toBe(`"'\r1"`);
    expect(csvCell('=A1,B1')).toBe(`"'=A1,B1"`);
    expect(csvCell('Anne-Marie')).toBe('Anne-Marie');
  });

  it('ends each record with CRLF', () => {
    expect(csvLine(['a', null, 'b,c'])).toBe('a,,"b,c"\r\n');
  });
});
