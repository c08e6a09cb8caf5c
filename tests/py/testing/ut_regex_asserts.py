# unittest's assertRaisesRegex, assertWarnsRegex, assertRegex and assertNotRegex, passing and failing, through main()
import sys
import unittest
import warnings


class TimeMasked:
    def write(self, s):
        if s.startswith("Ran "):
            s = s[:s.rindex(" in ")] + " in T.TTTs"
        return sys.__stderr__.write(s)

    def flush(self):
        sys.__stderr__.flush()


class T(unittest.TestCase):
    def test_raises_regex_ok(self):
        self.assertRaisesRegex(ValueError, r'invalid literal.*\d?', int, 'x')
        with self.assertRaisesRegex(KeyError, "'k'") as cm:
            {}['k']
        self.assertEqual(cm.exception.args, ('k',))

    def test_raises_regex_mismatch(self):
        with self.assertRaisesRegex(ValueError, '^nope$'):
            raise ValueError('something else')

    def test_raises_regex_not_raised(self):
        with self.assertRaisesRegex(ValueError, 'x'):
            pass

    def test_warns_regex(self):
        with self.assertWarnsRegex(UserWarning, r'old \w+') as cm:
            warnings.warn('the old thing', UserWarning)
        self.assertEqual(str(cm.warning), 'the old thing')

    def test_warns_regex_mismatch(self):
        with self.assertWarnsRegex(UserWarning, 'new'):
            warnings.warn('the old thing', UserWarning)

    def test_regex(self):
        self.assertRegex('hello world', r'w\w+d')
        self.assertNotRegex('hello', r'\d')

    def test_regex_fails(self):
        self.assertRegex('hello world', r'^\d+$')

    def test_not_regex_fails(self):
        self.assertNotRegex('abc123', r'\d+', 'digits here')


if __name__ == '__main__':
    unittest.main(testRunner=unittest.TextTestRunner(stream=TimeMasked()))
