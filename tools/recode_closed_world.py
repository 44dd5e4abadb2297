"""Recode summary gold to the closed-world casualty rule of docs/gold-format.md.

In an incident summary (text opening with ``MM/DD/YYYY:``) silence about deaths or injuries
is 0, unless the text shows casualties without a usable figure. Usage::

    python tools/recode_closed_world.py GOLD.jsonl 'DOCS/*.jsonl'
"""

from __future__ import annotations

import glob
import json
import re
import sys

_UNSURE = (
    r"(?:unknown|not available|not released|did not release|unconfirmed|"
    r"no independent confirmation|unclear|not (?:been )?(?:known|specified|disclosed|reported))"
)
_VAGUE = r"(?:several|dozens|some|many|scores|a number of|an unknown number of|numerous)"
WORDS = {
    "fatalities": r"(?:casualt|fatalit|killed|dead|deaths|death toll|died)",
    "injuries": r"(?:casualt|wounded|injur|hurt)",
}
SUMMARY = re.compile(r"\s*\d{2}/\d{2}/\d{4}:")


def uncertain(text: str, key: str) -> bool:
    w = WORDS[key]
    patterns = (
        w + r"[^.;]*" + _UNSURE,
        _UNSURE + r"[^.;]*" + w,
        r"confirmed casualties",
        r"claimed that[^.]*" + w,
        _VAGUE + r"\s+(?:\w+\s+){0,3}(?:were\s+)?" + w,
    )
    return any(re.search(p, text, re.IGNORECASE) for p in patterns)


def recode(gold_path: str, texts: dict[str, str]) -> tuple[int, list[tuple[str, str]]]:
    out: list[str] = []
    changed, kept = 0, []
    with open(gold_path, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    for g in rows:
        text = texts.get(g["document_id"], "")
        if SUMMARY.match(text) and g.get("main"):
            for key in ("fatalities", "injuries"):
                if key in g and g[key].get("best") is None:
                    if uncertain(text, key):
                        kept.append((g["document_id"], key))
                        continue
                    g[key] = {"low": 0, "best": 0, "high": 0}
                    changed += 1
        out.append(json.dumps(g, ensure_ascii=False))
    with open(gold_path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(out) + "\n")
    return changed, kept


def main() -> None:
    texts: dict[str, str] = {}
    for name in glob.glob(sys.argv[2]):
        with open(name, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    doc = json.loads(line)
                    texts[doc["id"]] = doc["text"]
    changed, kept = recode(sys.argv[1], texts)
    print(f"changed {changed}; kept null {len(kept)}: {kept}")


if __name__ == "__main__":
    main()
