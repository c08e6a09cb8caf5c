# unittest: failfast (TextTestRunner(failfast=True) and main's -f) stops at the first failure; result.stop(); exit status 1
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


class TestOrder(unittest.TestCase):
    def test_1(self):
        pass

    def test_2(self):
        self.fail("second fails")

    def test_3(self):
        raise RuntimeError("third is an error")

    def test_4(self):
        pass


buf = io.StringIO()
result = unittest.TextTestRunner(stream=buf, failfast=True).run(
    unittest.TestLoader().loadTestsFromTestCase(TestOrder))
print(result.testsRun, result.shouldStop, len(result.failures), len(result.errors))

result = unittest.TestResult()
suite = unittest.TestLoader().loadTestsFromTestCase(TestOrder)
result.stop()
suite.run(result)
print(result.testsRun)

sys.stderr = TimeMasked()
unittest.main(argv=['prog', '-f'])
