# Prints the text before sampled metrics, for reading their year and status: python3 ../sampling/ctx.py 2 10
import json,sys
rows={json.loads(l)['n']:json.loads(l) for l in open('precision-sample.jsonl')}
for a in sys.argv[1:]:
    n=int(a); r=rows[n]; t=open(f"/work/shared/corpus/dev/{r['report']}.txt").read()
    s=r['span']['start']; w=int(600)
    print(f"#{n} {r['report']} sec={r['section']}\n", t[max(0,s-w):s].replace('\n','⏎'), '【',r['text'],'】', t[r['span']['end']:r['span']['end']+60].replace('\n','⏎'),'\n')
