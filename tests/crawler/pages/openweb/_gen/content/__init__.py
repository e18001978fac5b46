"""Article content + page specs, one module per language."""
import importlib

LANGS = ["en", "de", "fr", "es", "pt", "it", "nl", "ru", "ar", "ja", "zh", "ko", "tr", "pl"]


def load():
    specs, outlets = [], {}
    for lang in LANGS:
        try:
            mod = importlib.import_module("." + lang, __name__)
        except ModuleNotFoundError as e:
            if e.name and e.name.endswith("." + lang):
                continue
            raise
        for k, v in mod.OUTLETS.items():
            assert k not in outlets, k
            outlets[k] = v
        for a in mod.ARTICLES:
            a = dict(a)
            a.setdefault("lang", lang)
            a["name"] = "%s-%s-%s" % (a["lang"], a["cms"], a["id"])
            specs.append(a)
    names = [s["name"] for s in specs]
    assert len(names) == len(set(names)), "duplicate page names"
    return specs, outlets
