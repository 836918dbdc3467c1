"""jieba's accurate cut with its HMM, word for word, in fewer interpreter steps.

The same dictionary, the same maximum-probability route and the same HMM for runs of
unknown single characters as ``jieba.Tokenizer.cut(text, HMM=True)``; the route is computed
with plain loops instead of generators, as the entity pass runs it on every line. A test
checks that both give the same words.
"""
from __future__ import annotations

import re
from math import log
from typing import Any

from jmreview.analysis.hmm import hmm_cutter

RE_HAN = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]+)")
RE_SKIP = re.compile(r"(\r\n|\s)")
ABSENT = 1.0   # a fragment that is no word nor the start of one (a log probability is never positive)
CACHE_LIMIT = 400_000   # fragments remembered; a long import starts the memo afresh rather than grow without end


class FastCut:
    """A word cutter over one jieba tokenizer's dictionary."""

    def __init__(self, dt: Any) -> None:
        self.freq: dict[str, int] = dt.FREQ
        self.logtotal = log(dt.total)
        self.logp: dict[str, float] = {}   # word → log probability; a word's prefix → 0.0; neither → ABSENT
        self.hmm = hmm_cutter()
        self.tagged: dict[str, tuple[str, str]] = {}   # word → (word, tag), kept by ``lexicon.tokens``

    def _block(self, s: str) -> list[str]:
        freq, logtotal, n, logp = self.freq, self.logtotal, len(s), self.logp
        best = [0.0] * (n + 1)
        nxt = [0] * (n + 1)
        for k in range(n - 1, -1, -1):
            top, arg = None, k
            i = k
            frag = s[k]
            p = logp.get(frag)
            while True:
                if p is None:   # each fragment's log probability once per process, not once per position
                    f = freq.get(frag)
                    p = logp[frag] = ABSENT if f is None else (log(f) - logtotal if f else 0.0)
                if p > 0.0:   # ABSENT
                    break
                if p:
                    v = p + best[i + 1]
                    if top is None or v > top or (v == top and i > arg):
                        top, arg = v, i
                i += 1
                if i >= n:
                    break
                frag = s[k:i + 1]
                p = logp.get(frag)
            if top is None:
                top = log(freq.get(s[k]) or 1) - logtotal + best[k + 1]
            best[k], nxt[k] = top, arg
        out: list[str] = []
        buf = ""
        x = 0
        while x < n:
            y = nxt[x] + 1
            if y - x == 1:
                buf += s[x]
            else:
                if buf:
                    self._flush(buf, out)
                    buf = ""
                out.append(s[x:y])
            x = y
        if buf:
            self._flush(buf, out)
        return out

    def _flush(self, buf: str, out: list[str]) -> None:
        if len(buf) == 1:
            out.append(buf)
        elif not self.freq.get(buf):
            out.extend(self.hmm(buf))
        else:
            out.extend(buf)

    def cut(self, text: str) -> list[str]:
        """The words of a text, as ``jieba.cut(text, HMM=True)`` gives them."""
        if len(self.logp) > CACHE_LIMIT or len(self.tagged) > CACHE_LIMIT:
            self.logp.clear()
            self.tagged.clear()
        out: list[str] = []
        for blk in RE_HAN.split(text):
            if not blk:
                continue
            if RE_HAN.match(blk):
                out.extend(self._block(blk))
            else:
                for x in RE_SKIP.split(blk):
                    if RE_SKIP.match(x):
                        out.append(x)
                    else:
                        out.extend(x)
        return out
