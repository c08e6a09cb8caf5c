# unittest: main() with an unknown command-line option: argparse's usage line and error on stderr, exit status 2
import os
os.environ['COLUMNS'] = '80'   # argparse (CPython) wraps at COLUMNS - 2; minipy's text is for 80
import sys
import unittest


class TestNothing(unittest.TestCase):
    def test_a(self):
        pass


if __name__ == "__main__":
    for prog in ['t.py', 'a_much_longer_program_name_for_wrapping.py']:
        try:
            unittest.main(argv=[prog, '--no-such-option'])
        except SystemExit as e:
            print('exit status', e.code)
    unittest.main(argv=['ut_main_bad_option.py', '-z', 'TestNothing', '--what'])
