# unittest: main() with every test passing: a dot per test, the line, "Ran 3 tests", "OK" on stderr, exit status 0
import sys
import unittest


class TimeMasked:
    """stderr with the time of "Ran N tests in X.XXXs" masked: it varies."""
    def write(self, s):
        if s.startswith("Ran "):
            s = s[:s.rindex(" in ")] + " in T.TTTs"
        return sys.__stderr__.write(s)

    def flush(self):
        sys.__stderr__.flush()


class TestArithmetic(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_mul(self):
        self.assertEqual(3 * 4, 12)
        self.assertTrue(3 * 4 > 10)


class TestStrings(unittest.TestCase):
    def test_upper(self):
        self.assertEqual('abc'.upper(), 'ABC')
        self.assertIn('b', 'abc')

    def helper(self):
        raise AssertionError('not a test: never run')


if __name__ == "__main__":
    sys.stderr = TimeMasked()
    print("before main")
    unittest.main()
    print("never printed")
