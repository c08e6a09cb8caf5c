# unittest: FunctionTestCase, a custom failureException, TestResult used directly (lists, repr), run() without a result
import unittest


class MyFailure(Exception):
    pass


class Strict(unittest.TestCase):
    failureException = MyFailure

    def test_fails(self):
        self.assertEqual(1, 2)

    def test_error(self):
        raise AssertionError('a plain AssertionError is an error here')


def passing():
    """A plain function as a test."""
    assert 1 + 1 == 2


def failing():
    assert 1 + 1 == 3, "arithmetic is broken"


log = []
fcase = unittest.FunctionTestCase(passing, setUp=lambda: log.append('up'),
                                  tearDown=lambda: log.append('down'))
print(str(fcase), fcase.id(), fcase.shortDescription(), log)
result = unittest.TestResult()
fcase.run(result)
unittest.FunctionTestCase(failing, description='described').run(result)
print(log, result, result.wasSuccessful())
print([(str(t), t.shortDescription()) for t, _ in result.errors + result.failures])

result = unittest.TestResult()
unittest.TestLoader().loadTestsFromTestCase(Strict).run(result)
print(result)
for test, text in result.errors + result.failures:
    print(test.id(), '|', text.splitlines()[-1])

r = Strict('test_fails').run()
print(type(r).__name__, r.testsRun, len(r.failures))
r = Strict('test_fails')()
print(r)
