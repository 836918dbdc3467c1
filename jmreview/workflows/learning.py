"""Apply what was learned to the whole corpus: a preview of what would change, then one undoable edit.

Only what automation owns changes: suggestions and line roles of articles nobody decided anything
about (``automation.is_protected``), and of those lines only the ones no person set. Learned entries
add suggestions (origin auto, so a later re-run may redo them), negative ones take suggestions away,
layout entries set a line's role to kicker or take it out as noise.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from jmreview.analysis.blocks import remove_pinyin
from jmreview.analysis.learned import Lexicon, line_key
from jmreview.analysis.pipeline import relearn
from jmreview.analysis.script import to_simplified
from jmreview.errors import Coded
from jmreview.store.changes import record
from jmreview.store.database import Store
from jmreview.store.derived import refresh_fields
from jmreview.store.lexicon import current_lexicon
from jmreview.store.models import Article, Block, Entity, SourceFile, now
from jmreview.store.review_guard import reviewers
from jmreview.workflows.automation import is_protected


@dataclass
class LearnPlan:
    """What applying the lexicon would change."""

    added: list[tuple[int, int, object]] = field(default_factory=list)  # (article id, file id, analysis Entity)
    removed: list[int] = field(default_factory=list)                    # suggestion ids
    kickers: list[tuple[int, str]] = field(default_factory=list)         # (block id, cue)
    noise: list[tuple[int, str]] = field(default_factory=list)
    articles: set[int] = field(default_factory=set)
    left: list[str] = field(default_factory=list)   # pages under double review or being curated: one line each

    @property
    def changes(self) -> int:
        """How many suggestions and lines would change."""
        return len(self.added) + len(self.removed) + len(self.kickers) + len(self.noise)

    def summary(self) -> str:
        """One line: what would change, in how many articles."""
        return (f"{len(self.added)} suggestions added, {len(self.removed)} taken away, "
                f"{len(self.kickers)} lines set to kicker, {len(self.noise)} lines set to noise, "
                f"in {len(self.articles)} articles")


def _file_plan(plan: LearnPlan, source: SourceFile, articles: list[Article], lexicon: Lexicon) -> None:
    ids = [a.id for a in articles]
    blocks = list(Block.select().where(Block.article.in_(ids)).order_by(Block.position, Block.line))
    entities = list(Entity.select().where(Entity.article.in_(ids)))
    for b in blocks:
        entry = None if b.manual else lexicon.layout.get(line_key(remove_pinyin(source.text[b.start:b.end])[0]))
        if entry is not None and entry.label == "noise":
            plan.noise.append((b.id, entry.cue("noise.learned")))
            plan.articles.add(int(b.article_id or 0))
        elif entry is not None and b.role != "kicker":
            plan.kickers.append((b.id, entry.cue("kicker.learned")))
            plan.articles.add(int(b.article_id or 0))
    removed = {e.id for e in entities if e.origin == "auto" and e.status == "suggested"
               and (e.simplified, e.label) in lexicon.negative}
    if lexicon.positive and lexicon.matches(to_simplified(source.text)) or removed or lexicon.patterns:
        stored = [([b.line for b in blocks if b.article_id == a.id], {b.line: b.role for b in blocks},
                   [*a.reporters, *a.correspondents, *a.photographers]) for a in articles]
        for art, (plain, taught) in zip(articles, relearn(source.text, stored, lexicon)):
            mine = [e for e in entities if e.article_id == art.id]
            suggested = {(e.start, e.end, e.label): e.id for e in mine
                         if e.origin == "auto" and e.status == "suggested"}
            before, after = {(e.start, e.end, e.label) for e in plain}, {(e.start, e.end, e.label) for e in taught}
            removed |= {suggested[k] for k in before - after if k in suggested}
            spans = {(e.start, e.end) for e in mine if e.id not in removed}
            for e in taught:
                if (e.start, e.end, e.label) not in before and (e.start, e.end) not in spans:
                    plan.added.append((art.id, source.id, e))
                    plan.articles.add(art.id)
    plan.removed += sorted(removed)
    plan.articles |= {e.article_id for e in entities if e.id in removed}


UNDER_REVIEW = "{name} is under double review by {editors}: it is corrected on their review copies; left as it is"


def under_review() -> dict[int, str]:
    """The pages under double review or being curated, each with its 'left as it is' line (as imports say it)."""
    return {sf.id: Coded(UNDER_REVIEW, name=sf.name, editors=reviewers(sf.id)) for sf in SourceFile.select(
        SourceFile.id, SourceFile.name).where(SourceFile.review_state.in_(("double", "curating")))}


def plan_learned(lexicon: Lexicon | None = None) -> LearnPlan:
    """What applying the lexicon to every current file would change (nothing is written)."""
    lexicon = current_lexicon() if lexicon is None else lexicon
    plan = LearnPlan()
    if not lexicon:
        return plan
    reviewed = under_review()   # corrected on their copies, or being curated from them: left as they are
    plan.left = [reviewed[k] for k in sorted(reviewed)]
    for source in SourceFile.select().where(SourceFile.replaced_by.is_null() & SourceFile.id.not_in(
            sorted(reviewed) or [0])).order_by(SourceFile.id):
        articles = [a for a in Article.select().where(Article.file == source) if not is_protected(a)]
        if articles:
            _file_plan(plan, source, articles, lexicon)
    return plan


def apply_learned(store: Store, who: str, plan: LearnPlan | None = None) -> tuple[LearnPlan, int]:
    """Apply what was learned as one logged, undoable edit; returns the plan and the log id (0: nothing)."""
    plan = plan_learned() if plan is None else plan
    if not plan.changes:
        return plan, 0
    with record(store, who, "apply_lexicon", f"apply what was learned: {plan.summary()}") as ch:
        open_ids = {a.id for a in Article.select().where(Article.id.in_(sorted(plan.articles))) if not is_protected(a)}
        for e_id in plan.removed:
            row = Entity.get_or_none(Entity.id == e_id)
            if row is not None and row.article_id in open_ids and row.status == "suggested":
                ch.delete(row)
        for art_id, file_id, e in plan.added:
            if art_id in open_ids:
                ch.create(Entity, article=art_id, file=file_id, start=e.start, end=e.end,  # type: ignore[attr-defined]
                          text=e.text, simplified=e.simplified, label=e.label, role=e.role,  # type: ignore[attr-defined]
                          origin="auto", status="suggested", cue=e.cue, created_at=now())  # type: ignore[attr-defined]
        for b_id, cue in plan.kickers:
            block = Block.get_by_id(b_id)
            if block.article_id in open_ids and not block.manual:
                ch.set(block, role="kicker", cue=cue)
        for b_id, cue in plan.noise:
            block = Block.get_by_id(b_id)
            if block.article_id in open_ids and not block.manual:
                ch.set(block, article=None, cue=cue, joins_previous=False, duplicate_of=None)
        for art_id in sorted(open_ids):
            ch.touch(Article.get_by_id(art_id))
        refresh_fields(ch, sorted(open_ids))
    log = ch.log_id()
    return plan, log
