# Supplementary recall sample (not in the brief): 30 sentences that hold a *numeral quantity*
# signal — an Arabic digit, or two+ Chinese numeral characters in a row — excluding the 60 main ones.
import json, re, random
exec(open('sample.py').read().split('# Recall:')[0].split('rng = random.Random')[0])  # reuse reports/texts/allm
main = {(json.loads(l)['report'], json.loads(l)['start']) for l in open('recall-sample.jsonl')}
SIG = re.compile(r'[0-9０-９]|[〇零一二三四五六七八九十两百千万亿]{2,}')
sents = []
for r in reports:
    for m in re.finditer(r'[^。！？\n]*[。！？]?', texts[r]):
        s = m.group()
        if len(s.strip()) < 10 or not SIG.search(s) or (r, m.start()) in main:
            continue
        sents.append((r, m.start(), m.end(), s))
print('candidate sentences', len(sents))
rng = random.Random(SEED)
pick = sorted(rng.sample(range(len(sents)), 30))
with open('recall-supp-sample.jsonl', 'w', encoding='utf-8') as f:
    for n, i in enumerate(pick, 1):
        r, a, b, s = sents[i]
        d = json.load(open(f'parsed/{r}.json'))
        ms = [{k: m.get(k) for k in ['text','value','unit','comparator','approximate','range','indicator','status','year','years','kind']}
              for m in d['metrics'] if a <= m['span']['start'] and m['span']['end'] <= b]
        f.write(json.dumps({'n': n, 'report': r, 'start': a, 'end': b, 'sentence': s, 'metrics': ms}, ensure_ascii=False) + '\n')
