import re,sys,os
# crude: find func/init declarations and count lines until matching brace
res=[]
for root,_,files in os.walk(sys.argv[1]):
    for f in files:
        if not f.endswith('.swift'): continue
        p=os.path.join(root,f); lines=open(p,encoding='utf8').read().split('\n')
        i=0
        while i<len(lines):
            l=lines[i]
            if re.search(r'\b(func|init|subscript)\b[^=]*[({]',l) or re.search(r'\b(var|let)\s+\w+\s*:[^=]*\{\s*$',l):
                # find first '{' from here
                depth=0; started=False; j=i
                while j<len(lines):
                    s=re.sub(r'"(\\.|[^"\\])*"','""',lines[j])
                    s=s.split('//')[0]
                    for ch in s:
                        if ch=='{': depth+=1; started=True
                        elif ch=='}': depth-=1
                    if started and depth<=0: break
                    j+=1
                n=j-i+1
                if n>120: res.append((n,p,i+1,l.strip()[:80]))
                i+=1
            else: i+=1
for r in sorted(res,reverse=True): print(*r)
