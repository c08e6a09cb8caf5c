# doctest: DocTestSuite runs each docstring with examples as a unittest test; a failing one reports the doctest text in its FAIL block
import sys
import unittest
import doctest


def good(x):
    """
    >>> good(2)
    4
    """
    return x * 2


def bad(x):
    """
    >>> bad(1)
    2
    >>> bad(2)
    5
    """
    return x + 1


def empty():
    "No examples: no test."


class Shape:
    """
    >>> Shape().sides()
    0
    """

    def sides(self):
        return 0


def load_tests(loader, tests, ignore):
    tests.addTests(doctest.DocTestSuite())
    return tests


class TestPlain(unittest.TestCase):
    def test_plain(self):
        self.assertTrue(True)


if __name__ == "__main__":
    import io
    suite = doctest.DocTestSuite()
    print(suite.countTestCases(), [t.id() for t in suite], [str(t) for t in suite])
    print([t.shortDescription() for t in suite])
    buf = io.StringIO()
    result = unittest.TextTestRunner(stream=buf, verbosity=2).run(
        unittest.defaultTestLoader.loadTestsFromModule(sys.modules['__main__']))
    out = buf.getvalue()
    for line in out[:out.index('Ran ')].splitlines():
        if 'doctest.py", line' in line:
            line = '  File "doctest.py", line N, in runTest'   # CPython's frame is in its own doctest.py
        print(line)
    print(result)
    print(doctest.set_unittest_reportflags(doctest.REPORT_ONLY_FIRST_FAILURE))
