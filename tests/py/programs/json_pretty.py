# an ordinary program: a JSON-like pretty printer and a small recursive parser, with recursion over nested dicts and lists and dict iteration
ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\t': '\\t'}

def quote(s):
    return '"' + ''.join(ESCAPES.get(ch, ch) for ch in s) + '"'

def dumps(value, indent=2, level=0, sort_keys=False):
    pad = ' ' * (indent * (level + 1))
    end_pad = ' ' * (indent * level)
    if value is None:
        return 'null'
    if value is True or value is False:
        return 'true' if value else 'false'
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return quote(value)
    if isinstance(value, dict):
        if not value:
            return '{}'
        keys = sorted(value) if sort_keys else list(value)
        items = []
        for k in keys:
            if not isinstance(k, str):
                raise TypeError(f'keys must be str, not {type(k).__name__}')
            items.append(pad + quote(k) + ': ' + dumps(value[k], indent, level + 1, sort_keys))
        return '{\n' + ',\n'.join(items) + '\n' + end_pad + '}'
    if isinstance(value, (list, tuple)):
        if not value:
            return '[]'
        if all(not isinstance(v, (dict, list, tuple)) for v in value) and len(value) <= 4:
            return '[' + ', '.join(dumps(v) for v in value) + ']'
        return '[\n' + ',\n'.join(pad + dumps(v, indent, level + 1, sort_keys) for v in value) + '\n' + end_pad + ']'
    raise TypeError(f'Object of type {type(value).__name__} is not serializable')

class ParseError(ValueError):
    pass

def loads(text):
    value, pos = parse_value(text, skip(text, 0))
    if skip(text, pos) != len(text):
        raise ParseError(f'extra data at {pos}')
    return value

def skip(text, pos):
    while pos < len(text) and text[pos] in ' \n\t':
        pos += 1
    return pos

def parse_value(text, pos):
    if pos >= len(text):
        raise ParseError('unexpected end')
    ch = text[pos]
    if ch == '{':
        result, pos = {}, skip(text, pos + 1)
        if text[pos] == '}':
            return result, pos + 1
        while True:
            key, pos = parse_value(text, skip(text, pos))
            pos = skip(text, pos)
            if text[pos] != ':':
                raise ParseError(f'expected : at {pos}')
            result[key], pos = parse_value(text, skip(text, pos + 1))
            pos = skip(text, pos)
            if text[pos] == '}':
                return result, pos + 1
            pos += 1
    if ch == '[':
        result, pos = [], skip(text, pos + 1)
        if text[pos] == ']':
            return result, pos + 1
        while True:
            item, pos = parse_value(text, skip(text, pos))
            result.append(item)
            pos = skip(text, pos)
            if text[pos] == ']':
                return result, pos + 1
            pos += 1
    if ch == '"':
        out, pos = '', pos + 1
        while text[pos] != '"':
            if text[pos] == '\\':
                pos += 1
                out += {'n': '\n', 't': '\t'}.get(text[pos], text[pos])
            else:
                out += text[pos]
            pos += 1
        return out, pos + 1
    for word, val in (('null', None), ('true', True), ('false', False)):
        if text.startswith(word, pos):
            return val, pos + len(word)
    end = pos
    while end < len(text) and text[end] in '+-0123456789.eE':
        end += 1
    if end == pos:
        raise ParseError(f'unexpected {ch!r} at {pos}')
    num = text[pos:end]
    return (float(num) if any(c in num for c in '.eE') else int(num)), end

def depth(value):
    if isinstance(value, dict):
        return 1 + max((depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((depth(v) for v in value), default=0)
    return 0

config = {
    'name': 'minipy "demo"',
    'version': 3,
    'ratio': 0.75,
    'enabled': True,
    'owner': None,
    'tags': ['a', 'b', 'c'],
    'servers': [{'host': 'alpha', 'ports': [80, 443]}, {'host': 'beta', 'ports': []}],
    'limits': {'cpu': 2.5, 'memory': {'soft': 512, 'hard': 1024}, 'notes': 'tab\there\nnewline'},
    'empty': {},
}
text = dumps(config)
print(text)
print(dumps(config['limits'], indent=4, sort_keys=True))
back = loads(text)
print(back == config, depth(config), depth([]), depth([[[1]]]))
for key, value in back.items():
    print(f'{key:>8}: {type(value).__name__}')
print(loads(' [1, -2.5e3, "x", [true, false, null], {"k": {}}] '))
for bad in ['[1, 2', '{"a" 1}', '[1] 2', '@']:
    try:
        loads(bad)
    except ParseError as e:
        print('ParseError:', e)
    except IndexError as e:
        print('IndexError:', e)
for bad in [{1: 'x'}, {'s': {1, 2}}]:
    try:
        dumps(bad)
    except TypeError as e:
        print('TypeError:', e)
