#!/usr/bin/env node
// Vendored copy of ../shared/eval/score.mjs, the team's shared scorer, so that `npm test` can score the
// default article (and the invented layout fixtures) against the golds in tests/fixtures/gold/ in a
// clone with nothing beside it. Do not edit it here: `npm run eval` fails when this file, without this
// note, differs from the shared scorer; copy the shared one again (keeping this note) instead.
// --- end of vendoring note ---
// Scores one parsed article (the JSON that `parse --json` prints, see
// ../contract/parsed-article.schema.json) against a gold annotation.
//
//   node score.mjs PARSED.json GOLD.json [--min overall=0.9,attribution=0.95] [--verbose]
//
// PARSED may be "-" for standard input. Prints one line per measure, what was
// missed with --verbose, and last a summary line. Exits 1 when a --min is not met,
// 2 on unusable input.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const minIdx = args.indexOf('--min');
const mins = minIdx >= 0 ? Object.fromEntries(args[minIdx + 1].split(',').map((kv) => kv.split('=')).map(([k, v]) => [k, Number(v)])) : {};
const [parsedPath, goldPath] = args.filter((a, i) => !a.startsWith('--') && !(minIdx >= 0 && i === minIdx + 1));
if (!parsedPath || !goldPath) {
  console.error('usage: score.mjs PARSED.json GOLD.json [--min k=v,...] [--verbose]');
  process.exit(2);
}

let parsed;
let gold;
try {
  const raw = readFileSync(parsedPath === '-' ? 0 : parsedPath, 'utf8');
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = JSON.parse(raw.split('\n').find((l) => l.trim().startsWith('{'))); // one object per line
  }
  gold = JSON.parse(readFileSync(goldPath, 'utf8'));
} catch (err) {
  console.error(`unusable input: ${err.message}`);
  process.exit(2);
}
if (Array.isArray(parsed)) parsed = parsed[0];

const norm = (s) =>
  String(s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/'(?=\s|$)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const tokens = (s) => norm(s).split(' ').filter(Boolean);
function tokenF1(a, b) {
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.length || !tb.length) return 0;
  const counts = new Map();
  for (const t of tb) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t, c - 1);
    }
  }
  if (!common) return 0;
  const p = common / ta.length;
  const r = common / tb.length;
  return (2 * p * r) / (p + r);
}

const actors = Array.isArray(parsed.actors) ? parsed.actors : [];
const byId = new Map(actors.map((a) => [a.id, a]));
const namesOf = (a) => [a.name, ...(a.aliases ?? [])].map(norm);
// Actors that a surface name resolves to (by canonical name first, then aliases).
function resolve(name) {
  const n = norm(name);
  const byName = actors.filter((a) => norm(a.name) === n);
  if (byName.length) return byName;
  return actors.filter((a) => (a.aliases ?? []).some((x) => norm(x) === n));
}
const actorMatches = (actor, list) => !!actor && namesOf(actor).some((n) => list.map(norm).includes(n));

const results = {};
const misses = {};
const record = (key, hits, total, missed) => {
  results[key] = total ? hits / total : 1;
  if (missed.length) misses[key] = missed;
};

// Metadata
{
  const missed = [];
  let hits = 0;
  const checks = [
    ['headline', norm(parsed.headline) === norm(gold.headline)],
    ['publishedAt', gold.publishedAt == null ? parsed.publishedAt == null : String(parsed.publishedAt ?? '').slice(0, 10) === gold.publishedAt],
    ['agency', norm(parsed.agency) === norm(gold.agency)],
    ['dateline', norm(parsed.dateline) === norm(gold.dateline)],
    [
      'bylines',
      JSON.stringify([...(parsed.bylines ?? [])].map(norm).sort()) === JSON.stringify(gold.bylines.map(norm).sort()),
    ],
  ];
  for (const c of gold.credits ?? []) {
    // A credited name put among the bylines already costs the bylines check; it is not charged again.
    const named = [...(parsed.credits ?? []).map((x) => x.name), ...(parsed.bylines ?? [])];
    checks.push([`credit ${c.name}`, named.some((n) => norm(n) === norm(c.name))]);
  }
  for (const [what, ok] of checks) (ok ? hits++ : missed.push(what));
  record('metadata', hits, checks.length, missed);
}

// Paragraphs: segmentation and clean body
{
  const paras = (parsed.paragraphs ?? []).map(norm);
  const body = paras.join(' ');
  const missed = [];
  let hits = 0;
  let total = 0;
  if (gold.paragraphCount != null) {
    total++;
    if (paras.length === gold.paragraphCount) hits++;
    else missed.push(`count ${paras.length} != ${gold.paragraphCount}`);
  }
  for (const start of gold.paragraphStarts ?? []) {
    total++;
    if (paras.some((p) => p.startsWith(norm(start)))) hits++;
    else missed.push(`no paragraph starts "${start}"`);
  }
  for (const junk of gold.notInBody ?? []) {
    total++;
    if (!body.includes(norm(junk))) hits++;
    else missed.push(`body holds "${junk}"`);
  }
  record('paragraphs', hits, total, missed);
}

// People: precision and recall over actors of kind person
{
  const persons = actors.filter((a) => a.kind === 'person');
  const matchedSys = new Set();
  const missed = [];
  let found = 0;
  for (const g of gold.people) {
    const hit = persons.find((a) => actorMatches(a, g.match) && norm(a.name).includes(norm(g.name).split(' ').at(-1)));
    if (hit) {
      found++;
      matchedSys.add(hit);
    } else missed.push(g.name);
  }
  const extra = persons.filter((a) => !matchedSys.has(a) && !gold.people.some((g) => actorMatches(a, g.match)));
  const precision = persons.length ? (persons.length - extra.length) / persons.length : 0;
  const recall = gold.people.length ? found / gold.people.length : 1;
  results.people_f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const notes = [...missed.map((m) => `missed ${m}`), ...extra.map((a) => `not a person in the story: ${a.name}`)];
  if (notes.length) misses.people_f1 = notes;

  // Roles of the people found
  const roleMissed = [];
  let roleHits = 0;
  let roleTotal = 0;
  for (const g of gold.people) {
    for (const role of g.roles ?? []) {
      roleTotal++;
      const a = persons.find((p) => actorMatches(p, g.match));
      if (a && (a.roles ?? []).some((r) => norm(r).includes(norm(role)))) roleHits++;
      else roleMissed.push(`${g.name}: "${role}"`);
    }
  }
  record('roles', roleHits, roleTotal, roleMissed);
}

// Organizations and places: recall, any kind
for (const key of ['organizations', 'places']) {
  const missed = [];
  let hits = 0;
  for (const g of gold[key] ?? []) {
    if (actors.some((a) => actorMatches(a, g.match))) hits++;
    else missed.push(g.name);
  }
  record(key, hits, (gold[key] ?? []).length, missed);
}

// Coreference: surface names that must land on one actor, or on different ones; names that are no actor
{
  const missed = [];
  let hits = 0;
  let total = 0;
  for (const group of gold.sameEntity ?? []) {
    total++;
    const sets = group.map(resolve);
    const ok = sets.every((s) => s.length === 1) && new Set(sets.map((s) => s[0].id)).size === 1;
    ok ? hits++ : missed.push(`not one actor: ${group.join(' = ')}`);
  }
  for (const pair of gold.differentEntities ?? []) {
    total++;
    const sets = pair.map(resolve);
    const ok = sets.every((s) => s.length === 1) && sets[0][0].id !== sets[1][0].id;
    ok ? hits++ : missed.push(`not two actors: ${pair.join(' / ')}`);
  }
  for (const name of gold.notActors ?? []) {
    total++;
    resolve(name).length === 0 ? hits++ : missed.push(`spurious actor: ${name}`);
  }
  record('coreference', hits, total, missed);
}

// Provenance (scored apart from overall): where the gold names who relayed the words ("Interfax quoted
// X as saying", "in an article published by state media"), the matched quote or claim must list an
// actor of that name in its \`via\`.
const provenance = { hits: 0, total: 0, missed: [] };
function checkVia(item, g, label) {
  if (!g.via) return;
  provenance.total++;
  const via = Array.isArray(item?.via) ? item.via.map((id) => byId.get(id)) : [];
  if (item && via.some((a) => actorMatches(a, g.via))) provenance.hits++;
  else provenance.missed.push(`${label}: not relayed via ${g.via[0]}${item ? '' : ' (not found)'}`);
}

// Quotes: found (token F1 >= 0.8 with the gold text) and attributed to the right speaker
{
  const quotes = Array.isArray(parsed.quotes) ? parsed.quotes : [];
  const used = new Set();
  let found = 0;
  let attributed = 0;
  const missedFind = [];
  const missedWho = [];
  for (const g of gold.quotes) {
    let best = null;
    let bestF = 0;
    for (const q of quotes) {
      const f = tokenF1(q.text, g.text);
      if (f > bestF) {
        bestF = f;
        best = q;
      }
    }
    checkVia(best && bestF >= 0.8 ? best : null, g, `"${g.text.slice(0, 40)}"`);
    if (best && bestF >= 0.8) {
      found++;
      used.add(best);
      if (actorMatches(byId.get(best.speakerId), g.speaker)) attributed++;
      else missedWho.push(`"${g.text.slice(0, 40)}" -> ${byId.get(best.speakerId)?.name ?? 'nobody'}, not ${g.speaker[0]}`);
    } else missedFind.push(`"${g.text.slice(0, 50)}"`);
  }
  const extra = quotes.filter((q) => !used.has(q) && !gold.quotes.some((g) => tokenF1(q.text, g.text) >= 0.8));
  record('quotes_found', found, gold.quotes.length, missedFind);
  record('attribution', attributed, gold.quotes.length, missedWho);
  record('quotes_precision', quotes.length - extra.length, quotes.length, extra.map((q) => `not a gold quote: "${String(q.text).slice(0, 50)}"`));
}

// Claims: the right source and wording; kind where the gold names one
{
  const claims = Array.isArray(parsed.claims) ? parsed.claims : [];
  const missed = [];
  const kindMissed = [];
  let hits = 0;
  let kindHits = 0;
  let kindTotal = 0;
  for (const g of gold.claims) {
    const cands = claims.filter((c) => g.contains.every((w) => norm(c.text).includes(norm(w))));
    const hit = cands.find((c) => actorMatches(byId.get(c.sourceId), g.source));
    checkVia(hit, g, g.contains.join(' + '));
    if (hit) hits++;
    else
      missed.push(
        `${g.source[0]}: ${g.contains.join(' + ')}${cands.length ? ` (found, but from ${cands.map((c) => byId.get(c.sourceId)?.name ?? 'nobody').join(', ')})` : ''}`,
      );
    // Kinds are judged on the claims that were found; a missing claim already costs 'claims'.
    if (g.kind && hit) {
      kindTotal++;
      if (hit && norm(hit.kind) === norm(g.kind)) kindHits++;
      else kindMissed.push(`${g.contains.join(' + ')}: ${hit ? hit.kind : 'not found'}, not ${g.kind}`);
    }
  }
  record('claims', hits, gold.claims.length, missed);
  record('claim_kinds', kindHits, kindTotal, kindMissed);
}

// Events: resolved date and the right text
{
  const events = Array.isArray(parsed.events) ? parsed.events : [];
  const missed = [];
  let hits = 0;
  for (const g of gold.events) {
    if (events.some((e) => e.date === g.date && norm(e.text).includes(norm(g.contains)))) hits++;
    else missed.push(`${g.date} ${g.contains}`);
  }
  record('events', hits, gold.events.length, missed);
}

const keys = Object.keys(results);
results.overall = keys.reduce((s, k) => s + results[k], 0) / keys.length;
if (provenance.total) {
  results.provenance = provenance.hits / provenance.total;
  if (provenance.missed.length) misses.provenance = provenance.missed;
}
const apart = provenance.total ? ['provenance'] : [];
const fmt = (x) => x.toFixed(3);
for (const k of [...keys, 'overall', ...apart]) {
  console.log(`${k.padEnd(17)} ${fmt(results[k])}`);
  if (verbose) for (const m of misses[k] ?? []) console.log(`    - ${m}`);
}
const short = [];
for (const [k, v] of Object.entries(mins)) if (!(results[k] >= v)) short.push(`${k} ${fmt(results[k] ?? 0)} < ${v}`);
console.log(
  `score: ${[...keys, 'overall', ...apart].map((k) => `${k}=${fmt(results[k])}`).join(' ')}${short.length ? ` | short: ${short.join('; ')}` : ''}`,
);
process.exit(short.length ? 1 : 0);
