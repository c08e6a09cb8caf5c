# unittest: buffer (-b: a test's output shown only when it fails, in its report), -k patterns choosing tests by name
import io
import sys
import unittest


class TimeMasked:
    def write(self, s):
        if s.startswith("Ran "):
            s = s[:s.rindex(" in ")] + " in T.TTTs"
        return sys.__stderr__.write(s)

    def flush(self):
        sys.__stderr__.flush()


class TestOutput(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("class set up, buffered too")

    def test_quiet_pass(self):
        print("hidden: the test passed")

    def test_loud_fail(self):
        print("shown: the test failed")
        print("to stderr", file=sys.stderr)
        self.assertEqual(1, 2)

    def test_error_no_newline(self):
        sys.stdout.write("partial line")
        raise KeyError("k")


class TestNames(unittest.TestCase):
    def test_alpha(self):
        pass

    def test_beta(self):
        pass

    def test_alphabet(self):
        pass


def run(argv):
    try:
        unittest.main(argv=argv)
    except SystemExit as e:
        print("exit", e.code, flush=True)


if __name__ == "__main__":
    sys.stderr = TimeMasked()
    run(['prog', '-b', 'TestOutput'])
    run(['prog', 'TestOutput.test_quiet_pass'])
    run(['prog', '-v', '-k', 'alpha'])
    run(['prog', '-v', '-k', '*Names.test_b*', '-k', 'quiet'])
    run(['prog', '-v', '-kbet'])
    run(['prog', '-k'])
