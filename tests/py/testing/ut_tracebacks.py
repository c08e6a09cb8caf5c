# unittest: the traceback of a failure keeps the test's frames (helpers too) and drops unittest's; chained exceptions; carets
import io
import unittest


def check_positive(n):
    assert n > 0, "n must be positive"
    return n


def compute(values):
    total = 0
    for v in values:
        total += 10 // v
    return total


class Helper(unittest.TestCase):
    def assertSorted(self, xs):
        self.assertEqual(xs, sorted(xs))


class TestTracebacks(Helper):
    def test_assert_statement(self):
        check_positive(-1)

    def test_deep_error(self):
        self.assertEqual(compute([1, 2, 0]), 15)

    def test_own_assert_method(self):
        self.assertSorted([2, 1])

    def test_chained(self):
        try:
            {}['missing']
        except KeyError as e:
            raise RuntimeError('lookup failed') from e

    def test_context(self):
        try:
            1 / 0
        except ZeroDivisionError:
            [][0]

    def test_caret(self):
        data = {'a': None}
        self.assertEqual(data['a'].upper() + 'x', 'X')


buf = io.StringIO()
result = unittest.TextTestRunner(stream=buf).run(
    unittest.TestLoader().loadTestsFromTestCase(TestTracebacks))
out = buf.getvalue()
print(out[:out.index('Ran ')], end='')
