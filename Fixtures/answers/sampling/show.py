# Prints sampled metrics with their sentences, for reading: python3 ../sampling/show.py 1 150
import json,sys
a,b=int(sys.argv[1]),int(sys.argv[2])
for l in open('precision-sample.jsonl'):
    r=json.loads(l)
    if not a<=r['n']<=b: continue
    yrs=r['years']; ys=f"{yrs['first']}-{yrs['last']}" if yrs else ''
    q=[f"v={r['value']}",f"u={r['unit']}"]
    if r['comparator']: q.append('cmp='+r['comparator'])
    if r['approximate']: q.append('~')
    if r['range']: q.append(f"rng={r['range']['low']}-{r['range']['high']}")
    q.append(f"k={r['kind']}")
    if r['indicator']: q.append('IND='+r['indicator'])
    q.append(f"st={r['status']} y={r['year']} ys={ys}")
    s=r['sentence']
    if len(s)>260:
        st=s.find(r['text']); s=s[max(0,st-150):st+110]
    print(f"#{r['n']} {r['report'][:22]} 「{r['text']}」 {' '.join(q)} | sec={'>'.join(r['section'] or [])[:60]}\n   {s}")
