# Formats the hand marks of judgments_precision.txt into precision-judged.tsv and counts them. No judging here.
import json
rows = [json.loads(l) for l in open('precision-sample.jsonl')]
marks = {}
for line in open('judgments_precision.txt'):
    if line.startswith('#') or not line.strip(): continue
    parts = [p.strip() for p in line.rstrip('\n').split('|')]
    n = int(parts[0]); kv = dict(x.split('=') for x in parts[1].split()) if parts[1] else {}
    marks[n] = (kv, parts[2] if len(parts) > 2 else '')
assert sorted(marks) == list(range(1, 151)), 'missing marks'
F = ['is_metric','value_ok','unit_ok','bound_ok','approx_ok','range_ok','indicator_ok','status_ok','year_ok']
out = ['\t'.join(['n','report','text'] + F + ['note'])]
tab = []
for r in rows:
    kv, note = marks[r['n']]
    d = {f: 'y' for f in F[:6]}
    d['indicator_ok'] = 'y' if r['indicator'] else 'na'
    d['status_ok'] = 'y' if r['status'] else 'na'
    d['year_ok'] = 'y' if (r['year'] or r['years']) else 'na'
    d.update({(k if k in F else k + '_ok'): v for k, v in kv.items()})
    if d['is_metric'] == 'n':
        for f in F[1:]: d[f] = 'na'
    tab.append((r, d))
    out.append('\t'.join([str(r['n']), r['report'], r['text']] + [d[f] for f in F] + [note]))
open('precision-judged.tsv', 'w').write('\n'.join(out) + '\n')
ok = lambda d, fs: d['is_metric'] == 'y' and all(d[f] != 'n' for f in fs)
A = ['value_ok','unit_ok','bound_ok','approx_ok','range_ok','indicator_ok','status_ok']
print('a) value,unit,bound,approx,range,indicator,status right:', sum(ok(d, A) for _, d in tab))
print('b) + year:', sum(ok(d, A + ['year_ok']) for _, d in tab))
print('   value/unit/bound/approx/range only:', sum(ok(d, A[:5]) for _, d in tab))
for f in F: print('  errors', f, sum(d[f] == 'n' for _, d in tab))
modern = [(r, d) for r, d in tab if not r['report'].startswith('national_195')]
print('modern', len(modern), 'a', sum(ok(d, A) for _, d in modern), 'b', sum(ok(d, A + ['year_ok']) for _, d in modern))
old = [(r, d) for r, d in tab if r['report'].startswith('national_195')]
print('1950s', len(old), 'a', sum(ok(d, A) for _, d in old), 'b', sum(ok(d, A + ['year_ok']) for _, d in old))
print('indicators given', sum(1 for r, _ in tab if r['indicator']), 'ranges drawn', sum(1 for r, _ in tab if r['range']))
