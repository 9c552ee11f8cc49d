// The JavaScript side of scripts/bench-tokenizer.sh: one npm tokenizer over the same corpus.
// Usage: node bench/tokenizer_js.mjs dqbd|gpt-tokenizer CORPUS.jsonl [o200k_base|cl100k_base] [REPEATS=3]
// Prints "name MB/s tokens/s total_tokens" (the best of REPEATS runs), as bench_tokenizer does.
// The packages come from tests/oracle (npm ci there), pinned in its package-lock.json.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const [which, corpus, encoding = 'o200k_base', repeatsArg = '3'] = process.argv.slice(2);
const oracle = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'oracle', 'package.json');
const require = createRequire(oracle);
let count;
if (which === 'dqbd') {
  const enc = require('@dqbd/tiktoken').get_encoding(encoding);
  count = (text) => enc.encode_ordinary(text).length;
} else if (which === 'gpt-tokenizer') {
  const { countTokens } = require(`gpt-tokenizer/cjs/encoding/${encoding}`);
  // (the corpus holds no special-token text, which gpt-tokenizer would refuse by default)
  count = (text) => countTokens(text);
} else {
  process.stderr.write('usage: node tokenizer_js.mjs dqbd|gpt-tokenizer CORPUS.jsonl [ENCODING] [REPEATS]\n');
  process.exit(2);
}
const texts = readFileSync(corpus, 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l).text);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
let best = Infinity;
let tokens = 0;
for (let r = 0; r < Number(repeatsArg); ++r) {
  const start = process.hrtime.bigint();
  let total = 0;
  for (const text of texts) total += count(text);
  const secs = Number(process.hrtime.bigint() - start) / 1e9;
  best = Math.min(best, secs);
  tokens = total;
}
console.log(`${which} ${(bytes / 1e6 / best).toFixed(2)} ${(tokens / best).toFixed(0)} ${tokens}`);
