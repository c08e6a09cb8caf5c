# unittest: TextTestRunner at verbosity 0, 1 and 2 on the same failing suite; descriptions=False; the result's lists
import io
import unittest


class TestMix(unittest.TestCase):
    def test_1_pass(self):
        """Passes."""

    def test_2_fail(self):
        """Fails with a message."""
        self.assertEqual([1, 2], [1, 3], "lists differ")

    def test_3_error(self):
        raise ValueError("bad")

    def test_4_pass(self):
        self.assertIsNone(None)


def run(**kwargs):
    buf = io.StringIO()
    suite = unittest.TestLoader().loadTestsFromTestCase(TestMix)
    result = unittest.TextTestRunner(stream=buf, **kwargs).run(suite)
    out = buf.getvalue()
    i = out.index('Ran ')
    print(out[:i] + 'Ran N tests' + out[out.index('\n', i):], end='')
    print('#', result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
    return result


run(verbosity=0)
run()
r = run(verbosity=2)
run(verbosity=2, descriptions=False)
test, text = r.failures[0]
print(test.id())
print(text.splitlines()[-1])
