"""Text help for objects: what the builtin help() prints.

minipy's own, smaller pydoc (the builtin `help` imports it on its first
call: runtime/sitebuiltins.c). It writes what CPython 3.11's pydoc writes
to a pipe for the common cases -- a function, a method, a class with its
methods, properties and data, a module with its classes, functions and
data -- reading only what introspection gives: docstrings, code objects
for signatures, class dictionaries along the method resolution order.
help() with no argument is the interactive help utility; it answers names
(a builtin, or a module it can import), not the keyword and topic pages.
"""

import sys

__all__ = ['help', 'render_doc', 'getdoc']

_RULE = '-' * 70
_HIDDEN = {'__author__', '__builtins__', '__cached__', '__credits__', '__date__',
           '__doc__', '__file__', '__spec__', '__loader__', '__module__', '__name__',
           '__package__', '__path__', '__qualname__', '__slots__', '__version__'}
# the docstrings of object's own methods, as a subclass's method without
# one inherits them
_OBJECT_DOCS = {
    '__init__': 'Initialize self.  See help(type(self)) for accurate signature.',
    '__repr__': 'Return repr(self).', '__str__': 'Return str(self).',
    '__hash__': 'Return hash(self).', '__eq__': 'Return self==value.',
    '__ne__': 'Return self!=value.', '__lt__': 'Return self<value.',
    '__le__': 'Return self<=value.', '__gt__': 'Return self>value.',
    '__ge__': 'Return self>=value.', '__format__': 'Default object formatter.',
    '__getattribute__': 'Return getattr(self, name).',
    '__setattr__': 'Implement setattr(self, name, value).',
    '__delattr__': 'Implement delattr(self, name).',
}
_DICT_DOCS = {'__dict__': 'dictionary for instance variables',
              '__weakref__': 'list of weak references to the object'}


# ---- what an object is ------------------------------------------------------

def _isfunction(o):
    return type(o).__name__ == 'function'

def _ismethod(o):
    return type(o).__name__ == 'method'

def _isroutine(o):
    return _isfunction(o) or _ismethod(o) or callable(o) and type(o).__name__ in (
        'builtin_function_or_method', 'method_descriptor', 'wrapper_descriptor',
        'method-wrapper', 'classmethod_descriptor')

def _ismodule(o):
    return type(o).__name__ == 'module'

def _isclass(o):
    return isinstance(o, type)

def _module_of(o):
    if _ismodule(o):
        return o
    return sys.modules.get(getattr(o, '__module__', None))

def _classname(c, modname):
    if c.__module__ != modname:
        return c.__module__ + '.' + c.__qualname__
    return c.__qualname__


# ---- docstrings -------------------------------------------------------------

def _cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        text = line.lstrip()
        if text:
            indent = len(line) - len(text)
            margin = indent if margin is None else min(margin, indent)
    out = [lines[0].lstrip()]
    for line in lines[1:]:
        out.append(line[margin:] if margin is not None else line)
    while out and not out[-1]:
        out.pop()
    while out and not out[0]:
        out.pop(0)
    return '\n'.join(out)

def _own_doc(o):
    doc = getattr(o, '__doc__', None)
    return doc if isinstance(doc, str) else None

def _findclass(f):
    """The class a function defined in a class body sits in (by its qualified name)."""
    o = sys.modules.get(f.__module__)
    parts = f.__qualname__.split('.')[:-1]
    if o is None or not parts:
        return None
    for part in parts:
        o = getattr(o, part, None)
    return o if _isclass(o) else None

def _finddoc(o):
    """A method's docstring inherited from a base class, or None."""
    if _ismethod(o):
        name = o.__func__.__name__
        owner = o.__self__
        if _isclass(owner) and getattr(getattr(owner, name, None), '__func__', None) is o.__func__:
            cls = owner
        else:
            cls = type(owner)
    elif _isfunction(o):
        name = o.__name__
        cls = _findclass(o)
        if cls is None or getattr(cls, name, None) is not o:
            return None
    else:
        return None
    for base in cls.__mro__:
        if base is object:
            return _OBJECT_DOCS.get(name)
        doc = _own_doc(getattr(base, name, None))
        if doc is not None:
            return doc
    return None

def getdoc(o):
    """The cleaned docstring of [o]; a method without one takes its base's."""
    doc = _own_doc(o)
    if doc is None and not _isclass(o):
        doc = _finddoc(o)
    return _cleandoc(doc) if doc is not None else None


def _unwrap(o):
    if isinstance(o, (staticmethod, classmethod)):
        return o.__func__
    return o


# ---- signatures -------------------------------------------------------------

def _annotation(a):
    if _isclass(a):
        if a.__module__ == 'builtins':
            return a.__qualname__
        return a.__module__ + '.' + a.__qualname__
    return repr(a)

def _signature(f, drop_first=False):
    """'(a, b=1, *args, c, **kw) -> int' for a function, or None."""
    if _ismethod(f):
        f, drop_first = f.__func__, True
    code = getattr(f, '__code__', None)
    if code is None:
        return None
    names = code.co_varnames
    npos, nkw = code.co_argcount, code.co_kwonlyargcount
    nposonly = code.co_posonlyargcount
    flags = code.co_flags
    defaults = f.__defaults__ or ()
    kwdefaults = f.__kwdefaults__ or {}
    ann = getattr(f, '__annotations__', None) or {}

    def param(name, default=None, has_default=False, prefix=''):
        text = prefix + name
        if name in ann:
            text += ': ' + _annotation(ann[name])
            if has_default:
                text += ' = ' + repr(default)
        elif has_default:
            text += '=' + repr(default)
        return text

    parts = []
    first_default = npos - len(defaults)
    for i in range(npos):
        has = i >= first_default
        parts.append(param(names[i], defaults[i - first_default] if has else None, has))
        if nposonly and i == nposonly - 1:
            parts.append('/')
    at = npos + nkw
    if flags & 0x04:
        parts.append(param(names[at], prefix='*'))
        at += 1
    elif nkw:
        parts.append('*')
    for i in range(npos, npos + nkw):
        name = names[i]
        parts.append(param(name, kwdefaults.get(name), name in kwdefaults))
    if flags & 0x08:
        parts.append(param(names[at], prefix='**'))
    if drop_first and parts:
        parts.pop(0)
        if parts and parts[0] == '/':
            parts.pop(0)
    text = '(' + ', '.join(parts) + ')'
    if 'return' in ann:
        text += ' -> ' + _annotation(ann['return'])
    return text

def _class_signature(cls):
    for base in cls.__mro__:
        if base is object:
            break
        for name in ('__new__', '__init__'):
            f = _unwrap(base.__dict__.get(name))
            if _isfunction(f):
                return _signature(f, drop_first=True)
    return None


# ---- text -------------------------------------------------------------------

def _indent(text, prefix='    '):
    lines = [prefix + line for line in text.split('\n')]
    if lines:
        lines[-1] = lines[-1].rstrip()
    return '\n'.join(lines)

def _section(title, contents):
    return title + '\n' + _indent(contents).rstrip() + '\n\n'

def _repr(o, maxlen=None, name=None):
    text = repr(o)
    if maxlen:
        line = (name + ' = ' if name else '') + text
        chop = maxlen - len(line)
        if chop < 0:
            text = text[:chop] + '...'
    return text

def _visible(name, all=None):
    if name in _HIDDEN:
        return False
    if name.startswith('__') and name.endswith('__'):
        return True
    if all is not None:
        return name in all
    return not name.startswith('_')


def docroutine(o, name=None, mod=None, cl=None):
    realname = o.__name__
    name = name or realname
    note = ''
    if _ismethod(o):
        owner = o.__self__
        if cl is not None:
            if type(owner) is not cl:
                note = ' from ' + _classname(type(owner), mod)
        else:
            note = ' method of %s instance' % _classname(type(owner), mod)
    title = name if name == realname else name + ' = ' + realname
    argspec = _signature(o)
    if argspec is not None and realname == '<lambda>':
        title = name + ' lambda '
        argspec = argspec[1:-1]
    if argspec is None:
        argspec = '(...)'
    decl = title + argspec + note
    doc = getdoc(o) or ''
    return decl + '\n' + (doc and _indent(doc).rstrip() + '\n')


def _dict_owner(cls):
    """The class of cls's MRO whose instances first get a __dict__, or None."""
    owner = None
    for base in reversed(cls.__mro__):
        if base.__module__ != 'builtins' and '__dict__' in base.__dict__ and owner is None:
            owner = base
    return owner


def _classify(cls):
    """(name, kind, defining class, value) for each visible attribute of cls."""
    owner = _dict_owner(cls)
    seen = set()
    attrs = []
    for base in cls.__mro__:
        for name, raw in base.__dict__.items():
            if name in seen:
                continue
            seen.add(name)
            if name in _DICT_DOCS or not _visible(name):
                continue
            if isinstance(raw, staticmethod):
                kind = 'static method'
            elif isinstance(raw, classmethod):
                kind = 'class method'
            elif isinstance(raw, property):
                kind = 'readonly property' if raw.fset is None else 'data descriptor'
            elif _isroutine(raw):
                kind = 'method'
            elif hasattr(type(raw), '__set__') or hasattr(type(raw), '__delete__') \
                    or type(raw).__name__ in ('getset_descriptor', 'member_descriptor'):
                kind = 'data descriptor'
            else:
                kind = 'data'
            attrs.append((name, kind, base, raw))
    if owner is not None:
        for name in ('__dict__', '__weakref__'):
            attrs.append((name, 'dict descriptor', owner, None))
    return attrs


def docclass(cls, name=None, mod=None):
    realname = cls.__name__
    name = name or realname
    bases = cls.__bases__
    title = 'class ' + name if name == realname else name + ' = class ' + realname
    if bases:
        title += '(%s)' % ', '.join(_classname(b, cls.__module__) for b in bases)
    contents = []
    push = contents.append
    sig = _class_signature(cls)
    if sig and sig != '()':
        push(name + sig + '\n')
    doc = getdoc(cls)
    if doc:
        push(doc + '\n')
    mro = list(cls.__mro__)
    if len(mro) > 2:
        push('Method resolution order:')
        for base in mro:
            push('    ' + _classname(base, cls.__module__))
        push('')

    attrs = [a for a in _classify(cls)]
    need_rule = [False]

    def section(msg, pick, render):
        items = [a for a in todo if pick(a)]
        for a in items:
            todo.remove(a)
        if not items:
            return
        if need_rule[0]:
            push(_RULE)
        need_rule[0] = True
        push(msg)
        for a in items:
            push(render(a))

    def method(a):
        return docroutine(getattr(cls, a[0]), a[0], mod, cls)

    def descriptor(a):
        n, kind, base, raw = a
        text = n + '\n'
        doc = _DICT_DOCS[n] if kind == 'dict descriptor' else getdoc(raw)
        if doc:
            text += _indent(doc) + '\n'
        return text

    def data(a):
        n, kind, base, raw = a
        return n + ' = ' + _repr(raw, 70, n) + '\n'

    for thisclass in mro:
        if thisclass is object and cls is not object:
            break
        todo = sorted((a for a in attrs if a[2] is thisclass), key=lambda a: a[0])
        if not todo:
            continue
        tag = 'defined here' if thisclass is cls else 'inherited from ' + _classname(thisclass, cls.__module__)
        section('Methods %s:\n' % tag, lambda a: a[1] == 'method', method)
        section('Class methods %s:\n' % tag, lambda a: a[1] == 'class method', method)
        section('Static methods %s:\n' % tag, lambda a: a[1] == 'static method', method)
        section('Readonly properties %s:\n' % tag, lambda a: a[1] == 'readonly property', descriptor)
        section('Data descriptors %s:\n' % tag,
                lambda a: a[1] in ('data descriptor', 'dict descriptor'), descriptor)
        section('Data and other attributes %s:\n' % tag, lambda a: a[1] == 'data', data)

    text = '\n'.join(contents)
    if not text:
        return title + '\n'
    return title + '\n' + _indent(text.rstrip(), ' |  ') + '\n'


def _classtree(classes, modname):
    children = {}
    roots = []
    for c in classes:
        if c.__bases__:
            for parent in c.__bases__:
                children.setdefault(parent, [])
                if c not in children[parent]:
                    children[parent].append(c)
                if parent in classes:
                    break
        elif c not in roots:
            roots.append(c)
    for parent in children:
        if parent not in classes:
            roots.append(parent)

    def walk(level, parent, prefix):
        out = ''
        for c in sorted(level, key=lambda c: (c.__module__, c.__name__)):
            out += prefix + _classname(c, modname)
            if c.__bases__ and c.__bases__ != (parent,):
                out += '(%s)' % ', '.join(_classname(b, modname) for b in c.__bases__)
            out += '\n'
            if c in children:
                out += walk(children[c], c, prefix + '    ')
        return out
    return walk(roots, None, '')


def docmodule(m):
    name = m.__name__
    doc = getdoc(m) or ''
    lines = doc.split('\n')
    if len(lines) == 1:
        synopsis, description = lines[0].strip(), ''
    elif len(lines) >= 2 and not lines[1].rstrip():
        synopsis, description = lines[0].strip(), '\n'.join(lines[2:])
    else:
        synopsis, description = '', doc
    result = _section('NAME', name + (synopsis and ' - ' + synopsis))
    if description:
        result += _section('DESCRIPTION', description)
    all = getattr(m, '__all__', None)
    members = sorted(m.__dict__.items())
    classes = [(k, v) for k, v in members if _isclass(v) and _visible(k, all)
               and (all is not None or (_module_of(v) or m) is m)]
    funcs = [(k, v) for k, v in members if _isroutine(v) and _visible(k, all)
             and (all is not None or not _isfunction(v) or _module_of(v) is m)]
    data = [(k, v) for k, v in members if not (_isclass(v) or _isroutine(v) or _ismodule(v))
            and _visible(k, all)]
    if classes:
        contents = [_classtree([v for k, v in classes], name)]
        for k, v in classes:
            contents.append(docclass(v, k, name))
        result += _section('CLASSES', '\n'.join(contents))
    if funcs:
        result += _section('FUNCTIONS', '\n'.join(docroutine(v, k, name) for k, v in funcs))
    if data:
        result += _section('DATA', '\n'.join(k + ' = ' + _repr(v, 70, k) for k, v in data))
    for attr, title in (('__version__', 'VERSION'), ('__date__', 'DATE'),
                        ('__author__', 'AUTHOR'), ('__credits__', 'CREDITS')):
        if hasattr(m, attr):
            result += _section(title, str(getattr(m, attr)))
    result += _section('FILE', getattr(m, '__file__', None) or '(built-in)')
    return result


def document(o, name=None):
    if _ismodule(o):
        return docmodule(o)
    if _isclass(o):
        return docclass(o, name)
    if _isroutine(o):
        return docroutine(o, name)
    return _repr(o) + '\n'


def _describe(o):
    if _ismodule(o):
        return 'module ' + o.__name__
    if _isclass(o):
        return 'class ' + o.__name__
    if _ismethod(o):
        return 'method ' + o.__name__
    if _isfunction(o):
        return 'function ' + o.__name__
    if _isroutine(o):
        return 'built-in function ' + o.__name__
    return type(o).__name__


class _NotFound(Exception):
    pass


def _locate(path):
    """The object a dotted name names: a module, or builtins' attribute."""
    import builtins
    parts = path.split('.')
    o = None
    for n in range(len(parts), 0, -1):
        try:
            o = __import__('.'.join(parts[:n]))
        except ImportError:
            continue
        for part in parts[1:]:
            o = getattr(o, part, None)
            if o is None:
                break
        if o is not None:
            return o
        break
    o = builtins
    for part in parts:
        o = getattr(o, part, None)
        if o is None:
            return None
    return o


def render_doc(thing, title='Help on %s:'):
    name = None
    if isinstance(thing, str):
        name = thing
        o = _locate(thing)
        if o is None:
            raise _NotFound('No Python documentation found for %r.\n'
                            'Use help() to get the interactive help utility.\n'
                            'Use help(str) for help on the str class.' % thing)
        thing = o
    desc = _describe(thing)
    module = _module_of(thing)
    if name and '.' in name:
        desc += ' in ' + name[:name.rfind('.')]
    elif module is not None and module is not thing:
        desc += ' in module ' + module.__name__
    if not (_ismodule(thing) or _isclass(thing) or _isroutine(thing)):
        thing = type(thing)
        desc += ' object'
    return title % desc + '\n\n' + document(thing, name)


_INTRO = '''Welcome to Python %s's help utility! If this is your first time using
Python, you should definitely check out the tutorial at
https://docs.python.org/%s/tutorial/.

Enter the name of any module, keyword, or topic to get help on writing
Python programs and using Python modules.  To get a list of available
modules, keywords, symbols, or topics, enter "modules", "keywords",
"symbols", or "topics".

Each module also comes with a one-line summary of what it does; to list
the modules whose name or summary contain a given string such as "spam",
enter "modules spam".

To quit this help utility and return to the interpreter,
enter "q" or "quit".
'''

_OUTRO = '''
You are now leaving help and returning to the Python interpreter.
If you want to ask for help on a particular object directly from the
interpreter, you can type "help(object)".  Executing "help('string')"
has the same effect as typing a particular string at the help> prompt.
'''


def _help_one(request):
    try:
        sys.stdout.write(render_doc(request))
    except _NotFound as e:
        print(e)
    sys.stdout.write('\n')


def _interact():
    version = '%d.%d' % sys.version_info[:2]
    sys.stdout.write(_INTRO % (version, version))
    sys.stdout.write('\n')
    while True:
        try:
            request = input('help> ')
            if not request:
                break
        except (KeyboardInterrupt, EOFError):
            break
        request = request.strip()
        if len(request) > 2 and request[0] == request[-1] and request[0] in '\'"' \
                and request[0] not in request[1:-1]:
            request = request[1:-1]
        if request.lower() in ('q', 'quit'):
            break
        if request == 'help':
            sys.stdout.write(_INTRO % (version, version))
        elif request:
            _help_one(request)
    sys.stdout.write(_OUTRO)


_NOTHING = object()


def help(request=_NOTHING):
    """help(object) prints the object's documentation; help() starts the help utility."""
    if request is _NOTHING:
        _interact()
    else:
        _help_one(request)
