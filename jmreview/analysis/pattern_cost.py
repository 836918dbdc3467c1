"""How many ways a backtracking regular-expression engine may try to match a pattern at one place of a name.

An editor's file-name pattern runs on names of at most NAME_LIMIT characters. Python's engine
backtracks: it tries each optional item, each branch of an alternation and each count of a
repeat in turn, so the work at one place is bounded by the product of those choices — as long
as no repeat holds a choice of its own (then the choices multiply with every round: `(a|a)*`,
`(a+)+`, `(?:a?){30}`). `ways` computes that bound from the parsed pattern, treating a repeat
whose body is not one fixed piece as unbounded, so a pattern under a small bound cannot hang.
Repeats of varying count in one sequence share the name's characters: k of them have at most
C(n + k, k) count choices together, however many each could take alone.
"""
from __future__ import annotations

from functools import lru_cache
from math import comb, prod
from typing import Any

try:
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser as sre  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as c  # type: ignore[no-redef, unused-ignore]
    import sre_parse as sre  # type: ignore[no-redef, unused-ignore]

UNBOUNDED = 10 ** 18
ONE_CHARACTER = {c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN}
REPEATS = {c.MAX_REPEAT, c.MIN_REPEAT, *(getattr(c, n) for n in ("POSSESSIVE_REPEAT",) if hasattr(c, n))}
WHOLE = {c.SUBPATTERN, *(getattr(c, n) for n in ("ATOMIC_GROUP",) if hasattr(c, n))}
Ways = tuple[int, list[int]]   # a factor of choices, and the extra counts of varying repeats that share the name


def ways(pattern: str, length: int) -> int:
    """An upper bound on the paths the engine may try at one place of a name of `length` characters
    (UNBOUNDED for any shape this bound does not know: such a pattern is refused, never trusted)."""
    try:
        return _close(_sequence(sre.parse(pattern), length), length)
    except (TypeError, ValueError, IndexError, AttributeError, RecursionError):
        return UNBOUNDED


def _cap(n: int) -> int:
    return min(n, UNBOUNDED)


def _close(found: Ways, length: int) -> int:
    factor, extras = found
    if not extras:
        return factor
    shared = min(prod(e + 1 for e in extras), comb(min(sum(extras), length) + len(extras), len(extras)))
    return _cap(factor * shared)


def _flat(items: Any) -> list[tuple[Any, Any]]:
    """A sequence with its (capturing or not) groups opened: a group changes nothing of how the engine backtracks."""
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        out += _flat(av[-1]) if op == c.SUBPATTERN else [(op, av)]
    return out


def _sequence(items: Any, length: int) -> Ways:
    factor, extras = 1, []
    flat = _flat(items)
    for k, (op, av) in enumerate(flat):
        if op in REPEATS and _stops_at(av, flat[k + 1] if k + 1 < len(flat) else None):
            continue   # `\d+-`: however far it backtracks, only one count gets past what follows — no choice
        more, pooled = _item(op, av, length)
        factor = _cap(factor * more)
        extras += pooled
    return factor, extras


def _stops_at(repeat: Any, after: tuple[Any, Any] | None) -> bool:
    """True for a repeat of one character that cannot take the first character of what must follow it (a literal,
    one character, or a repeat of at least one): only its longest count can be followed, so it adds no choices."""
    body = repeat[2]
    if after is None or body.getwidth() != (1, 1) or _whole(body, 1) != 1:
        return False
    op, av = after
    if op == c.AT:
        return av in (c.AT_END, c.AT_END_STRING)
    if op in REPEATS and av[0] >= 1 and av[2].getwidth()[0] >= 1:
        op, av = _flat(av[2])[0]
    if op == c.LITERAL:
        return _matcher(body).fullmatch(chr(av)) is None
    if op in ONE_CHARACTER:
        mine, theirs = _matcher(body), _matcher(sre.SubPattern(body.state, [(op, av)]))
        return not any(theirs.fullmatch(m.group()) for m in mine.finditer(_every_character()))
    return False


@lru_cache(maxsize=1)
def _every_character() -> str:
    """Every code point but the surrogates, once: two character classes are disjoint when none of it is in both."""
    return "".join(map(chr, (*range(0xD800), *range(0xE000, 0x110000))))


def _matcher(body: Any) -> Any:
    """A compiled pattern of one parsed character item."""
    from re import _compiler  # type: ignore[attr-defined]

    return _compiler.compile(body, 0)


def _whole(items: Any, length: int) -> int:
    return _close(_sequence(items, length), length)


def _item(op: Any, av: Any, length: int) -> Ways:
    if op in ONE_CHARACTER or op == c.AT or op == c.GROUPREF:
        return 1, []
    if op in WHOLE:   # a group's repeats share the name with those around it; an atomic group is its own body
        return _sequence(av if isinstance(av, sre.SubPattern) else av[-1], length)
    if op == c.BRANCH:
        return _cap(sum(_whole(branch, length) for branch in av[1])), []
    if op in (c.ASSERT, c.ASSERT_NOT):
        return _whole(av[1], length), []   # tried again wherever it is met: counted as if it were a choice
    if op == c.GROUPREF_EXISTS:
        return _cap(_whole(av[1], length) + (_whole(av[2], length) if av[2] else 1)), []
    if op in REPEATS:
        return _repeat(av[0], av[1], av[2], length)
    return UNBOUNDED, []   # anything this bound does not know is not trusted


def _repeat(low: int, high: int, body: Any, length: int) -> Ways:
    inner = _whole(body, length)
    least, most = body.getwidth()
    if low == high:   # a fixed count: every round's choices multiply
        return (_cap(inner ** min(low, length + 1)) if inner > 1 else 1), []
    if inner > 1 or least != most or not least:
        return UNBOUNDED, []   # a choice, or a piece of varying or no width, inside a varying repeat
    return 1, [max(0, min(high, length // least) - low)]
