# doctest: testmod(raise_on_error=True) raises DocTestFailure / UnexpectedException at the first problem; DocTestRunner used directly
import doctest


def good():
    """
    >>> 1 + 1
    2
    """


def wrong():
    """
    >>> 2 + 2
    5
    """


if __name__ == "__main__":
    try:
        doctest.testmod(raise_on_error=True)
    except doctest.DocTestFailure as f:
        print('DocTestFailure', f.test.name, repr(f.example.source), repr(f.example.want), repr(f.got))
    finder = doctest.DocTestFinder()
    tests = finder.find(wrong)
    print([t.name for t in tests], tests[0].lineno, len(tests[0].examples))
    runner = doctest.DocTestRunner(verbose=False)
    for t in finder.find(good) + finder.find(wrong):
        print(runner.run(t))
    print(runner.failures, runner.tries)
    print(runner.summarize(verbose=True))
    t = doctest.DocTestParser().get_doctest('>>> 1/0\n', {}, 'boom', 'x.py', 0)
    try:
        doctest.DebugRunner().run(t)
    except doctest.UnexpectedException as u:
        print('UnexpectedException', u.test.name, u.exc_info[0].__name__, u.exc_info[1])
    lines = []
    t = doctest.DocTestParser().get_doctest('>>> print("hi")\nho\n', {}, 'own_out', None, None)
    print(doctest.DocTestRunner().run(t, out=lines.append))
    print(''.join(lines), end='')
