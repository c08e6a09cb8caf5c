# General benchmark: exceptions raised and caught in a loop -- built-in
# exceptions from operations (KeyError, ZeroDivisionError, ValueError from
# int(), IndexError), user exception classes with a hierarchy, raise from,
# try/finally, and exceptions unwinding through several frames. Prints counts.
class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__("not found: %s" % key)
        self.key = key


class Invalid(AppError):
    pass


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise NotFound(key) from None


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise Invalid(text) from e


def deep(n):
    if n == 0:
        raise Invalid("bottom")
    return deep(n - 1)


def main():
    table = {"k%d" % i: i for i in range(100)}
    counts = {"ok": 0, "notfound": 0, "invalid": 0, "zero": 0, "index": 0, "deep": 0, "finally": 0}
    items = [1, 2, 3]
    for i in range(300000):
        key = "k%d" % (i % 150)
        try:
            v = lookup(table, key)
            counts["ok"] += 1
        except NotFound as e:
            counts["notfound"] += len(e.key) > 0
        try:
            parse("12" if i % 4 else "x%d" % i)
        except AppError:
            counts["invalid"] += 1
        try:
            v = 10 // (i % 5)
        except ZeroDivisionError:
            counts["zero"] += 1
        finally:
            counts["finally"] += 1
        try:
            items[i % 5]
        except IndexError:
            counts["index"] += 1
        if i % 10 == 0:
            try:
                deep(20)
            except Invalid as e:
                counts["deep"] += str(e) == "bottom"
    print(sorted(counts.items()))


main()
