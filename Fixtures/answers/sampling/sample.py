# Draws a hand-read sample of Gongwen's metrics from the development corpus: 150 metrics for
# precision and N sentences for recall. Sampling only; no judging. Run it in a sample's folder
# after parsing the corpus into parsed/ (one `gongwen parse` JSON per report):
#
#   for f in ../../../../shared/corpus/dev/*.txt; do gongwen parse "$f" > parsed/$(basename "$f" .txt).json; done
#   python3 ../sampling/sample.py --seed 20261127 --recall 50
#
# Samples 1-4 (metric-sample*/) were drawn with the seeds and options their READMEs give.
import argparse, glob, json, os, random, re

CORPUS = '/work/shared/corpus/dev'
TERMINATORS = '。！？'
# Candidate recall sentences: at least 10 characters and a digit (rule "digits", sample 1), or
# an Arabic or full-width digit or two Chinese numeral characters in a row ("numerals").
RULES = {
    'digits': re.compile(r'[0-9０-９〇零一二三四五六七八九十两]'),
    'numerals': re.compile(r'[0-9０-９]|[〇零一二三四五六七八九十两百千万亿兩萬億]{2,}'),
}
PRECISION_FIELDS = ['id', 'kind', 'text', 'value', 'valueText', 'unit', 'comparator', 'approximate', 'range',
                    'indicator', 'status', 'year', 'years', 'span', 'subject', 'per', 'direction']
RECALL_FIELDS = ['text', 'value', 'unit', 'comparator', 'approximate', 'range', 'indicator', 'status', 'year',
                 'years', 'kind']


def sentence_bounds(text, start, end):
    a = start
    while a > 0 and text[a - 1] not in TERMINATORS and text[a - 1] != '\n':
        a -= 1
    b = end
    while b < len(text) and text[b] not in TERMINATORS and text[b] != '\n':
        b += 1
    if b < len(text) and text[b] in TERMINATORS:
        b += 1
    return a, b


def main():
    options = argparse.ArgumentParser()
    options.add_argument('--seed', type=int, required=True)
    options.add_argument('--precision', type=int, default=150, help='metrics to draw (0: none)')
    options.add_argument('--recall', type=int, default=50, help='sentences to draw')
    options.add_argument('--rule', choices=sorted(RULES), default='numerals')
    options.add_argument('--exclude', help='a recall sample whose sentences are not drawn again')
    options.add_argument('--recall-out', default='recall-sample.jsonl')
    args = options.parse_args()

    reports = sorted(os.path.basename(p)[:-4] for p in glob.glob(CORPUS + '/*.txt'))
    texts = {r: open(f'{CORPUS}/{r}.txt', encoding='utf-8').read() for r in reports}
    parsed = {r: json.load(open(f'parsed/{r}.json')) for r in reports}
    metrics = [(r, m) for r in reports for m in parsed[r]['metrics']]
    mismatches = sum(texts[r][m['span']['start']:m['span']['end']] != m['text'] for r, m in metrics)
    print('reports', len(reports), 'metrics', len(metrics), 'span/text mismatches', mismatches)

    if args.precision:
        rng = random.Random(args.seed)
        with open('precision-sample.jsonl', 'w', encoding='utf-8') as out:
            for n, i in enumerate(sorted(rng.sample(range(len(metrics)), args.precision)), 1):
                r, m = metrics[i]
                a, b = sentence_bounds(texts[r], m['span']['start'], m['span']['end'])
                row = {'n': n, 'report': r} | {k: m.get(k) for k in PRECISION_FIELDS}
                row['section'] = m.get('section', {}).get('sectionPath')
                row['sentence'] = texts[r][a:b]
                out.write(json.dumps(row, ensure_ascii=False) + '\n')

    excluded = set()
    if args.exclude:
        excluded = {(json.loads(l)['report'], json.loads(l)['start']) for l in open(args.exclude)}
    rule = RULES[args.rule]
    sentences = []
    for r in reports:
        for match in re.finditer(r'[^。！？\n]*[。！？]?', texts[r]):
            s = match.group()
            if len(s.strip()) >= 10 and rule.search(s) and (r, match.start()) not in excluded:
                sentences.append((r, match.start(), match.end(), s))
    print('candidate sentences', len(sentences))
    rng = random.Random(args.seed)
    with open(args.recall_out, 'w', encoding='utf-8') as out:
        for n, i in enumerate(sorted(rng.sample(range(len(sentences)), args.recall)), 1):
            r, a, b, s = sentences[i]
            found = [{k: m.get(k) for k in RECALL_FIELDS} | {'start': m['span']['start']}
                     for m in parsed[r]['metrics'] if a <= m['span']['start'] and m['span']['end'] <= b]
            out.write(json.dumps({'n': n, 'report': r, 'start': a, 'end': b, 'sentence': s, 'metrics': found},
                                 ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
