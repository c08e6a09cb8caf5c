# unittest: main() with -h prints argparse's help of CPython's unittest command line on stdout and exits with status 0
import os
os.environ['COLUMNS'] = '80'   # argparse (CPython) wraps at COLUMNS - 2; minipy's text is for 80
import unittest


class TestNothing(unittest.TestCase):
    def test_a(self):
        pass


if __name__ == "__main__":
    try:
        unittest.main(argv=['a_long_program_name_to_wrap_the_usage.py', '--help'])
    except SystemExit as e:
        print('exit status', e.code)
    unittest.main(argv=['ut_main_help.py', '-v', '-h'])
