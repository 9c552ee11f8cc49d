// The reference side of Tunebench's differential tokenizer test (tests/core/tokenizer/tst_tokenizerdiff.cpp).
// Usage: node oracle.mjs IN.jsonl OUT.jsonl
// Each input line is {"text": "..."}; each output line is {"o200k_base": [ids], "cl100k_base": [ids]}
// from @dqbd/tiktoken (OpenAI's Rust tiktoken compiled to WASM), with the text encoded as plain text
// (encode_ordinary: a literal "<|endoftext|>" is ordinary characters, as in our tokenizer).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { get_encoding } = require('@dqbd/tiktoken');

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  process.stderr.write('usage: node oracle.mjs IN.jsonl OUT.jsonl\n');
  process.exit(2);
}
const encodings = ['o200k_base', 'cl100k_base'].map((name) => [name, get_encoding(name)]);
const out = [];
for (const line of readFileSync(input, 'utf8').split('\n')) {
  if (line === '') continue;
  const { text } = JSON.parse(line);
  const row = {};
  for (const [name, enc] of encodings) row[name] = Array.from(enc.encode_ordinary(text));
  out.push(JSON.stringify(row));
}
for (const [, enc] of encodings) enc.free();
writeFileSync(output, out.join('\n') + '\n');
