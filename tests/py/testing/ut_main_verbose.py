# unittest: main(argv=[..., '-v']): "test_x (__main__.T.test_x) ... ok", docstring first lines, FAIL/ERROR/skipped words
import sys
import unittest


class TimeMasked:
    def write(self, s):
        if s.startswith("Ran "):
            s = s[:s.rindex(" in ")] + " in T.TTTs"
        return sys.__stderr__.write(s)

    def flush(self):
        sys.__stderr__.flush()


class TestStack(unittest.TestCase):
    def setUp(self):
        self.stack = [1, 2]

    def test_push(self):
        """Pushing adds on top.

        More text that is not shown.
        """
        self.stack.append(3)
        self.assertEqual(self.stack[-1], 3)

    def test_pop(self):
        self.assertEqual(self.stack.pop(), 1)

    def test_peek(self):
        return self.stack[5]

    @unittest.skip("not written yet")
    def test_clear(self):
        pass


class TestOther(unittest.TestCase):
    def test_nothing(self):
        pass


if __name__ == "__main__":
    sys.stderr = TimeMasked()
    unittest.main(argv=['prog', '-v'])
