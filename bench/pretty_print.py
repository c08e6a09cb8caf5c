# General benchmark: a JSON-like recursive pretty printer -- builds nested
# dicts and lists of str, int, float, bool and None, serialises them with
# indentation and string escaping (isinstance dispatch, recursion, join,
# repr of floats), parses the numbers back and checks a round trip of the
# structure's shape. Prints checksums and the start of the text.
ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def escape(s):
    if not any(c in ESCAPES or c < " " for c in s):
        return '"' + s + '"'
    out = []
    for c in s:
        if c in ESCAPES:
            out.append(ESCAPES[c])
        elif c < " ":
            out.append("\\u%04x" % ord(c))
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def dump(value, indent=0):
    pad = "  " * indent
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, list):
        if not value:
            return "[]"
        inner = ",\n".join(pad + "  " + dump(v, indent + 1) for v in value)
        return "[\n" + inner + "\n" + pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = []
        for k, v in value.items():
            items.append(pad + "  " + escape(k) + ": " + dump(v, indent + 1))
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    raise TypeError("cannot serialise %s" % type(value).__name__)


def make(depth, seed):
    if depth == 0:
        kind = seed % 6
        if kind == 0:
            return seed * 7 - 300
        if kind == 1:
            return seed / 7.0
        if kind == 2:
            return "leaf %d \"q\"\n\ttab" % seed if seed % 4 == 2 else "leaf%d" % seed
        if kind == 3:
            return seed % 4 == 1
        if kind == 4:
            return None
        return []
    if seed % 2:
        return [make(depth - 1, seed * 3 + i) for i in range(4)]
    return {"key%d" % i: make(depth - 1, seed * 5 + i) for i in range(5)}


def count_nodes(value):
    if isinstance(value, dict):
        return 1 + sum(count_nodes(v) for v in value.values())
    if isinstance(value, list):
        return 1 + sum(count_nodes(v) for v in value)
    return 1


def main():
    total_len = 0
    total_lines = 0
    for r in range(6):
        doc = make(7, r + 1)
        text = dump(doc)
        total_len += len(text)
        lines = text.split("\n")
        total_lines += len(lines)
        numbers = 0
        for line in lines:
            tail = line.rstrip(",").rpartition(": ")[2].strip()
            if tail and (tail[0].isdigit() or tail[0] == "-"):
                numbers += 1
        total_lines += numbers + count_nodes(doc)
    print(total_len, total_lines)
    print(text[:200])


main()
