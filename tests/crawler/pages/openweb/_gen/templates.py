"""Registry: CMS style name -> renderer."""
from .tpl_wp import render_yoast, render_wp_classic, render_newspack
from .tpl_cms import (render_drupal, render_joomla, render_typo3, render_spip, render_ghost, render_blogger,
                      render_hugo, render_jekyll, render_squarespace)
from .tpl_js import render_arc, render_nextjs, render_medium, render_substack, render_amp, render_brightspot
from .tpl_regional import (render_bitrix, render_naver, render_daum, render_ndsoft, render_sina, render_netease,
                           render_ja_news, render_ar_news, render_legacy_table)

RENDER = {
    "wordpress-yoast": render_yoast,
    "wordpress-jetpack": render_wp_classic,
    "newspack": render_newspack,
    "drupal": render_drupal,
    "joomla": render_joomla,
    "typo3": render_typo3,
    "spip": render_spip,
    "ghost": render_ghost,
    "blogger": render_blogger,
    "hugo": render_hugo,
    "jekyll": render_jekyll,
    "squarespace": render_squarespace,
    "arc-xp": render_arc,
    "nextjs": render_nextjs,
    "medium": render_medium,
    "substack": render_substack,
    "amp": render_amp,
    "brightspot": render_brightspot,
    "bitrix": render_bitrix,
    "naver": render_naver,
    "daum": render_daum,
    "ndsoft": render_ndsoft,
    "sina": render_sina,
    "netease": render_netease,
    "japanese-news": render_ja_news,
    "arabic-news-cms": render_ar_news,
    "legacy-table": render_legacy_table,
}
