# unittest: skip, skipIf, skipUnless, skipTest(), a skipped class, expectedFailure and unexpected success; the summary's counts
import io
import sys
import unittest


class TestSkips(unittest.TestCase):
    @unittest.skip("always skipped")
    def test_skip(self):
        raise RuntimeError('not run')

    @unittest.skipIf(sys.version_info[0] >= 3, "needs Python 2")
    def test_skip_if(self):
        pass

    @unittest.skipIf(False, "never")
    def test_not_skipped_if(self):
        pass

    @unittest.skipUnless(sys.platform == "no-such-platform", "needs no-such-platform")
    def test_skip_unless(self):
        pass

    def test_skip_inside(self):
        self.skipTest("decided at run time")

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass


@unittest.skip("whole class")
class TestSkippedClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError('not called for a skipped class')

    def test_one(self):
        pass

    def test_two(self):
        pass


for verbosity in (1, 2):
    buf = io.StringIO()
    loader = unittest.TestLoader()
    suite = unittest.TestSuite([loader.loadTestsFromTestCase(TestSkips),
                                loader.loadTestsFromTestCase(TestSkippedClass)])
    result = unittest.TextTestRunner(stream=buf, verbosity=verbosity).run(suite)
    out = buf.getvalue()
    i = out.index('Ran ')
    print(out[:i] + 'Ran N tests' + out[out.index('\n', i):], end='')
    print(result.wasSuccessful(), [(str(t), r) for t, r in result.skipped])
    print(len(result.expectedFailures), [str(t) for t in result.unexpectedSuccesses])
print(TestSkips.test_skip.__unittest_skip__, TestSkips.test_skip.__unittest_skip_why__)
print(TestSkippedClass.__unittest_skip_why__)
