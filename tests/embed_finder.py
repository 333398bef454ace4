"""The test suite's oEmbed finder: this machine has no internet, so YouTube's answer is made here."""

import re

from wagtail.embeds.finders.base import EmbedFinder

YOUTUBE = re.compile(r"^https://www\.youtube\.com/watch\?v=(?P<id>[\w-]+)$")


class OfflineYouTubeFinder(EmbedFinder):
    def __init__(self, **options):
        pass

    def accept(self, url):
        return bool(YOUTUBE.match(url))

    def find_embed(self, url, max_width=None, max_height=None):
        video_id = YOUTUBE.match(url)["id"]
        return {
            "title": "Sosialisasi netralitas ASN",
            "author_name": "BKD",
            "provider_name": "YouTube",
            "type": "video",
            "thumbnail_url": "",
            "width": 560,
            "height": 315,
            "html": f'<iframe title="Sosialisasi netralitas ASN" width="560" height="315" '
            f'src="https://www.youtube-nocookie.com/embed/{video_id}" allowfullscreen></iframe>',
        }
