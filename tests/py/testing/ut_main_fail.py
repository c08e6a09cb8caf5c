# unittest: main() with failures and an error: F/E/. marks, the ===== blocks with tracebacks, FAILED (failures=2, errors=1), exit status 1
import sys
import unittest


class TimeMasked:
    def write(self, s):
        if s.startswith("Ran "):
            s = s[:s.rindex(" in ")] + " in T.TTTs"
        return sys.__stderr__.write(s)

    def flush(self):
        sys.__stderr__.flush()


def parse(text):
    return int(text)


class TestParse(unittest.TestCase):
    def test_good(self):
        self.assertEqual(parse("42"), 42)

    def test_wrong_value(self):
        self.assertEqual(parse("41"), 42)

    def test_bad_input(self):
        self.assertEqual(parse("forty"), 40)

    def test_message(self):
        self.assertTrue(parse("0"), "zero is falsy")


if __name__ == "__main__":
    sys.stderr = TimeMasked()
    unittest.main()
