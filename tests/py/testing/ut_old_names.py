# unittest: the deprecated names (assertEquals, failUnless, assert_, ...) work and warn; under main() once per module
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


class TestOld(unittest.TestCase):
    def test_equals(self):
        self.assertEquals(1, 1)
        self.assertEquals('a', 'a')
        self.assertNotEquals(1, 2)

    def test_fail_unless(self):
        self.failUnless(True)
        self.assert_(1)
        self.failIf(False)
        self.failUnlessEqual(2, 2)
        self.failUnlessRaises(ValueError, int, 'x')
        self.assertAlmostEquals(1.0, 1.0000000001)

    def test_failing_old_name(self):
        self.assertEquals([1], [2])


if __name__ == "__main__":
    buf = io.StringIO()
    t = TestOld('test_equals')
    r = unittest.TextTestRunner(stream=buf).run(t)
    print(r.wasSuccessful())
    sys.stderr = TimeMasked()
    unittest.main()
