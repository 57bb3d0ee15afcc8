# Formats judgments_recall.txt into recall-judged.tsv and counts. No judging here.
import json
S = {json.loads(l)['n']: json.loads(l) for l in open('recall-sample.jsonl')}
out = ['n\treport\tsentence\tquantity\tfound\tnote']
q = f = 0; withq = set(); seen = set()
for line in open('judgments_recall.txt'):
    if line.startswith('#') or not line.strip(): continue
    n, qty, fd, note = [p.strip() for p in line.rstrip('\n').split('|')]
    n = int(n); seen.add(n); s = S[n]
    out.append('\t'.join([str(n), s['report'], s['sentence'].strip(), qty, fd, note]))
    if qty != '-':
        q += 1; f += fd == 'y'; withq.add(n)
assert seen == set(S), set(S) - seen
open('recall-judged.tsv', 'w').write('\n'.join(out) + '\n')
print('sentences', len(S), 'with a quantity', len(withq), 'quantities', q, 'found', f, f'{f/q:.1%}')
