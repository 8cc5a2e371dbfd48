"""Rebuild tjgbwide's files from the copies in ``src/`` (see ``../SOURCES.md``).

Each ``src/YYYY.src`` is ``reportData/YYYY.txt`` of derek-s/Python-GovWorkReportAnalyze read with the search
tool's ``read_file`` and written back character for character (LF; the stored file has CRLF line ends and no
final line end: ``len(text) + newlines == total_chars`` is asserted).  This script restores the CRLF text and
writes each set file in its encoding and line ends.

    python tests/data/corpus/tjgbwide/make/build.py
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent

TOTAL_CHARS = {"2012": 12089, "2013": 8472, "2014": 9789, "2015": 9769, "2018": 13804, "2019": 13546}

FILES = [  # (file, year, encoding, line end)
    ("w01_gwr_hailaer_2012_content_crlf.txt", "2012", "utf-8", "\r\n"),
    ("w02_gwr_hailaer_2013_content_utf8bom_crlf.txt", "2013", "utf-8-sig", "\r\n"),
    ("w03_gwr_hailaer_2014_content_gb18030_crlf.txt", "2014", "gb18030", "\r\n"),
    ("w04_gwr_hailaer_2015_content_utf16le_crlf.txt", "2015", "utf-16", "\r\n"),
    ("w05_gwr_hailaer_2018_content_gb18030.txt", "2018", "gb18030", "\n"),
    ("w06_gwr_hailaer_2019_content.txt", "2019", "utf-8", "\n"),
]


def source(year: str) -> str:
    text = (HERE / "src" / f"{year}.src").read_text(encoding="utf-8").removesuffix("\n")
    assert "\r" not in text
    assert len(text) + text.count("\n") == TOTAL_CHARS[year], year
    return text


def main() -> None:
    for name, year, encoding, end in FILES:
        text = source(year).replace("\n", end)
        data = text.encode("utf-16-le") if encoding == "utf-16" else text.encode(encoding)
        if encoding == "utf-16":
            data = b"\xff\xfe" + data
        (SET / name).write_bytes(data)
        print(name, len(data))


if __name__ == "__main__":
    main()
