"""Qt translation from the same catalogs as the rest of arapp.

``AppTranslator`` answers Qt's ``translate(context, source)`` from
:func:`arapp.i18n.lookup`, so ``self.tr(...)`` and ``QCoreApplication.translate(...)``
read ``resources/translations/*_zh_CN.ts`` directly (no compiled .qm files to keep in
step). In PySide6 ``self.tr`` asks with the runtime class name as context, then each
base class; ``lookup`` also falls back to the same source text in any context.

Qt's own words (standard buttons, file dialogs) come from Qt's ``qtbase_zh_CN.qm``
when PySide6 ships it.

To collect new strings into the catalog after changing the UI::

    pyside6-lupdate arapp/ui/*.py -ts resources/translations/ui_zh_CN.ts
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from arapp import i18n


class AppTranslator(QTranslator):
    """A QTranslator that asks arapp.i18n; returns None (so Qt keeps the source) when
    the current language is English or the catalog has no entry."""

    def translate(self, context, sourceText, disambiguation=None, n=-1):  # noqa: N802,N803 - Qt API
        if not sourceText:
            return None
        try:
            return i18n.lookup(context or "", sourceText) or None
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
            path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_translator.load(QLocale(lang), "qtbase", "_", path):
                _installed["qt"] = qt_translator
            else:
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
