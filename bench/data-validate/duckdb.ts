/** The benchmark suite in DuckDB: one SQL query over read_csv. Prints JSON. Usage: node duckdb.ts <file.csv> */
import { DuckDBInstance } from '@duckdb/node-api';

const file = process.argv[2];
const start = performance.now();
const cpuStart = process.cpuUsage();
const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
const connection = await instance.connect();
const sql = `
SELECT count(*) AS rows,
  count(*) FILTER (WHERE id IS NULL) AS id_null,
  count(*) FILTER (WHERE age IS NULL) AS age_null,
  count(*) FILTER (WHERE age < 18 OR age > 100) AS age_range,
  count(*) FILTER (WHERE score < 0 OR score > 1) AS score_range,
  count(*) FILTER (WHERE ratio < -1 OR ratio > 1) AS ratio_range,
  count(*) FILTER (WHERE income < 0) AS income_range,
  count(*) FILTER (WHERE category NOT IN ('electronics', 'books', 'garden', 'toys', 'food')) AS category_set,
  count(*) FILTER (WHERE active NOT IN (true, false)) AS active_set,
  count(*) FILTER (WHERE country IN ('XX', 'ZZ')) AS country_not_in,
  count(*) FILTER (WHERE NOT regexp_matches(email, '^[^@]+@[^@]+$')) AS email_regex,
  count(*) FILTER (WHERE length(country) < 2 OR length(country) > 2) AS country_len,
  (SELECT coalesce(sum(c), 0) FROM (SELECT count(*) AS c FROM t WHERE id IS NOT NULL GROUP BY id HAVING count(*) > 1)) AS id_dupes,
  avg(income) AS income_mean, stddev_samp(ratio) AS ratio_std, min(balance) AS balance_min, max(visits) AS visits_max,
  median(score) AS score_median, count(DISTINCT country) AS country_distinct
FROM t`;
await connection.run(`CREATE VIEW t AS SELECT * FROM read_csv('${file.replaceAll("'", "''")}', header = true)`);
const reader = await connection.runAndReadAll(sql);
const row = reader.getRowObjectsJson()[0];
const columns = (await connection.runAndReadAll('DESCRIBE t')).getRowObjectsJson().map((r) => r.column_name);
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuStart);
console.log(JSON.stringify({ seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakRssMB: process.resourceUsage().maxRSS / 1024, results: { ...row, columns } }));
