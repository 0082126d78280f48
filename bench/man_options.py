# Of the source's option headers ("-c, --create") that the translation also has as a header, in
# the same order (the longest common subsequence of the two header orders: a translation of an
# older version that orders its options otherwise cannot be aligned in order), the share whose
# row holds that option on the translation's side. usage: optrows.py REPORT.json
import json,re,sys
j,_=json.JSONDecoder().raw_decode(open(sys.argv[1]).read())
hdr=re.compile(r'^\s*(-{1,2}[A-Za-z0-9][\w-]*)')
def headers(side):
    out=[]
    for r in j['rows']:
        for line in ((r.get(side) or {}).get('text','')).split('\n'):
            m=hdr.match(line)
            if m:
                opts=re.findall(r'--[A-Za-z0-9][\w-]*',line) or [m.group(1)]
                out.append(opts[0])
    return out
L=headers('left'); R=headers('right')
# LCS of the two orders
n,m=len(L),len(R)
dp=[[0]*(m+1) for _ in range(n+1)]
for i in range(n-1,-1,-1):
    for k in range(m-1,-1,-1):
        dp[i][k]=dp[i+1][k+1]+1 if L[i]==R[k] else max(dp[i+1][k],dp[i][k+1])
keep=set(); i=k=0
while i<n and k<m:
    if L[i]==R[k]: keep.add(L[i]); i+=1; k+=1
    elif dp[i+1][k]>=dp[i][k+1]: i+=1
    else: k+=1
tot=ok=0
for r in j['rows']:
    l=(r.get('left') or {}).get('text',''); rt=(r.get('right') or {}).get('text','')
    for line in l.split('\n'):
        m_=hdr.match(line)
        if not m_: continue
        opts=re.findall(r'--[A-Za-z0-9][\w-]*',line) or [m_.group(1)]
        if opts[0] not in keep: continue
        tot+=1
        if re.search(re.escape(opts[0])+r'(?![\w-])',rt): ok+=1
print(f"{ok}/{tot} = {ok/max(tot,1):.1%}")
