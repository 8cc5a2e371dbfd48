"""One language at a time, the Qt way: English source strings, ``QTranslator`` for the rest.

Every user-visible string in ``reader.app`` is wrapped in ``self.tr()`` (inside a QObject
class) or ``translate("Context", …)`` (elsewhere).  ``make translations`` runs PySide6's
``lupdate`` over the sources into the ``.ts`` files beside this module and ``lrelease``
into the ``.qm`` files the app loads.  The language follows the system locale unless the
user chose one in Preferences.  Messages from the core (import failures and warnings)
are English; :mod:`reader.app.i18n.reasons` translates the ones users meet.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

if TYPE_CHECKING:

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
        """Marks ``text`` for lupdate and returns it as it is (PySide6's stub says ``object``)."""
        ...

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP  # noqa: F401 — re-exported, typed above

HERE = Path(__file__).resolve().parent
LANGUAGES = ("zh_CN", "en")  # what we ship; "system" picks one of these from the locale
CATALOGUE = "bulletin_reader"

translate = QCoreApplication.translate  # lupdate reads ``translate("Context", "text")`` calls

_installed: list[QTranslator] = []
_PLACE = re.compile(r"%([1-9])")


def fill(template: str, *values: object) -> str:
    """``template`` with ``%1``, ``%2``… replaced by ``values`` in one pass, like ``QString.arg``.

    Why not chained ``str.replace``: a value that itself holds ``%2`` (a query, a saved search's
    name) would be replaced again.  PySide6's ``tr`` returns a plain ``str``, which has no ``arg``.
    """
    return _PLACE.sub(lambda m: str(values[int(m[1]) - 1]) if int(m[1]) <= len(values) else m[0], template)


def resolve(choice: str, locale: QLocale | None = None) -> str:
    """The language a preference means: ``zh_CN``/``en`` as given, ``system`` by the locale."""
    if choice in LANGUAGES:
        return choice
    locale = locale or QLocale.system()
    return "zh_CN" if locale.language() == QLocale.Language.Chinese else "en"


def qm_path(language: str) -> Path:
    return HERE / f"{CATALOGUE}_{language}.qm"


def install(choice: str = "system") -> str:
    """Load the translations for ``choice`` into the running application; returns the language used.

    Qt's own catalogue (``qtbase``) comes too, so standard buttons (OK, Cancel, Yes) match.
    Calling it again swaps the language (windows built afterwards show the new one).
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("translations are installed into a running QApplication")
    language = resolve(choice)
    while _installed:
        app.removeTranslator(_installed.pop())
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"{CATALOGUE}_{language}", str(HERE)), (f"qtbase_{language}", qt_folder)):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese if language == "zh_CN" else QLocale.Language.English))
    return language


def current() -> str:
    """The language whose catalogue is loaded (English when none is)."""
    return "zh_CN" if any("zh_CN" in t.filePath() for t in _installed) else "en"
