"""The time zone of a date-time a page writes without one: the site's, from seeds or from its language.

A dateline reads "4. März 2026, 09:15 Uhr": local time, with no offset. Left naive it
is ambiguous (the same words mean another instant to a UTC reader), so it takes the
site's ``timezone`` from seeds, else the one its language and region make likely
("de" → Berlin, "pt-BR" → São Paulo); a language spoken across continents ("en", "ar",
"es", "pt") without a region leaves it naive, as written.
"""

from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

BY_LANGUAGE = {
    "de": "Europe/Berlin", "de-at": "Europe/Vienna", "de-ch": "Europe/Zurich", "fr": "Europe/Paris",
    "fr-be": "Europe/Brussels", "fr-ch": "Europe/Zurich", "fr-ca": "America/Toronto", "it": "Europe/Rome",
    "es-es": "Europe/Madrid", "es-mx": "America/Mexico_City", "es-ar": "America/Argentina/Buenos_Aires",
    "es-co": "America/Bogota", "es-cl": "America/Santiago", "es-ve": "America/Caracas", "es-pe": "America/Lima",
    "pt-pt": "Europe/Lisbon", "pt-br": "America/Sao_Paulo", "nl": "Europe/Amsterdam", "nl-be": "Europe/Brussels",
    "pl": "Europe/Warsaw", "cs": "Europe/Prague", "sk": "Europe/Bratislava", "hu": "Europe/Budapest",
    "ro": "Europe/Bucharest", "bg": "Europe/Sofia", "el": "Europe/Athens", "tr": "Europe/Istanbul",
    "ru": "Europe/Moscow", "uk": "Europe/Kyiv", "sv": "Europe/Stockholm", "da": "Europe/Copenhagen",
    "nb": "Europe/Oslo", "no": "Europe/Oslo", "fi": "Europe/Helsinki", "ja": "Asia/Tokyo", "ko": "Asia/Seoul",
    "zh": "Asia/Shanghai", "zh-cn": "Asia/Shanghai", "zh-tw": "Asia/Taipei", "zh-hk": "Asia/Hong_Kong",
    "he": "Asia/Jerusalem", "fa": "Asia/Tehran", "id": "Asia/Jakarta", "vi": "Asia/Ho_Chi_Minh", "th": "Asia/Bangkok",
    "en-gb": "Europe/London", "en-ie": "Europe/Dublin", "en-in": "Asia/Kolkata", "en-au": "Australia/Sydney",
    "en-nz": "Pacific/Auckland", "en-za": "Africa/Johannesburg", "en-sg": "Asia/Singapore", "hi": "Asia/Kolkata",
    "ar-eg": "Africa/Cairo", "ar-sa": "Asia/Riyadh", "ar-ae": "Asia/Dubai", "ar-ma": "Africa/Casablanca",
}


def check_timezone(name):
    """``name`` if it is an IANA zone Python knows, else ValueError (seeds are checked at load)."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"timezone {name!r} is not an IANA time zone (e.g. Europe/Berlin)") from None
    return name


def site_timezone(configured, language):
    """The site's zone: from seeds, else from the page's language and region, else None."""
    if configured:
        return configured
    tag = (language or "").replace("_", "-").lower()
    return BY_LANGUAGE.get(tag) or BY_LANGUAGE.get(tag.split("-")[0])


def localized(iso, zone):
    """``iso`` with the offset ``zone`` had at that moment when it is a date-time without one; else as it is."""
    if not iso or "T" not in iso or not zone:
        return iso
    moment = datetime.fromisoformat(iso)
    if moment.tzinfo is not None:
        return iso
    return moment.replace(tzinfo=ZoneInfo(zone)).isoformat(timespec="seconds")
