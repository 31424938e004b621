/**
 * Writes the benchmark dataset: N rows × 12 columns (ints, floats, categories, emails, booleans), about
 * 82 bytes a row (2,000,000 rows ≈ 165 MB), deterministic (xorshift32 seeded), with a few planted faults
 * so the checks have something to find: null ages, out-of-range scores, malformed emails, duplicate ids.
 */
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';

const CATEGORIES = ['electronics', 'books', 'garden', 'toys', 'food'];
const COUNTRIES = ['US', 'DE', 'FR', 'GB', 'JP', 'BR', 'IN', 'CN', 'CA', 'AU', 'ES', 'IT', 'NL', 'SE', 'NO', 'PL', 'MX', 'KR', 'ZA', 'AR'];
export const HEADER = 'id,user_id,age,income,score,ratio,category,country,email,active,visits,balance';

export async function generate(rows: number, dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `bench-${rows}.csv`);
  if (existsSync(file) && statSync(file).size > rows * 40) return file;
  let seed = 2463534242;
  const next = (): number => {
    seed ^= seed << 13; seed >>>= 0;
    seed ^= seed >>> 17;
    seed ^= seed << 5; seed >>>= 0;
    return seed / 4294967296;
  };
  const out = createWriteStream(file);
  let buffer = HEADER + '\n';
  for (let i = 0; i < rows; i++) {
    const id = i % 1_000_003 === 77 ? 5 : i; // a few duplicate ids
    const age = i % 997 === 0 ? '' : String(18 + Math.floor(next() * 70));
    const income = (20000 + next() * 180000).toFixed(2);
    const score = i % 1999 === 0 ? '1.5' : next().toFixed(4);
    const ratio = (next() * 2 - 1).toFixed(6);
    const user = Math.floor(next() * 500000);
    const email = i % 4999 === 0 ? `user${user}.example.com` : `user${user}@example.com`;
    buffer += `${id},${user},${age},${income},${score},${ratio},${CATEGORIES[Math.floor(next() * 5)]},${COUNTRIES[Math.floor(next() * 20)]},${email},${next() < 0.7 ? 'true' : 'false'},${Math.floor(next() * 1000)},${(next() * 20000 - 5000).toFixed(2)}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  return file;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = Number(process.argv[2] ?? 2_000_000);
  console.log(await generate(rows, join(import.meta.dirname, '..', '.data')));
}
