"""What Chromium may skip when rendering a page for scrapy-playwright."""

SKIPPED_RESOURCES = frozenset({"image", "media", "font", "stylesheet"})


def should_abort_request(request):
    """Images, media, fonts and styles never carry article text."""
    return request.resource_type in SKIPPED_RESOURCES
