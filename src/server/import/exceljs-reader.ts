import { createRequire } from 'node:module';
import { StringDecoder } from 'node:string_decoder';
import type ExcelJSModule from 'exceljs';

/*
 * exceljs 4.4.0's streaming reader decodes each zip chunk of sheet XML as UTF-8 on its own
 * (utils/parse-sax.js), so a Chinese or full-width character cut by a chunk boundary comes out as
 * U+FFFD: about one cell in 3,000 of a Chinese member list was corrupted (a name, or a full-width
 * phone refused). Its XML reader is replaced here, before exceljs loads, by the same loop with a
 * decoder that carries a cut character over to the next chunk. Everything that reads .xlsx takes
 * exceljs's reader from this module.
 */
const require = createRequire(import.meta.url);
const parseSaxPath = require.resolve('exceljs/lib/utils/parse-sax.js');
const { SaxesParser } = require(require.resolve('saxes', { paths: [parseSaxPath] })) as {
  SaxesParser: new () => {
    on(event: string, fn: (value: unknown) => void): void;
    write(text: string): void;
  };
};

async function* parseSax(iterable: AsyncIterable<Buffer | string>) {
  const parser = new SaxesParser();
  const decoder = new StringDecoder('utf8');
  let error: unknown = null;
  let events: { eventType: string; value: unknown }[] = [];
  parser.on('error', (err) => (error = err));
  for (const eventType of ['opentag', 'text', 'closetag'])
    parser.on(eventType, (value) => events.push({ eventType, value }));
  for await (const chunk of iterable) {
    parser.write(typeof chunk === 'string' ? chunk : decoder.write(chunk));
    if (error) throw error as Error;
    yield events;
    events = [];
  }
  parser.write(decoder.end());
  if (error) throw error as Error;
  yield events;
}

// The readers take parse-sax when they load, and something may have loaded exceljs already (the
// export's writer): they are loaded again here, on the fixed parser, and later loads get these.
const readers = ['workbook-reader.js', 'worksheet-reader.js', 'hyperlink-reader.js'].map((f) =>
  require.resolve(`exceljs/lib/stream/xlsx/${f}`),
);
for (const path of readers) Reflect.deleteProperty(require.cache, path);
require.cache[parseSaxPath] = {
  id: parseSaxPath,
  exports: parseSax,
  loaded: true,
} as unknown as NodeJS.Module;

/** exceljs's streaming workbook reader, on a parser that keeps characters whole. */
export const WorkbookReader = require(readers[0] ?? '') as typeof ExcelJSModule.stream.xlsx.WorkbookReader;
