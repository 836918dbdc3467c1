"""People chosen by a small learned model: candidate spans from jieba's words and the rules, scored.

The rules of ``entities`` and ``names`` propose people; ``person_candidates`` adds spans from
jieba's words (a surname word and its neighbour, names jieba's cut crossed, transliteration
pieces, both sides of a ``·``, a surname before an office or a cup), and a logistic model over
cheap features of each candidate — its words and tags, surname tier, how its characters read as
a given name in jieba's dictionary of names, the words beside it, the other candidates over it,
which rules proposed it — keeps the likely ones. The weights and the given-name table
(``data/person_model.json.gz``) are learned offline by ``resources/tools/train_person_model.py``;
only lines with a candidate cost anything.
"""
from __future__ import annotations

import gzip
import json
from functools import lru_cache
from itertools import repeat
from math import log

from jmreview.analysis.gazetteer import all_words
from jmreview.analysis.lexicon import NAME_STOP, NOT_PERSON, TITLES, tokenizer
from jmreview.analysis.names import AFTER_NAME, GIVEN, OFFICE, TRANSLIT, plausible
from jmreview.analysis.person_candidates import COMMON_SURNAMES, candidates, starts, tier, translit
from jmreview.resources import data_file

Span = tuple[int, int, str, str | None]
TITLE_WORDS = tuple(sorted(set(TITLES) | set(OFFICE) | {"外援", "选手", "教练", "司令", "秘书", "名将", "作者", "学者",
                                                      "夫人"}))
_TABLES: dict[str, dict[str, float]] = {}


def _load() -> dict[str, dict[str, float]]:
    if not _TABLES:
        with gzip.open(data_file("person_model.json.gz"), "rt", encoding="utf-8") as fh:
            data = json.load(fh)
        _TABLES.update(w=dict(data["w"]), g=dict(data.get("g", {})))
    return _TABLES


def weights() -> dict[str, float]:
    """The learned feature weights (bias under ``""``)."""
    return _load()["w"]


def given_table() -> dict[str, float]:
    """How much likelier each character is in a given name than in words (log ratio, from jieba's names)."""
    return _load()["g"]


@lru_cache(maxsize=1)
def _emit_table() -> dict[tuple[str, str], dict[str, float]]:
    from jieba.posseg.prob_emit import P

    return {k: v for k, v in P.items() if k[1] in ("nr", "nrt", "nrfg")}


@lru_cache(maxsize=8192)
def _emit(text: str) -> int:
    """jieba's own name model: how a person's name it finds these characters (log-probability bucket)."""
    table = _emit_table()
    n = len(text)
    states = "S" if n == 1 else "B" + "M" * (n - 2) + "E"
    best = -99.0
    for tag in ("nr", "nrt"):
        v = sum(table.get((st, tag), {}).get(ch, -15.0) for st, ch in zip(states, text)) / n
        best = max(best, v)
    return int(max(-15.0, best))


def _given(chars: str) -> list[str]:
    t = given_table()
    v = [t.get(ch, -3.0) for ch in chars]
    return [f"gmin={max(-4, min(4, int(min(v))))}", f"gsum={max(-6, min(6, int(sum(v))))}"]


def _bucket(x: float) -> str:
    return "0" if x == 0 else "l" if x < 0.5 else "m" if x < 1 else "1"


def features(s: str, toks: list[tuple[str, str]], span: tuple[int, int], k: int, m: int,
             sources: set[str], others: dict[tuple[int, int], str], freq: dict[str, int]) -> list[str]:
    """The feature names of one candidate (k..m: its first token and the token after it, -1 if unknown)."""
    i, j = span
    text = s[i:j]
    n = len(text)
    t, tr = tier(text), _bucket(translit(text))
    f = ["", f"len={min(n, 6)}", f"tier={t}", f"tr={tr}", f"lt={min(n, 6)}{t}{tr}",
         f"c0={text[0]}", f"cL={text[-1]}", f"c1={text[1] if n > 1 else '-'}", f"c2={text[2] if n > 2 else '-'}",
         f"dot={'·' in text}"]
    f += [f"src={x}" for x in sorted(sources)]
    if k >= 0:
        f.append(f"ntok={min(m - k, 4)}")
        f.append("tags=" + "+".join(t for _, t in toks[k:m]))
        prev, ptag = toks[k - 1] if k else ("^", "^")
        nxt, ntag = toks[m] if m < len(toks) else ("$", "$")
        f += [f"p={prev}", f"pt={ptag}", f"n={nxt}", f"nt={ntag}", f"tn={t}{ntag}", f"tp={t}{ptag}",
              f"pe={prev[-2:]}", f"nb={nxt[:1]}"]
        p2 = toks[k - 2][0] if k > 1 else "^"
        n2 = toks[m + 1][0] if m + 1 < len(toks) else "$"
        f += [f"p2={p2}", f"n2={n2}", f"t2={p2.endswith(TITLE_WORDS)}"]
        f += [f"ptitle={prev.endswith(TITLE_WORDS)}{t}",
              f"nstop={nxt in AFTER_NAME or nxt.startswith(NAME_STOP)}{t}"]
    else:
        f.append("ntok=?")
    if t in "ABC" and n in (2, 3):
        f.append(f"given={n}{''.join(str(int(ch in GIVEN)) for ch in text[1:])}")
        f += _given(text[1:])
    f.append(f"emit={_emit(text)}")
    f += [f"pc={s[i - 1] if i else '^'}", f"nc={s[j] if j < len(s) else '$'}"]
    wf = freq.get(text, 0)
    words = all_words()
    f.append(f"f={min(int(log(wf + 1)), 8)}")
    label = words.get(text)
    if label:
        f.append(f"gaz={label}")
    label = others.get(span)
    if label:
        f.append(f"same={label}")
    inside = others.around(i) if isinstance(others, Spans) else others.items()
    for (a, b), lab in inside:
        if a <= i and j <= b and (a, b) != span:
            f.append(f"in={lab}")
            break
    return f


class Spans(dict[tuple[int, int], str]):
    """The other labels' spans of a line, indexed by start: a long line of places stays linear."""

    def __init__(self, spans: dict[tuple[int, int], str]) -> None:
        super().__init__(spans)
        self.by_start: dict[int, list[tuple[tuple[int, int], str]]] = {}
        for (a, b), lab in spans.items():
            self.by_start.setdefault(a, []).append(((a, b), lab))
        self.longest = max((b - a for a, b in spans), default=0)

    def around(self, i: int) -> list[tuple[tuple[int, int], str]]:
        """The spans that start where one holding position i may start."""
        out: list[tuple[tuple[int, int], str]] = []
        for a in range(max(0, i - self.longest), i + 1):
            out += self.by_start.get(a, ())
        return out


def _relations(s: str, span: tuple[int, int], by_start: dict[int, list[int]],
               by_end: dict[int, list[int]]) -> list[str]:
    """How the other candidates sit on this one: longer or shorter from the same start or to the same end."""
    i, j = span
    f = []
    for b in by_start[i]:
        if b > j:
            f.append(f"longer={b - j}{int(s[j] in GIVEN)}{int(s[j] in TRANSLIT)}")  # 汪明|新
        elif b < j:
            f.append(f"shorter={j - b}{s[j - 1]}")  # 卢亮|以
    for a in by_end[j]:
        if a < i:
            f.append(f"lwider={i - a}{int(s[a] in COMMON_SURNAMES)}")
        elif a > i:
            f.append(f"lnarrow={a - i}")
    return f


def scored(s: str, toks: list[tuple[str, str]], spans: list[Span], sources: dict[tuple[int, int], set[str]],
           freq: dict[str, int]) -> list[tuple[tuple[int, int], list[str]]]:
    """Every candidate person of a line with its features."""
    st = starts(toks)
    cands = candidates(toks, st)
    edges = {pos: k for k, pos in enumerate(st)}
    for span in sources:
        if span not in cands:
            k, m = edges.get(span[0], -1), edges.get(span[1], -1)
            cands[span] = (k, m, "") if k >= 0 and m > k else (-1, -1, "")
    others = Spans({(i, j): label for i, j, label, _ in spans if label != "PER"})
    keep = {span: v for span, v in cands.items() if span in sources or _name_shaped(s[span[0]:span[1]])
            or (v[2] == "nrw" and s[span[0]:span[1]] not in NOT_PERSON)}
    by_start: dict[int, list[int]] = {}
    by_end: dict[int, list[int]] = {}
    for i, j in keep:  # indexed, so a line of thousands of candidates stays linear
        by_start.setdefault(i, []).append(j)
        by_end.setdefault(j, []).append(i)
    out = []
    for span, (k, m, kind) in keep.items():
        f = features(s, toks, span, k, m, sources.get(span, set()), others, freq)
        f += _relations(s, span, by_start, by_end)
        if kind:
            f.append(f"kind={kind}")
        out.append((span, f))
    return out


def _name_shaped(text: str) -> bool:
    """A candidate no rule proposed must look like a name: a surname or a transliteration, no place ending."""
    if len(text) == 1:
        return True
    return plausible(text) and (tier(text) != "0" or translit(text.replace("·", "")) >= 0.66)


def choose_people(s: str, toks: list[tuple[str, str]], spans: list[Span], sources: dict[tuple[int, int], set[str]],
                  known: set[str], model: dict[str, float] | None = None) -> list[Span]:
    """The spans with people replaced by the candidates the model keeps (byline names always kept)."""
    w = weights() if model is None else model
    freq = tokenizer().tokenizer.FREQ
    roles = {(i, j): role for i, j, label, role in spans if label == "PER" and role}
    chosen: list[tuple[float, tuple[int, int]]] = []
    for span, feats in scored(s, toks, spans, sources, freq):
        score = sum(map(w.get, feats, repeat(0.0)))   # the weights of its features (0 for one never seen)
        if s[span[0]:span[1]] in known:
            score += 100.0
        if score > 0:
            chosen.append((score, span))
    taken: set[int] = set()
    out = [sp for sp in spans if sp[2] != "PER"]
    for _, (i, j) in sorted(chosen, key=lambda x: (-x[0], x[1])):
        if taken.isdisjoint(range(i, j)):
            taken.update(range(i, j))
            out.append((i, j, "PER", roles.get((i, j))))
    return out
