# unittest: subTest with parameters and messages, nested, in verbose and dot mode; a failing subtest fails the test once per subtest
import io
import unittest


class TestEven(unittest.TestCase):
    def test_numbers(self):
        """Each number is even."""
        for i in range(5):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_message(self):
        with self.subTest('plain message'):
            self.assertTrue(False)
        with self.subTest('both', x=1, y='two'):
            raise KeyError('error in subtest')
        with self.subTest():
            self.fail('no description')

    def test_nested(self):
        for a in (1, 2):
            with self.subTest(a=a):
                for b in (1, 2):
                    with self.subTest(b=b):
                        self.assertNotEqual(a, b)

    def test_all_pass(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 3)


for verbosity in (1, 2):
    buf = io.StringIO()
    result = unittest.TextTestRunner(stream=buf, verbosity=verbosity).run(
        unittest.defaultTestLoader.loadTestsFromTestCase(TestEven))
    out = buf.getvalue()
    print(out[:out.index('Ran ')], end='')
    print(result, result.testsRun)
    print([str(t) for t, _ in result.failures])
    print([t.id() for t, _ in result.errors])
