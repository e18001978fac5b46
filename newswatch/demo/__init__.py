"""The demo, apart from the product it demonstrates: the bundled news site (site), the demo run (runner),
a webhook receiver standing in for a chat, and a private Redis server for where none answers."""
