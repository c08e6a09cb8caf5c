"""doctest -- run the interactive examples written in docstrings.

    def square(x):
        '''
        >>> square(3)
        9
        '''
        return x * x

    if __name__ == "__main__":
        import doctest
        doctest.testmod()

testmod() finds every docstring of the main module (the module's own, its
functions' and classes', their methods', nested classes', and __test__'s
entries), takes the ">>> " examples out of each, runs them one by one in a
copy of the module's globals and compares what each printed, or the
exception it raised, with the text written below it. A run prints nothing
when every example passes; a failure is reported as CPython 3.11 reports
it ("File ..., line N, in NAME", "Failed example:", "Expected:", "Got:",
then the summary), and "-v" on the command line or verbose=True reports
every example.

Issue 17. As CPython's, DocTestParser finds the examples with a regular
expression (a ">>> " line, its "... " continuations, then the expected
lines up to a blank line or the next ">>>"), and the option directives,
expected exceptions and blank lines with others. Each example is
compiled in "single" mode, the prompt's mode, so an expression's value is
printed with its repr, as at the prompt.

DocTestSuite() makes unittest tests of the same docstrings.

testfile() runs the examples of a text file.

Not here next to CPython's: DocFileSuite, a package's loader for
testfile(), the REPORT_UDIFF/CDIFF/NDIFF diffs, debugging (pdb), and
__future__ flags for examples.
"""

__all__ = [
    'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL',
    'COMPARISON_FLAGS', 'REPORT_ONLY_FIRST_FAILURE', 'FAIL_FAST',
    'REPORTING_FLAGS', 'Example', 'DocTest', 'DocTestParser', 'DocTestFinder',
    'DocTestRunner', 'OutputChecker', 'DocTestFailure', 'UnexpectedException',
    'DebugRunner', 'testmod', 'run_docstring_examples', 'TestResults',
    'DocTestSuite', 'DocTestCase', 'set_unittest_reportflags', 'testfile',
]

import os
import re
import sys
import linecache
import traceback
import _traceback
from collections import namedtuple
from io import StringIO
import unittest

TestResults = namedtuple('TestResults', 'failed attempted')


# ---- option flags -------------------------------------------------------------

OPTIONFLAGS_BY_NAME = {}
_bits_taken = 0

def register_optionflag(name):
    """The flag of [name], a new bit the first time."""
    global _bits_taken
    if name not in OPTIONFLAGS_BY_NAME:
        OPTIONFLAGS_BY_NAME[name] = 1 << _bits_taken
        _bits_taken += 1
    return OPTIONFLAGS_BY_NAME[name]

DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')

COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE |
                    NORMALIZE_WHITESPACE | ELLIPSIS | SKIP |
                    IGNORE_EXCEPTION_DETAIL)

# CPython's three diff flags take these bits; minipy has no difflib, so
# they are not offered (see the module's docstring).
_reserved = [register_optionflag(n) for n in
             ('REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF')]
for _n in ('REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF'):
    del OPTIONFLAGS_BY_NAME[_n]
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')
REPORTING_FLAGS = REPORT_ONLY_FIRST_FAILURE | FAIL_FAST

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'


# ---- small text helpers and the regular expressions --------------------------

def _indent(s, indent=4):
    """Every non-empty line of s behind [indent] spaces."""
    return re.sub('(?m)^(?!$)', indent * ' ', s)


# the indentation of each line that has text
_INDENT_RE = re.compile(r'^([ ]*)(?=\S)', re.MULTILINE)


def _min_indent(s):
    """The smallest indentation of a line of s that has text."""
    indents = [len(indent) for indent in _INDENT_RE.findall(s)]
    return min(indents) if indents else 0


# an example: its source -- a ">>>" line and the "..." lines after it --
# then what it should print: the lines up to a blank one or the next ">>>"
_EXAMPLE_RE = re.compile(r"""
    (?P<source>
        ^(?P<indent>[ ]*) >>> .*            # the first line
        (?: \n [ ]* \.\.\. .* )*            # its continuations
    )
    \n?
    (?P<want>
        (?: (?![ ]*$) (?![ ]*>>>) .+$ \n? )*   # lines neither blank nor ">>>"
    )""", re.MULTILINE | re.VERBOSE)

# a source of only a comment, or nothing
_IS_BLANK_OR_COMMENT = re.compile(r'^[ ]*(#.*)?$').match

# "# doctest: +FLAG, -FLAG" at the end of a line of source
_OPTION_DIRECTIVE_RE = re.compile(r'#\s*doctest:\s*([^\n\'"]*)$', re.MULTILINE)

# an expected traceback: its header, the stack, then the exception's
# message from the first line that starts with a word character
_EXCEPTION_RE = re.compile(r"""
    (?P<hdr> Traceback\ \( (?: most\ recent\ call\ last | innermost\ last ) \): )
    \s* $
    (?P<stack> .*? )
    ^ (?P<msg> \w+ .* )""", re.VERBOSE | re.MULTILINE | re.DOTALL)


def _ellipsis_match(want, got):
    """Does got match want, where "..." in want matches any text?"""
    if ELLIPSIS_MARKER not in want:
        return want == got
    ws = want.split(ELLIPSIS_MARKER)
    startpos, endpos = 0, len(got)
    w = ws[0]
    if w:
        if got.startswith(w):
            startpos = len(w)
            del ws[0]
        else:
            return False
    w = ws[-1]
    if w:
        if got.endswith(w):
            endpos -= len(w)
            del ws[-1]
        else:
            return False
    if startpos > endpos:
        return False
    for w in ws:
        startpos = got.find(w, startpos, endpos)
        if startpos < 0:
            return False
        startpos += len(w)
    return True


def _strip_exception_details(msg):
    """The exception's class name alone, without module and message:
    "a.b.Err: text" -> "Err"."""
    start, end = 0, len(msg)
    i = msg.find("\n")
    if i >= 0:
        end = i
    i = msg.find(':', 0, end)
    if i >= 0:
        end = i
    i = msg.rfind('.', 0, end)
    if i >= 0:
        start = i + 1
    return msg[start:end]


def _exception_traceback(exc):
    """The whole traceback of exc, as it would print."""
    return "".join(traceback.format_exception(exc))


# ---- examples and the tests that hold them --------------------------------

class Example:
    """One ">>>" example: its source and expected output (each ending in a
    newline), the expected exception message (or None), its line in the
    docstring (from 0), its indentation and its option directives."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0,
                 options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        if options is None:
            options = {}
        self.options = options
        self.exc_msg = exc_msg

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.source == other.source and self.want == other.want and
                self.lineno == other.lineno and self.indent == other.indent and
                self.options == other.options and self.exc_msg == other.exc_msg)

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent,
                     self.exc_msg))


class DocTest:
    """The examples of one docstring, with the globals they run in and
    where the docstring is (name, filename, lineno from 0 or None)."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), \
               "DocTest no longer accepts str; use DocTestParser instead"
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        if len(self.examples) == 0:
            examples = 'no examples'
        elif len(self.examples) == 1:
            examples = '1 example'
        else:
            examples = '%d examples' % len(self.examples)
        return ('<%s %s from %s:%s (%s)>' %
                (self.__class__.__name__,
                 self.name, self.filename, self.lineno, examples))

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.examples == other.examples and
                self.docstring == other.docstring and
                self.globs == other.globs and self.name == other.name and
                self.filename == other.filename and
                self.lineno == other.lineno)

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return ((self.name, self.filename, self.lineno, id(self))
                <
                (other.name, other.filename, other.lineno, id(other)))


# ---- DocTestParser: docstring -> examples -----------------------------------

class DocTestParser:
    """Reads the examples out of a docstring."""

    def parse(self, string, name='<string>'):
        """The text between the examples (strs) and the Examples, in order."""
        string = string.expandtabs()
        min_indent = _min_indent(string)
        if min_indent > 0:
            string = '\n'.join([line[min_indent:] for line in string.split('\n')])
        output = []
        charno, lineno = 0, 0
        for m in _EXAMPLE_RE.finditer(string):
            output.append(string[charno:m.start()])
            lineno += string.count('\n', charno, m.start())
            source, options, want, exc_msg = self._parse_example(m, name, lineno)
            if not _IS_BLANK_OR_COMMENT(source):
                output.append(Example(source, want, exc_msg, lineno=lineno,
                                      indent=min_indent + len(m.group('indent')),
                                      options=options))
            lineno += string.count('\n', m.start(), m.end())
            charno = m.end()
        output.append(string[charno:])
        return output

    def get_doctest(self, string, globs, name, filename, lineno):
        """A DocTest of the examples in [string]."""
        return DocTest(self.get_examples(string, name), globs,
                       name, filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        """The Examples of [string]."""
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    def _parse_example(self, m, name, lineno):
        indent = len(m.group('indent'))
        source_lines = m.group('source').split('\n')
        self._check_prompt_blank(source_lines, indent, name, lineno)
        self._check_prefix(source_lines[1:], ' ' * indent + '.', name, lineno)
        source = '\n'.join([sl[indent + 4:] for sl in source_lines])
        want = m.group('want')
        want_lines = want.split('\n')
        if len(want_lines) > 1 and re.match(r' *$', want_lines[-1]):
            del want_lines[-1]      # the newline that ends it
        self._check_prefix(want_lines, ' ' * indent, name,
                           lineno + len(source_lines))
        want = '\n'.join([wl[indent:] for wl in want_lines])
        m = _EXCEPTION_RE.match(want)
        exc_msg = m.group('msg') if m else None
        options = self._find_options(source, name, lineno)
        return source, options, want, exc_msg

    def _find_options(self, source, name, lineno):
        """The {flag: on} of the "# doctest: +FLAG, -FLAG" comments at the
        ends of source's lines."""
        options = {}
        for m in _OPTION_DIRECTIVE_RE.finditer(source):
            for option in m.group(1).replace(',', ' ').split():
                if (option[0] not in '+-' or
                        option[1:] not in OPTIONFLAGS_BY_NAME):
                    raise ValueError('line %r of the doctest for %s '
                                     'has an invalid option: %r' %
                                     (lineno + 1, name, option))
                options[OPTIONFLAGS_BY_NAME[option[1:]]] = option[0] == '+'
        if options and _IS_BLANK_OR_COMMENT(source):
            raise ValueError('line %r of the doctest for %s has an option '
                             'directive on a line with no example: %r' %
                             (lineno, name, source))
        return options

    def _check_prompt_blank(self, lines, indent, name, lineno):
        for i, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s '
                                 'lacks blank after %s: %r' %
                                 (lineno + i + 1, name,
                                  line[indent:indent + 3], line))

    def _check_prefix(self, lines, prefix, name, lineno):
        for i, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError('line %r of the docstring for %s has '
                                 'inconsistent leading whitespace: %r' %
                                 (lineno + i + 1, name, line))


# ---- DocTestFinder: module -> DocTests ---------------------------------------

def _is_module(obj):
    return type(obj) is type(sys)


def _is_class(obj):
    return isinstance(obj, type)


def _is_function(obj):
    return type(obj) is type(_is_module)
class _Bound:
    def method(self):
        pass

_bound_example = _Bound().method
_routine_types = (type(_is_module), type(len), type(_bound_example),
                  type([].append))


def _is_routine(obj):
    """A function, a method, or a function written in C."""
    return isinstance(obj, _routine_types)


def _unwrap(obj):
    seen = set()
    while hasattr(obj, '__wrapped__') and id(obj) not in seen:
        seen.add(id(obj))
        obj = obj.__wrapped__
    return obj


def _module_of(obj):
    """inspect.getmodule(): the module named by obj.__module__, if loaded."""
    if _is_module(obj):
        return obj
    name = getattr(obj, '__module__', None)
    if isinstance(name, str):
        return sys.modules.get(name)
    return None


def _source_lines(module):
    """The lines of the module's source file, or None."""
    filename = getattr(module, '__file__', None)
    if not filename:
        return None
    return linecache.getlines(filename, module.__dict__) or None


def _is_class_line(line, name):
    """r'^\\s*class\\s*NAME\\b'."""
    text = line.lstrip()
    if not text.startswith('class'):
        return False
    text = text[5:].lstrip()
    if not text.startswith(name):
        return False
    after = text[len(name):len(name) + 1]
    return not (after and (after.isalnum() or after == '_'))


def _opens_docstring(line):
    """r'(^|.*:)\\s*\\w*("|\\')': a quote opens the line, or follows a colon
    (spaces and a prefix such as r between)."""
    starts = [0] + [i + 1 for i in range(len(line)) if line[i] == ':']
    for k in starts:
        while k < len(line) and line[k].isspace():
            k += 1
        while k < len(line) and (line[k].isalnum() or line[k] == '_'):
            k += 1
        if k < len(line) and line[k] in '"\'':
            return True
    return False


class DocTestFinder:
    """Finds the DocTests of an object and of what it contains."""

    def __init__(self, verbose=False, parser=DocTestParser(),
                 recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        """The DocTests of obj's docstring and, for a module or a class,
        of the functions and classes defined in it, sorted by name."""
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given "
                                 "when obj.__name__ doesn't exist: %r" %
                                 (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = _module_of(obj)
        source_lines = _source_lines(module) if module is not None else None
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if '__name__' not in globs:
            globs['__name__'] = '__main__'
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {})
        tests.sort()
        return tests

    def _from_module(self, module, obj):
        """Was obj defined in module?"""
        if module is None:
            return True
        owner = _module_of(obj)
        if owner is not None:
            return module is owner
        if _is_function(obj):
            return module.__dict__ is obj.__globals__
        if _is_class(obj):
            return module.__name__ == obj.__module__
        if hasattr(obj, '__module__'):
            return module.__name__ == obj.__module__
        if isinstance(obj, property):
            return True
        raise ValueError("object must be a class or function")

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print('Finding tests in %s' % name)
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            tests.append(test)
        if _is_module(obj) and self._recurse:
            for valname, val in obj.__dict__.items():
                valname = '%s.%s' % (name, valname)
                if ((_is_routine(_unwrap(val)) or _is_class(val)) and
                        self._from_module(module, val)):
                    self._find(tests, val, valname, module, source_lines,
                               globs, seen)
            for valname, val in getattr(obj, '__test__', {}).items():
                if not isinstance(valname, str):
                    raise ValueError("DocTestFinder.find: __test__ keys "
                                     "must be strings: %r" % (type(valname),))
                if not (_is_routine(val) or _is_class(val) or
                        _is_module(val) or isinstance(val, str)):
                    raise ValueError("DocTestFinder.find: __test__ values "
                                     "must be strings, functions, methods, "
                                     "classes, or modules: %r" % (type(val),))
                valname = '%s.__test__.%s' % (name, valname)
                self._find(tests, val, valname, module, source_lines,
                           globs, seen)
        if _is_class(obj) and self._recurse:
            for valname, val in obj.__dict__.items():
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if ((_is_routine(val) or _is_class(val) or
                        isinstance(val, property)) and
                        self._from_module(module, val)):
                    valname = '%s.%s' % (name, valname)
                    self._find(tests, val, valname, module, source_lines,
                               globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                if obj.__doc__ is None:
                    docstring = ''
                else:
                    docstring = obj.__doc__
                    if not isinstance(docstring, str):
                        docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
        lineno = self._find_lineno(obj, source_lines)
        if self._exclude_empty and not docstring:
            return None
        if module is None:
            filename = None
        else:
            filename = getattr(module, '__file__', None) or module.__name__
            if filename[-4:] == ".pyc":
                filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name,
                                        filename, lineno)

    def _find_lineno(self, obj, source_lines):
        """The line (from 0) of obj's docstring in source_lines, or None.
        A class's line is found as CPython's does: the first line of the
        file that reads "class NAME"."""
        lineno = None
        docstring = getattr(obj, '__doc__', None)
        if _is_module(obj) and docstring is not None:
            lineno = 0
        if _is_class(obj) and docstring is not None:
            if source_lines is None:
                return None
            name = getattr(obj, '__name__', '-')
            for i, line in enumerate(source_lines):
                if _is_class_line(line, name):
                    lineno = i
                    break
        if type(obj) is type(_bound_example):
            obj = obj.__func__
        if _is_function(obj) and getattr(obj, '__doc__', None):
            lineno = obj.__code__.co_firstlineno - 1
        if lineno is not None:
            if source_lines is None:
                return lineno + 1
            for lineno in range(lineno, len(source_lines)):
                if _opens_docstring(source_lines[lineno]):
                    return lineno
        return None


# ---- OutputChecker: does what was printed match what was expected? ------------

class OutputChecker:

    def check_output(self, want, got, optionflags):
        if got == want:
            return True
        if not (optionflags & DONT_ACCEPT_TRUE_FOR_1):
            if (got, want) == ("True\n", "1\n"):
                return True
            if (got, want) == ("False\n", "0\n"):
                return True
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            # <BLANKLINE> in want is an empty line; a line of spaces in got too
            want = re.sub(r'(?m)^%s\s*?$' % re.escape(BLANKLINE_MARKER), '', want)
            got = re.sub(r'(?m)^[^\S\n]+$', '', got)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            got = re.sub('(?m)^[ ]*(?=\n)', BLANKLINE_MARKER, got)
        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_indent(want), _indent(got))
        elif want:
            return 'Expected:\n%sGot nothing\n' % _indent(want)
        elif got:
            return 'Expected nothing\nGot:\n%s' % _indent(got)
        else:
            return 'Expected nothing\nGot nothing\n'


# ---- DocTestRunner: run the examples, report, count ---------------------------

class _SpoofOut(StringIO):
    """What an example prints (sys.stdout while it runs), with a newline
    added at the end if it printed anything without one."""

    def getvalue(self):
        result = StringIO.getvalue(self)
        if result and not result.endswith("\n"):
            result += "\n"
        return result

    def truncate(self, size=None):
        self.seek(size)
        StringIO.truncate(self)


class DocTestRunner:
    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = '-v' in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = _SpoofOut()

    # -- reporting (each writes with out, the real stdout's write by default)

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out('Trying:\n' + _indent(example.source) +
                    'Expecting:\n' + _indent(example.want))
            else:
                out('Trying:\n' + _indent(example.source) +
                    'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example) +
            self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) +
            'Exception raised:\n' + _indent(_exception_traceback(exc_info[1])))

    def _failure_header(self, test, example):
        out = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = '?'
            out.append('File "%s", line %s, in %s' %
                       (test.filename, lineno, test.name))
        else:
            out.append('Line %s, in %s' % (example.lineno + 1, test.name))
        out.append('Failed example:')
        out.append(_indent(example.source))
        return '\n'.join(out)

    # -- running

    def __run(self, test, compileflags, out):
        failures = tries = 0
        original_optionflags = self.optionflags
        SUCCESS, FAILURE, BOOM = range(3)
        check = self._checker.check_output
        for examplenum, example in enumerate(test.examples):
            quiet = (self.optionflags & REPORT_ONLY_FIRST_FAILURE and
                     failures > 0)
            self.optionflags = original_optionflags
            if example.options:
                for (optionflag, val) in example.options.items():
                    if val:
                        self.optionflags |= optionflag
                    else:
                        self.optionflags &= ~optionflag
            if self.optionflags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            filename = '<doctest %s[%d]>' % (test.name, examplenum)
            _traceback.remember_source(filename, example.source)
            try:
                exec(compile(example.source, filename, "single",
                             compileflags, True), test.globs)
                exception = None
            except KeyboardInterrupt:
                raise
            except BaseException:
                exception = sys.exc_info()
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            outcome = FAILURE
            if exception is None:
                if check(example.want, got, self.optionflags):
                    outcome = SUCCESS
            else:
                formatted_ex = traceback.format_exception_only(*exception[:2])
                if issubclass(exception[0], SyntaxError):
                    # only the message matters, not where the carets are
                    prefixes = (exception[0].__qualname__ + ":",
                                "%s.%s:" % (exception[0].__module__,
                                            exception[0].__qualname__))
                    for index, line in enumerate(formatted_ex):
                        if line.startswith(prefixes):
                            formatted_ex = formatted_ex[index:]
                            break
                exc_msg = "".join(formatted_ex)
                if not quiet:
                    got += _exception_traceback(exception[1])
                if example.exc_msg is None:
                    outcome = BOOM
                elif check(example.exc_msg, exc_msg, self.optionflags):
                    outcome = SUCCESS
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    if check(_strip_exception_details(example.exc_msg),
                             _strip_exception_details(exc_msg),
                             self.optionflags):
                        outcome = SUCCESS
            if outcome is SUCCESS:
                if not quiet:
                    self.report_success(out, test, example, got)
            elif outcome is FAILURE:
                if not quiet:
                    self.report_failure(out, test, example, got)
                failures += 1
            else:
                if not quiet:
                    self.report_unexpected_exception(out, test, example,
                                                     exception)
                failures += 1
            exception = None
            if failures and self.optionflags & FAIL_FAST:
                break
        self.optionflags = original_optionflags
        self.__record_outcome(test, failures, tries)
        return TestResults(failures, tries)

    def __record_outcome(self, test, f, t):
        f2, t2 = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (f + f2, t + t2)
        self.failures += f
        self.tries += t

    def __patched_linecache_getlines(self, filename, module_globals=None):
        """The lines of example N for "<doctest NAME[N]>" of the test
        running, else linecache's own answer."""
        prefix = '<doctest %s[' % self.test.name
        if filename.startswith(prefix) and filename.endswith(']>'):
            number = filename[len(prefix):-2]
            if number.isdigit() and int(number) < len(self.test.examples):
                example = self.test.examples[int(number)]
                return example.source.splitlines(True)
        return self.save_linecache_getlines(filename, module_globals)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Run test's examples with sys.stdout caught, report through out
        (the real stdout's write by default); TestResults(failed, attempted)."""
        self.test = test
        if compileflags is None:
            compileflags = 0
        save_stdout = sys.stdout
        if out is None:
            out = save_stdout.write
        sys.stdout = self._fakeout
        # linecache (warnings, traceback in Python) sees the examples' lines
        self.save_linecache_getlines = linecache.getlines
        linecache.getlines = self.__patched_linecache_getlines
        try:
            return self.__run(test, compileflags, out)
        finally:
            sys.stdout = save_stdout
            linecache.getlines = self.save_linecache_getlines
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    def summarize(self, verbose=None):
        """Print the counts of every test run (which passed, which failed);
        TestResults(failed, attempted) of them all."""
        if verbose is None:
            verbose = self._verbose
        notests = []
        passed = []
        failed = []
        totalt = totalf = 0
        for x in self._name2ft.items():
            name, (f, t) = x
            assert f <= t
            totalt += t
            totalf += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append(x)
        if verbose:
            if notests:
                print(len(notests), "items had no tests:")
                notests.sort()
                for thing in notests:
                    print("   ", thing)
            if passed:
                print(len(passed), "items passed all tests:")
                passed.sort()
                for thing, count in passed:
                    print(" %3d tests in %s" % (count, thing))
        if failed:
            print(self.DIVIDER)
            print(len(failed), "items had failures:")
            failed.sort()
            for thing, (f, t) in failed:
                print(" %3d of %3d in %s" % (f, t, thing))
        if verbose:
            print(totalt, "tests in", len(self._name2ft), "items.")
            print(totalt - totalf, "passed and", totalf, "failed.")
        if totalf:
            print("***Test Failed***", totalf, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(totalf, totalt)

    def merge(self, other):
        d = self._name2ft
        for name, (f, t) in other._name2ft.items():
            if name in d:
                f2, t2 = d[name]
                f = f + f2
                t = t + t2
            d[name] = f, t


# ---- raise_on_error=True: stop at the first problem -------------------------

class DocTestFailure(Exception):
    """An example's output did not match: test, example, got."""

    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """An example raised an exception it did not expect: test, example,
    exc_info."""

    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """A runner that raises DocTestFailure or UnexpectedException at the
    first example that fails."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        r = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return r

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


# ---- the unittest bridge: DocTestSuite ------------------------------------------

_unittest_reportflags = 0

def set_unittest_reportflags(flags):
    """The reporting flags DocTestCase uses when its own have none; the
    old value is returned."""
    global _unittest_reportflags
    if (flags & REPORTING_FLAGS) != flags:
        raise ValueError("Only reporting flags allowed", flags)
    old = _unittest_reportflags
    _unittest_reportflags = flags
    return old


class DocTestCase(unittest.TestCase):
    """One docstring's examples as a unittest test: it fails with the
    doctest report of its failures."""

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None,
                 checker=None):
        unittest.TestCase.__init__(self)
        self._dt_optionflags = optionflags
        self._dt_checker = checker
        self._dt_globs = test.globs.copy()
        self._dt_test = test
        self._dt_setUp = setUp
        self._dt_tearDown = tearDown

    def setUp(self):
        test = self._dt_test
        if self._dt_setUp is not None:
            self._dt_setUp(test)

    def tearDown(self):
        test = self._dt_test
        if self._dt_tearDown is not None:
            self._dt_tearDown(test)
        test.globs.clear()
        test.globs.update(self._dt_globs)

    def runTest(self):
        test = self._dt_test
        old = sys.stdout
        new = StringIO()
        optionflags = self._dt_optionflags
        if not (optionflags & REPORTING_FLAGS):
            optionflags |= _unittest_reportflags
        runner = DocTestRunner(optionflags=optionflags,
                               checker=self._dt_checker, verbose=False)
        try:
            runner.DIVIDER = "-" * 70
            failures, tries = runner.run(
                test, out=new.write, clear_globs=False)
        finally:
            sys.stdout = old
        if failures:
            raise self.failureException(self.format_failure(new.getvalue()))

    def format_failure(self, err):
        test = self._dt_test
        if test.lineno is None:
            lineno = 'unknown line number'
        else:
            lineno = '%s' % test.lineno
        lname = '.'.join(test.name.split('.')[-1:])
        return ('Failed doctest test for %s\n'
                '  File "%s", line %s, in %s\n\n%s'
                % (test.name, test.filename, lineno, lname, err))

    def id(self):
        return self._dt_test.name

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self._dt_test == other._dt_test and
                self._dt_optionflags == other._dt_optionflags and
                self._dt_setUp == other._dt_setUp and
                self._dt_tearDown == other._dt_tearDown and
                self._dt_checker == other._dt_checker)

    def __hash__(self):
        return hash((self._dt_optionflags, self._dt_setUp, self._dt_tearDown,
                     self._dt_checker))

    def __repr__(self):
        name = self._dt_test.name.split('.')
        return "%s (%s)" % (name[-1], '.'.join(name[:-1]))

    __str__ = object.__str__

    def shortDescription(self):
        return "Doctest: " + self._dt_test.name


def _normalize_module(module, depth=2):
    """A module: the one given, the one named, or the caller's."""
    if _is_module(module):
        return module
    if isinstance(module, str):
        return __import__(module, globals(), locals(), ["*"])
    if module is None:
        return sys.modules[sys._getframe(depth).f_globals['__name__']]
    raise TypeError("Expected a module, string, or None")


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None,
                 **options):
    """A unittest suite of a DocTestCase per docstring of module (the
    caller's by default) that has examples. options: setUp, tearDown
    (called with the DocTest), optionflags, checker."""
    if test_finder is None:
        test_finder = DocTestFinder()
    module = _normalize_module(module)
    tests = test_finder.find(module, globs=globs, extraglobs=extraglobs)
    tests.sort()
    suite = unittest.TestSuite()
    for test in tests:
        if len(test.examples) == 0:
            continue
        if not test.filename:
            filename = module.__file__
            if filename[-4:] == ".pyc":
                filename = filename[:-1]
            test.filename = filename
        suite.addTest(DocTestCase(test, **options))
    return suite


# ---- the entry points ---------------------------------------------------------

master = None

def testmod(m=None, name=None, globs=None, verbose=None, report=True,
            optionflags=0, extraglobs=None, raise_on_error=False,
            exclude_empty=False):
    """Run the examples of module m (__main__ by default) and of what it
    defines; print the summary if report; TestResults(failed, attempted)."""
    global master
    if m is None:
        m = sys.modules.get('__main__')
    if not _is_module(m):
        raise TypeError("testmod: module required; %r" % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def _module_relative_path(module, test_path):
    """test_path ("a/b.txt") from the folder of module's file."""
    if not _is_module(module):
        raise TypeError('Expected a module: %r' % module)
    if test_path.startswith('/'):
        raise ValueError('Module-relative files may not have absolute paths')
    test_path = os.path.join(*(test_path.split('/')))
    if hasattr(module, '__file__'):
        basedir = os.path.split(module.__file__)[0]
    elif module.__name__ == '__main__':
        if len(sys.argv) > 0 and sys.argv[0] != '':
            basedir = os.path.split(sys.argv[0])[0]
        else:
            basedir = os.curdir
    else:
        raise ValueError("Can't resolve paths relative to the module "
                         "%r (it has no __file__)" % module.__name__)
    return os.path.join(basedir, test_path)


def testfile(filename, module_relative=True, name=None, package=None,
             globs=None, verbose=None, report=True, optionflags=0,
             extraglobs=None, raise_on_error=False, parser=DocTestParser(),
             encoding=None):
    """Run the examples of a text file (a README, a tutorial) as one test
    named after the file; the path is relative to the calling module's
    folder (or package's) unless module_relative is false.
    TestResults(failed, attempted)."""
    global master
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-"
                         "relative paths.")
    if module_relative:
        package = _normalize_module(package)
        filename = _module_relative_path(package, filename)
    with open(filename, encoding=encoding or "utf-8") as f:
        text = f.read()
    if name is None:
        name = os.path.basename(filename)
    if globs is None:
        globs = {}
    else:
        globs = globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    if '__name__' not in globs:
        globs['__name__'] = '__main__'
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    test = parser.get_doctest(text, globs, name, filename, 0)
    runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name="NoName",
                           compileflags=None, optionflags=0):
    """Run the examples of f's docstring alone (not of what f contains),
    in a copy of globs."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)
