"""Recode summary gold: silence about casualties in a complete incident summary is 0 (GTD)."""
import json, re, sys
_UNSURE = r"(?:unknown|not available|not released|did not release|unconfirmed|no independent confirmation|unclear|not (?:been )?(?:known|specified|disclosed|reported))"
_QTY = r"(?:several|dozens|some|many|scores|a number of|an unknown number of|numerous)"
WORDS = {"fatalities": r"(?:casualt|fatalit|killed|dead|deaths|death toll|died)",
         "injuries": r"(?:casualt|wounded|injur|hurt)"}
def uncertain(text, key):
    w = WORDS[key]
    pats = [w + r"[^.;]*" + _UNSURE, _UNSURE + r"[^.;]*" + w, r"confirmed casualties", r"claimed that[^.]*" + w,
            _QTY + r"\s+(?:\w+\s+){0,3}(?:were\s+)?" + w]
    return any(re.search(p, text, re.I) for p in pats)
def recode(gold_path, texts):
    out=[]; changed=0; kept=[]
    for line in open(gold_path, encoding="utf-8"):
        if not line.strip(): continue
        g=json.loads(line)
        t=texts.get(g["document_id"], "")
        is_summary = re.match(r"\s*\d{2}/\d{2}/\d{4}:", t) is not None
        if is_summary and g.get("main"):
            for key in ("fatalities","injuries"):
                if key in g and g[key].get("best") is None:
                    if uncertain(t, key): kept.append((g["document_id"], key)); continue
                    g[key]={"low":0,"best":0,"high":0}; changed+=1
        out.append(json.dumps(g, ensure_ascii=False))
    open(gold_path,"w",encoding="utf-8").write("\n".join(out)+"\n")
    return changed, kept
if __name__=="__main__":
    import glob
    texts={}
    for f in glob.glob(sys.argv[2]):
        for l in open(f,encoding="utf-8"):
            if l.strip():
                d=json.loads(l); texts[d["id"]]=d["text"]
    c,k=recode(sys.argv[1], texts); print("changed",c,"kept null",len(k)); print(k[:40])
