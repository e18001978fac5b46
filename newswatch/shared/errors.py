"""Project exceptions, in one small tree.

    NewswatchError
     ├── ConfigError          a seeds or rules file is invalid (names file, entry, reason)
     ├── RedisUnavailable     Redis does not answer (names the URL, never its password)
     ├── RedisUrlInvalid      a Redis URL that is not one: nothing was tried (names the URL, never its password)
     ├── MessageError         a queue or stream message does not fit the schema
     └── JobRefused           a queued job names a function that is not a newswatch job
"""


class NewswatchError(Exception):
    """Base of every error newswatch raises on purpose."""


class ConfigError(NewswatchError):
    def __init__(self, path, entry, reason):
        self.path, self.entry, self.reason = str(path), entry, reason
        where = f"{path}: {entry}" if entry else str(path)
        super().__init__(f"{where}: {reason}")


class RedisUnavailable(NewswatchError):
    def __init__(self, url, reason):
        self.url = url
        super().__init__(f"cannot reach Redis at {url}: {reason}")


class RedisUrlInvalid(NewswatchError):
    def __init__(self, url, reason):
        self.url = url
        super().__init__(f"invalid Redis URL {url}: {reason}")


class MessageError(NewswatchError):
    """A message that does not fit the article schema."""


class JobRefused(NewswatchError):
    """A job a worker will not run: anyone who can write to Redis can queue one."""
