"""Qt translation from the same catalogs as the rest of arapp.

``AppTranslator`` answers Qt's ``translate(context, source, disambiguation, n)`` from
:func:`arapp.i18n.answer_qt`, so ``self.tr(...)`` and ``QCoreApplication.translate(...)``
read ``resources/translations/*_zh_CN.ts`` directly (no compiled .qm files to keep in
step). Lookups use the exact context only.

Which context Qt asks with: PySide6's ``QObject.tr`` walks ``type(self).__mro__`` and
asks once per class, with the class's ``__name__`` as context (the runtime class first,
then its bases, down to ``QObject``), until an answer differs from the source. So a
method written in a base class and run by a subclass finds its strings under the base
class's name, where the extractor puts them; a subclass could also carry its own wording
under its own name. ``QCoreApplication.translate("ctx", ...)`` asks with "ctx" alone.

Counts: ``self.tr("{n} task", "{n} tasks", n).format(n=n)`` passes the English plural
as Qt's disambiguation, which is how the catalogs key a plural message; the answer is
the catalog's form for ``n`` (Chinese has one), or the English singular/plural.

Qt's own words (standard buttons, file dialogs) come from Qt's ``qtbase_zh_CN.qm`` in
PySide6's translations folder (``QLibraryInfo.path(TranslationsPath)``), installed beside
the app's translator. That file lags behind Qt: a few of Qt 6's texts are missing from it
("&Look in:", "Files of &type:" of the file dialog), so the app's catalog carries those
under Qt's own context (``QT_GAPS`` below). The app's catalog answers nothing else in Qt's
contexts: a word of arapp's ("Open" is 未收 on an amount) never reaches a Qt button.

To collect new strings into the catalogs after changing the code: ``python3 dev.py i18n``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from arapp import i18n

log = logging.getLogger(__name__)


#: Texts of Qt's own dialogs that Qt's qtbase_zh_CN.qm does not translate (it has the Qt 5
#: wording without the accelerator); the catalog gives them under Qt's context.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def qt_translations_dir() -> str:
    """PySide6's folder of Qt's own .qm files (qtbase_zh_CN.qm and the like)."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


class AppTranslator(QTranslator):
    """A QTranslator that asks arapp.i18n; returns None (so Qt keeps the source) when
    the current language is English or the catalog has no entry."""

    def translate(self, context, sourceText, disambiguation=None, n=-1):  # noqa: N802,N803 - Qt API
        try:
            return i18n.answer_qt(context or "", sourceText, disambiguation, n) or None
        except Exception:  # a broken catalog must not take the window down
            return None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False


_installed: dict[str, QTranslator] = {}


def install_translators(language: str | None = None) -> str:
    """Set the language (zh_CN by default) and (re)install the translators on the running
    QCoreApplication. Re-installing sends QEvent.LanguageChange to every widget, which
    then retranslates itself. Returns the language in force."""
    lang = i18n.set_language(language)
    app = QCoreApplication.instance()
    if app is None:
        return lang
    for translator in _installed.values():
        QCoreApplication.removeTranslator(translator)
    qt_translator = _installed.get("qt")
    if lang != "en":
        if qt_translator is None:
            qt_translator = QTranslator(app)
            if qt_translator.load(QLocale(lang), "qtbase", "_", qt_translations_dir()):
                _installed["qt"] = qt_translator
            else:               # Qt's dialogs then stay English; arapp's words are unaffected
                log.warning("Qt's own translations qtbase_%s.qm are not in %s", lang, qt_translations_dir())
                qt_translator = None
        if qt_translator is not None:
            QCoreApplication.installTranslator(qt_translator)
    app_translator = _installed.get("app")
    if app_translator is None:
        app_translator = _installed["app"] = AppTranslator(app)
    # Installed last so it is asked first.
    QCoreApplication.installTranslator(app_translator)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China) if lang == "zh_CN"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    return lang
