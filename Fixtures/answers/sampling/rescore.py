# Re-checks a judged sample against a newer build: which sampled metrics changed (matched by span start).
# python3 ../sampling/rescore.py GONGWEN precision-sample.jsonl precision-judged.tsv
import json,sys,subprocess,csv
tool=sys.argv[1]; sample=sys.argv[2]; judged=sys.argv[3]
rows=[json.loads(l) for l in open(sample)]
J={r['n']:r for r in csv.DictReader(open(judged),delimiter='\t')}
cache={}
F=['value','unit','comparator','approximate','range','indicator','status','year','years']
same=0; changed=[]
for r in rows:
    rep=r['report']
    if rep not in cache:
        cache[rep]=json.loads(subprocess.run([tool,'parse',f'/work/shared/corpus/dev/{rep}.txt'],capture_output=True,text=True).stdout)
    ms=[m for m in cache[rep]['metrics'] if m['span']['start']==r['span']['start']]
    if not ms: changed.append((r['n'],rep,r['text'],'GONE','')); continue
    m=ms[0]
    diff={k:(r.get(k),m.get(k)) for k in F if r.get(k)!=m.get(k)}
    if m['text']!=r['text']: diff['text']=(r['text'],m['text'])
    if diff: changed.append((r['n'],rep,r['text'],diff,J[str(r['n'])]))
    else: same+=1
def ok(j): return all(j[k] in ('y','na') for k in ['is_metric','value_ok','unit_ok','bound_ok','approx_ok','range_ok','indicator_ok','status_ok'])
print('unchanged',same,'changed',len(changed))
for c in changed:
    j=c[4]
    print(c[0],c[1][:20],c[2],c[3], '| judged a:', 'OK' if j and ok(j) else 'ERR', 'year:', j and j['year_ok'], '|', j and j['note'][:120])
