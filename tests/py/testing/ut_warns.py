# unittest: assertWarns (call and context manager: .warning, .lineno), "not triggered" messages; main() shows warnings once per place
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


def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
    return 1


def noisy():
    warnings.warn("careful")
    return 2


class TestWarnings(unittest.TestCase):
    def test_a_shown(self):
        self.assertEqual(old(), 1)
        self.assertEqual(old(), 1)

    def test_b_shown_again(self):
        for i in range(3):
            self.assertEqual(noisy(), 2)

    def test_c_warns(self):
        with self.assertWarns(DeprecationWarning) as cm:
            old()
        print(str(cm.warning), type(cm.warning).__name__, cm.lineno, cm.filename == __file__)
        self.assertWarns(UserWarning, warnings.warn, "u")
        self.assertWarns((RuntimeWarning, UserWarning), noisy)

    def test_d_not_triggered(self):
        with self.assertWarns(UserWarning):
            pass

    def test_e_not_triggered_by(self):
        self.assertWarns(RuntimeWarning, old)

    def test_f_bad_type(self):
        try:
            self.assertWarns(ValueError)
        except TypeError as e:
            print(e)


if __name__ == "__main__":
    sys.stderr = TimeMasked()
    unittest.main()
