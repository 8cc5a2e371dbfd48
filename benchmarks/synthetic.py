"""A deterministic synthetic library made by recombining the seeds' paragraphs.

Why recombine rather than generate random characters: search cost depends on
how often characters and character pairs occur, so the synthetic text has to
keep the seeds' distribution (``的``, ``市``, ``发展`` everywhere, ``常勇`` rare).
The same ``seed`` and article count always give the same library.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reader.importer.model import Block, BlockKind, BylineEntry, ParsedArticle, ParsedIssue
from reader.resources import sample_library

SENTENCE_END = re.compile(r"[。！？!?”」）)]$")
SECTIONS = ("要闻", "综合", "经济", "民生", "报网文摘", "简明动态")
KICKERS = ("驿城区城市管理局", "示范区巡察办:", "市发展改革委", "市教育局", "西平县")
PEOPLE = (("记者", "郑付生"), ("通讯员", "张伟"), ("记者", "唐翀"), ("通讯员", "武强"), ("记者", "王尧"))


@dataclass(frozen=True)
class Pool:
    paragraphs: list[str]
    titles: list[str]


def seed_pool(folder: Path | None = None) -> Pool:
    """Body paragraphs (long lines) and title candidates (short lines without final punctuation)."""
    paragraphs: list[str] = []
    titles: list[str] = []
    for path in sorted((folder or sample_library()).glob("*.txt")):
        for raw in path.read_text(encoding="utf-8-sig").splitlines():
            line = raw.strip().lstrip("#").strip()
            if len(line) >= 40:
                paragraphs.append(line)
            elif 6 <= len(line) <= 32 and not SENTENCE_END.search(line) and not line[-1].isdigit():
                titles.append(line)
    if not paragraphs or not titles:
        raise ValueError(f"no usable seed text in {folder or sample_library()}")
    return Pool(paragraphs, titles)


def _article(rng: random.Random, pool: Pool, section: str, target_chars: int) -> ParsedArticle:
    blocks: list[Block] = []
    size = 0
    while size < target_chars:
        paragraph = rng.choice(pool.paragraphs)
        kind = BlockKind.HEADING if rng.random() < 0.05 else BlockKind.PARAGRAPH
        blocks.append(Block(kind, rng.choice(pool.titles) if kind is BlockKind.HEADING else paragraph))
        size += len(blocks[-1].text) + 1
    byline = [BylineEntry(*rng.choice(PEOPLE)) for _ in range(rng.randint(0, 2))]
    return ParsedArticle(
        title=f"{rng.choice(pool.titles)}{rng.choice(pool.titles)[:4]}",
        blocks=blocks,
        kicker=rng.choice(KICKERS) if rng.random() < 0.2 else None,
        subtitle=f"——{rng.choice(pool.titles)}" if rng.random() < 0.15 else None,
        section=section,
        byline=byline,
        byline_text=" ".join(f"{e.role} {e.name}" for e in byline) or None,
    )


def synthetic_issues(
    articles: int, *, seed: int = 2024, per_issue: int = 25, mean_chars: int = 700, pool: Pool | None = None
) -> Iterator[tuple[str, ParsedIssue]]:
    """Yield ``(file name, ParsedIssue)`` until ``articles`` articles have been produced.

    ``mean_chars`` ≈ 700 characters (≈ 2 KB of UTF-8) per article gives ≈ 100 MB at 50,000.
    """
    rng = random.Random(seed)
    pool = pool or seed_pool()
    made = 0
    number = 0
    while made < articles:
        count = min(articles - made, rng.randint(per_issue // 2, per_issue * 3 // 2))
        day = 1 + number % 28
        month = 1 + (number // 28) % 12
        year = 2015 + number // 336
        sections = rng.sample(SECTIONS, k=3)
        parsed = ParsedIssue(
            layout="newspaper_page",
            articles=[
                _article(
                    rng, pool, sections[i * 3 // count], rng.randint(mean_chars // 2, mean_chars * 3 // 2)
                )
                for i in range(count)
            ],
            title=f"驻马店日报 第{number + 1}期",
            publication="驻马店日报",
            issue_date=f"{year:04d}-{month:02d}-{day:02d}",
            encoding="utf-8",
        )
        yield f"synthetic_{number:06d}.txt", parsed
        made += count
        number += 1


def article_bytes(article: ParsedArticle) -> int:
    """UTF-8 size of the searchable fields: the text the throughput figure is measured on."""
    fields = (article.kicker, article.title, article.subtitle, article.text)
    return sum(len(value.encode("utf-8")) for value in fields if value)


def render_text(parsed: ParsedIssue) -> str:
    """Write a synthetic issue out as a TOC bulletin, the way the seed 000 is laid out.

    The end-to-end benchmark imports these files through the real importer, so
    the figure includes decoding and layout parsing, not just the store.
    """
    toc: list[str] = ["目录"]
    body: list[str] = []
    current: str | None = None
    for page, article in enumerate(parsed.articles, start=1):
        section = article.section or "综合"
        if section != current:
            toc.append(section)
            body.append(section)
            current = section
        toc.append(f"{article.title} {page}")
        body.append(article.title)
        body.extend(block.text for block in article.blocks)
    return "\n".join(toc + body) + "\n"
