"""What the crawler may connect to: the SSRF guard, in Scrapy and in Chromium."""
