# Draws the precision and recall samples (seed 20261127). Sampling only; no judging.
import json, glob, os, random, re
SEED = 20261127
CORPUS = '/work/shared/corpus/dev'
TERM = '。！？'
def sentence_bounds(text, s, e):
    a = s
    while a > 0 and text[a-1] not in TERM and text[a-1] != '\n':
        a -= 1
    b = e
    while b < len(text) and text[b] not in TERM and text[b] != '\n':
        b += 1
    if b < len(text) and text[b] in TERM:
        b += 1
    return a, b
reports = sorted(os.path.basename(p)[:-4] for p in glob.glob(CORPUS + '/*.txt'))
texts = {r: open(f'{CORPUS}/{r}.txt', encoding='utf-8').read() for r in reports}
parsed = {r: json.load(open(f'parsed/{r}.json')) for r in reports}
allm = []
mism = 0
for r in reports:
    for m in parsed[r]['metrics']:
        sp = m['span']
        if texts[r][sp['start']:sp['end']] != m['text']:
            mism += 1
        allm.append((r, m))
print('reports', len(reports), 'metrics', len(allm), 'span/text mismatches', mism)
for r in reports:
    print(' ', r, sum(1 for x in allm if x[0] == r))
rng = random.Random(SEED)
idx = sorted(rng.sample(range(len(allm)), 150))
FIELDS = ['id','kind','text','value','valueText','unit','comparator','approximate','range','indicator','status','year','years','span','subject','per','direction']
with open('precision-sample.jsonl', 'w', encoding='utf-8') as f:
    for n, i in enumerate(idx, 1):
        r, m = allm[i]
        a, b = sentence_bounds(texts[r], m['span']['start'], m['span']['end'])
        row = {'n': n, 'report': r}
        row.update({k: m.get(k) for k in FIELDS})
        row['section'] = m.get('section', {}).get('sectionPath')
        row['sentence'] = texts[r][a:b]
        f.write(json.dumps(row, ensure_ascii=False) + '\n')
# Recall: sentences of >= 10 chars with an Arabic/full-width digit or >= 2 Chinese numeral characters in a row
SIG = re.compile(r'[0-9０-９]|[〇零一二三四五六七八九十两百千万亿兩萬億]{2,}')
sents = []
for r in reports:
    for m in re.finditer(r'[^。！？\n]*[。！？]?', texts[r]):
        s = m.group()
        if len(s.strip()) < 10 or not SIG.search(s):
            continue
        sents.append((r, m.start(), m.end(), s))
print('candidate sentences', len(sents))
rng2 = random.Random(SEED)
pick = sorted(rng2.sample(range(len(sents)), 50))
with open('recall-sample.jsonl', 'w', encoding='utf-8') as f:
    for n, i in enumerate(pick, 1):
        r, a, b, s = sents[i]
        ms = [{k: m.get(k) for k in ['text','value','unit','comparator','approximate','range','indicator','status','year','years','kind']} | {'start': m['span']['start']}
              for m in parsed[r]['metrics'] if a <= m['span']['start'] and m['span']['end'] <= b]
        f.write(json.dumps({'n': n, 'report': r, 'start': a, 'end': b, 'sentence': s, 'metrics': ms}, ensure_ascii=False) + '\n')
